/**
 * The Microsoft 365 Agents Playground as a child process against a running service, driven through
 * its own HTTP API (custom activities) with replies read from its WebSocket stream — the way its
 * web UI talks to it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import WebSocket from "ws";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export const PLAYGROUND_PERSONAL_CHAT = "a:balises-personal-chat";
export const PLAYGROUND_MEETING_CHAT = "19:balises-meeting-chat@thread.v2";

export interface PlaygroundMessage {
  action: string;
  actionConversationId: string;
  message?: { text?: string; attachments?: Array<{ contentType: string; content: Record<string, unknown> }> };
}

export interface RunningPlayground {
  url: string;
  received: PlaygroundMessage[];
  /** Sends an activity as the playground's current user, starting from the playground's own template. */
  send(conversationId: string, activity: Record<string, unknown>): Promise<void>;
  waitFor(predicate: (m: PlaygroundMessage) => boolean, timeoutMs?: number): Promise<PlaygroundMessage>;
  stop(): Promise<void>;
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
  const socket = new WebSocket(`ws://localhost:${port}/_ws_conversation/v1/conversations/stream`);
  socket.on("message", (data) => received.push(JSON.parse(String(data)) as PlaygroundMessage));
  await new Promise((resolve) => socket.once("open", resolve));

  const waitFor = (predicate: (m: PlaygroundMessage) => boolean, timeoutMs = 10_000) =>
    new Promise<PlaygroundMessage>((resolve, reject) => {
      const started = Date.now();
      const poll = () => {
        const found = received.find(predicate);
        if (found) resolve(found);
        else if (Date.now() - started > timeoutMs) reject(new Error(`no matching playground message; got ${received.map((m) => m.action).join(", ")}`));
        else setTimeout(poll, 50);
      };
      poll();
    });

  return {
    url,
    received,
    waitFor,
    send: async (conversationId, activity) => {
      const template = await (await fetch(`${url}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId)}`)).json() as Record<string, unknown>;
      const response = await fetch(`${url}/_internal/v1/customActivities`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...template, ...activity }),
      });
      if (!response.ok) throw new Error(`playground refused the activity: ${response.status}`);
    },
    stop: async () => {
      socket.close();
      child.kill("SIGTERM");
      await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
    },
  };
}
