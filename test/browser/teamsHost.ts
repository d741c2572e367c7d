/**
 * A stand-in for the Teams client, enough to host the tab the way Teams does: it frames the tab and
 * answers teams-js over postMessage (initialize with a runtime, getContext, the SSO token, the tab
 * configuration calls) and can raise events (settings.save, themeChange). Served from the tab's own
 * origin (Playwright route), because teams-js only listens to messages from its own or Teams' origins.
 * Its SSO token is a dev-identity token: the API validates it like any other bearer token.
 */
import { randomUUID } from "node:crypto";
import type { Frame, Page } from "playwright-core";
import { watchPageErrors } from "../support/browser.js";
import { TENANT } from "../support/teamsIds.js";
import type { TabSession } from "./tabSession.js";
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

export interface FrameSize {
  width: number;
  height: number;
}

/**
 * `ssoToken` null: Teams fails to give a token (no consent, no webApplicationInfo…). `frame`: the tab's size, 320 px
 * wide for a meeting side panel (taller than a screen, for a screenshot of the whole panel).
 */
export function teamsHostHtml(
  tabPath: string,
  context: TeamsContextV1,
  ssoToken: string | null,
  frame: FrameSize = { width: 1200, height: 1000 },
): string {
  const config = JSON.stringify({ context, token: ssoToken, runtime: JSON.stringify(RUNTIME) });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Teams (test host)</title></head>
<body style="margin:0">
<iframe id="tab" title="Balises" src="${tabPath}" style="border:0;width:${frame.width}px;height:${frame.height}px"></iframe>
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

export interface HostedTab {
  page: Page;
  /** The tab's frame. */
  frame: Frame;
  errors: string[];
}

/** Opens the tab at `tabPath` inside the Teams stand-in, as `persona` (their dev token is the SSO token). */
export async function openInTeams(
  tab: TabSession,
  tabPath: string,
  context: Partial<TeamsContextV1>,
  persona: string,
  options: { sso?: boolean; frame?: FrameSize } = {},
): Promise<HostedTab> {
  const token = options.sso === false ? null : await tab.tokenFor(persona);
  const me = (await tab.api(persona, "GET", "/api/me")).body as { userId: string };
  const full: TeamsContextV1 = {
    locale: "fr-CA",
    theme: "default",
    frameContext: "content",
    tid: TENANT,
    userObjectId: me.userId,
    ...context,
  };
  const page = await tab.browser.newPage();
  page.setDefaultTimeout(8_000);
  const errors = watchPageErrors(page);
  const hostUrl = `${tab.service.url}/__teams_host__/${randomUUID()}`;
  await page.route(hostUrl, (route) =>
    route.fulfill({ contentType: "text/html", body: teamsHostHtml(tabPath, full, token, options.frame) }),
  );
  await page.goto(hostUrl);
  const frame = (await (await page.locator("#tab").elementHandle())?.contentFrame()) ?? undefined;
  if (!frame) throw new Error("the Teams stand-in has no tab frame");
  await frame.locator("main").waitFor();
  return { page, frame, errors };
}
