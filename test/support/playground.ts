/**
 * The Microsoft 365 Agents Playground as a child process against a running service, driven through
 * its own HTTP API (custom activities) with replies read from its WebSocket stream — the way its
 * web UI talks to it. Its log stream shows each exchange with the bot (request and response bodies):
 * the only place an invoke sent as a custom activity (e.g. by an anonymous patient) shows its answer.
 * Its tenant, people, team and meeting chat are the local product's (.m365agentsplayground.yml,
 * bot/src/dev/demoTeam.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";
import { DEMO_MEETING_CHAT, DEMO_MEETING_ID, DEMO_TEAM, DEMO_TENANT_ID } from "../../bot/src/dev/demoTeam.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const PLAYGROUND_PERSONAL_CHAT = "a:balises-personal-chat";
export const PLAYGROUND_MEETING_CHAT = DEMO_MEETING_CHAT.id;
export const PLAYGROUND_TEAM_THREAD = DEMO_TEAM.threadId;
/** The Playground's current user (.m365agentsplayground.yml): the clinicien persona, Dre Camille Roy. */
export const PLAYGROUND_CURRENT_USER = "user-clinicien";

/** A Teams meeting event (meetingStart / meetingEnd) for the demo meeting's chat, as Teams sends it. */
export function playgroundMeetingEvent(name: string, value: Record<string, unknown>): Record<string, unknown> {
  return {
    type: "event",
    name,
    locale: "fr-CA",
    channelData: { tenant: { id: DEMO_TENANT_ID }, meeting: { id: DEMO_MEETING_ID } },
    value: {
      Id: DEMO_MEETING_ID,
      JoinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(PLAYGROUND_MEETING_CHAT)}/0`,
      Title: "Rencontre de télésanté (démo)",
      MeetingType: "Scheduled",
      ...value,
    },
  };
}

export interface PlaygroundMessage {
  action: string;
  actionConversationId: string;
  message?: { text?: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }> };
}

/** One exchange with the bot, from the Playground's log stream. */
export interface PlaygroundLog {
  type: string;
  activityName?: string;
  request?: { body?: Record<string, unknown> };
  response?: { statusCode?: number; body?: unknown };
}

export interface RunningPlayground {
  url: string;
  received: PlaygroundMessage[];
  logs: PlaygroundLog[];
  /**
   * Sends an activity as the playground's current user, starting from the playground's own template
   * (`templateType`: one of its custom-activity templates, e.g. "botAdded"; a message by default).
   */
  send: (conversationId: string, activity: Record<string, unknown>, templateType?: string) => Promise<void>;
  waitFor: (predicate: (m: PlaygroundMessage) => boolean, timeoutMs?: number) => Promise<PlaygroundMessage>;
  waitForLog: (predicate: (l: PlaygroundLog) => boolean, timeoutMs?: number) => Promise<PlaygroundLog>;
  stop: () => Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPlayground(botUrl: string): Promise<RunningPlayground> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    path.join(root, "node_modules", ".bin", "agentsplayground"),
    ["-e", `${botUrl}/api/messages`, "-c", "msteams", "-p", String(port), "--disable-telemetry"],
    { cwd: root, env: { ...process.env, TEAMSAPPTESTER_BROWSER: "none" }, stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("Agents Playground did not start")), 30_000);
    child.stdout!.on("data", (chunk: Buffer) => {
      if (String(chunk).includes(`Listening on ${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once("exit", (code) => reject(new Error(`Agents Playground exited (${code})`)));
  });
  const url = `http://localhost:${port}`;
  const received: PlaygroundMessage[] = [];
  const logs: PlaygroundLog[] = [];
  const socket = new WebSocket(`ws://localhost:${port}/_ws_conversation/v1/conversations/stream`);
  socket.on("message", (data: Buffer) => received.push(JSON.parse(data.toString("utf8")) as PlaygroundMessage));
  const logSocket = new WebSocket(`ws://localhost:${port}/_ws/log/stream`);
  logSocket.on("message", (data: Buffer) => {
    const frame = JSON.parse(data.toString("utf8")) as { log?: PlaygroundLog };
    if (frame.log) logs.push(frame.log);
  });
  await Promise.all([socket, logSocket].map((s) => new Promise((resolve) => s.once("open", resolve))));

  const poll = <T>(items: T[], predicate: (item: T) => boolean, timeoutMs: number, what: () => string) =>
    new Promise<T>((resolve, reject) => {
      const started = Date.now();
      const attempt = () => {
        const found = items.find(predicate);
        if (found) resolve(found);
        else if (Date.now() - started > timeoutMs) reject(new Error(`no matching playground ${what()}`));
        else setTimeout(attempt, 50);
      };
      attempt();
    });
  const waitFor = (predicate: (m: PlaygroundMessage) => boolean, timeoutMs = 10_000) =>
    poll(received, predicate, timeoutMs, () => `message; got ${received.map((m) => m.action).join(", ")}`);
  const waitForLog = (predicate: (l: PlaygroundLog) => boolean, timeoutMs = 10_000) =>
    poll(logs, predicate, timeoutMs, () => `log; got ${logs.map((l) => l.activityName ?? l.type).join(", ")}`);

  return {
    url,
    received,
    logs,
    waitFor,
    waitForLog,
    send: async (conversationId, activity, templateType) => {
      const type = templateType ? `&type=${encodeURIComponent(templateType)}` : "";
      const template = (await (
        await fetch(
          `${url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}${type}`,
        )
      ).json()) as Record<string, unknown>;
      const response = await fetch(`${url}/_internal/v1/customActivities`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...template, ...activity }),
      });
      if (!response.ok) throw new Error(`playground refused the activity: ${response.status}`);
    },
    stop: async () => {
      socket.close();
      logSocket.close();
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    },
  };
}
