/**
 * A stand-in for the Teams client, enough to host the tab the way Teams does: it frames the tab and
 * answers teams-js over postMessage (initialize with a runtime, getContext, the SSO token, the tab
 * configuration calls) and can raise events (settings.save, themeChange). Served from the tab's own
 * origin (Playwright route), because teams-js only listens to messages from its own or Teams' origins.
 * Its SSO token is a dev-identity token: the API validates it like any other bearer token.
 */
/**
 * The context as the host sends it (teams-js turns it into app.Context): a team tab carries `teamId` (the
 * team's thread) and `groupId` (its Entra group id → `context.team.groupId`); a meeting tab or side panel
 * carries `meetingId` (→ `context.meeting.id`) and its chat's `chatId`, and no team for a private meeting;
 * a group chat carries `chatId` only.
 */
export interface TeamsContextV1 {
  locale: string;
  theme: "default" | "dark" | "contrast";
  frameContext: "content" | "settings" | "sidePanel";
  tid: string;
  userObjectId: string;
  entityId?: string;
  teamId?: string;
  groupId?: string;
  channelId?: string;
  chatId?: string;
  meetingId?: string;
}

/** The context of a tab in a Teams team's channel. */
export function teamContext(team: { threadId: string; channelId: string; groupId: string }): Partial<TeamsContextV1> {
  return { teamId: team.threadId, groupId: team.groupId, channelId: team.channelId };
}

/** The context of a tab (or side panel) in a private meeting: its meeting id and chat, no team. */
export function meetingContext(meeting: { meetingId: string; chatId: string }): Partial<TeamsContextV1> {
  return { meetingId: meeting.meetingId, chatId: meeting.chatId };
}

export interface HostCall {
  func: string;
  args: unknown[];
}

/** What the host page exposes as window.__teamsHost to the test. */
export interface TeamsHostState {
  calls: HostCall[];
  saved?: Record<string, unknown>;
  saveResult?: string;
}

const RUNTIME = {
  apiVersion: 4,
  isLegacyTeams: false,
  supports: {
    app: {},
    appEntity: {},
    pages: { appButton: {}, config: {}, tabs: {}, backStack: {} },
    people: {},
    teams: { fullTrust: {} },
  },
};

/** `ssoToken` null: Teams fails to give a token (no consent, no webApplicationInfo…). */
export function teamsHostHtml(tabPath: string, context: TeamsContextV1, ssoToken: string | null): string {
  const config = JSON.stringify({ context, token: ssoToken, runtime: JSON.stringify(RUNTIME) });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0">
<iframe id="tab" title="Balises" src="${tabPath}" style="border:0;width:1200px;height:1000px"></iframe>
<script>
const config = ${config};
const state = { calls: [] };
window.__teamsHost = state;
const frame = document.getElementById("tab");
const send = (message) => frame.contentWindow.postMessage(message, location.origin);
window.__teamsHostRaise = (func, args) => send({ func, args });
window.addEventListener("message", (event) => {
  const m = event.data;
  if (event.source !== frame.contentWindow || !m || typeof m.func !== "string") return;
  state.calls.push({ func: m.func, args: m.args });
  const reply = (args) => send({ id: m.id, uuidAsString: m.uuidAsString, args });
  switch (m.func) {
    case "initialize": return reply([config.context.frameContext, "web", config.runtime, "2.0.0"]);
    case "getContext": return reply([config.context]);
    case "authentication.getAuthToken": return config.token ? reply([true, config.token]) : reply([false, "resourceRequiresConsent"]);
    case "settings.setSettings": state.saved = m.args[0]; return reply([true]);
    case "settings.save.success": state.saveResult = "success"; return;
    case "settings.save.failure": state.saveResult = "failure: " + m.args[0]; return;
  }
});
</script></body></html>`;
}
