/**
 * The real service for the fuzz suites: its own in-process Azurite, the fake Bot Connector (so the bot's
 * outgoing calls stay on this machine), the dev identity provider, and a logger that keeps every error the
 * service logs (a route or a bot turn that failed is a finding even when the caller got a clean answer).
 * Requests go out through node:http, byte for byte as written (paths are not normalised), or as raw
 * bytes on a socket; each has a deadline: past it the request is a hang.
 */
import { request, Agent, type IncomingHttpHeaders } from "node:http";
import { connect } from "node:net";
import { pino } from "pino";
import { loadConfig } from "../../bot/src/config.js";
import { startService, type RunningService } from "../../bot/src/server.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import type { TestService } from "../support/service.js";

/** No answer within this is a hang. */
export const DEADLINE_MS = 5_000;

export interface LoggedError {
  msg: string;
  err?: { name?: string; message?: string };
  [key: string]: unknown;
}

export interface FuzzService extends TestService {
  connector: FakeConnector;
  /** Every error-level log line of the service, in order. */
  errors: LoggedError[];
}

export async function startFuzzService(): Promise<FuzzService> {
  const azurite: RunningAzurite = await startAzurite();
  const connector = await startFakeConnector();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "error",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: "fz" + Math.random().toString(36).slice(2, 10),
    DEV_IDENTITY: "on",
  });
  const errors: LoggedError[] = [];
  const logger = pino(
    { level: "error" },
    { write: (line: string) => void errors.push(JSON.parse(line) as LoggedError) },
  );
  const service: RunningService = await startService(config, { logger });
  return {
    ...service,
    azurite,
    connector,
    errors,
    stop: async () => {
      await service.close();
      await connector.stop();
      await azurite.stop();
    },
  };
}

export interface FuzzRequest {
  method: string;
  /** The request target exactly as sent (already percent-encoded, or deliberately not). */
  path: string;
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface FuzzAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** One request through node:http; rejects past the deadline ("hang") or on a connection error. */
export function send(port: number, req: FuzzRequest, deadlineMs = DEADLINE_MS): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.isBuffer(req.body) ? req.body : Buffer.from(req.body);
    const headers = { ...req.headers, ...(body ? { "content-length": String(body.length) } : {}) };
    const outgoing = request(
      { host: "127.0.0.1", port, method: req.method, path: req.path, headers, agent },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
        incoming.on("end", () => {
          clearTimeout(timer);
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            text: Buffer.concat(chunks).toString(),
          });
        });
        incoming.on("error", (error) => {
          clearTimeout(timer);
          reject(error);
        });
      },
    );
    const timer = setTimeout(() => {
      outgoing.destroy(new Error(`no complete answer within ${deadlineMs} ms (hang)`));
    }, deadlineMs);
    outgoing.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    outgoing.end(body);
  });
}

/** An HTTP/1.1 answer read off a socket: complete once its body is (Content-Length, chunked, or close). */
function parseRaw(raw: string, closed: boolean): FuzzAnswer | undefined {
  const split = raw.indexOf("\r\n\r\n");
  if (split < 0) return closed ? { status: 0, headers: {}, text: raw } : undefined;
  const [statusLine = "", ...headerLines] = raw.slice(0, split).split("\r\n");
  const headers: IncomingHttpHeaders = {};
  for (const line of headerLines) {
    const colon = line.indexOf(":");
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  let body = raw.slice(split + 4);
  const length = Number(headers["content-length"]);
  if (Number.isInteger(length) && Buffer.byteLength(body, "latin1") >= length) body = body.slice(0, length);
  else if (headers["transfer-encoding"] === "chunked" && body.endsWith("0\r\n\r\n")) body = unchunk(body);
  else if (!closed) return undefined;
  return { status, headers, text: Buffer.from(body, "latin1").toString() };
}

function unchunk(body: string): string {
  let out = "";
  let rest = body;
  for (;;) {
    const eol = rest.indexOf("\r\n");
    const size = parseInt(rest.slice(0, eol), 16);
    if (!(size > 0)) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

/** Raw bytes on a fresh socket (for what node:http refuses to send). */
export function sendRaw(port: number, bytes: string, deadlineMs = DEADLINE_MS): Promise<FuzzAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let raw = "";
    let settled = false;
    const settle = (answer: FuzzAnswer | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (answer instanceof Error) reject(answer);
      else resolve(answer);
    };
    const timer = setTimeout(() => settle(new Error(`no complete answer within ${deadlineMs} ms (hang)`)), deadlineMs);
    socket.on("data", (chunk: Buffer) => {
      raw += chunk.toString("latin1");
      const answer = parseRaw(raw, false);
      if (answer) settle(answer);
    });
    socket.on("error", (error) => settle(error));
    socket.on("close", () => settle(parseRaw(raw, true) ?? { status: 0, headers: {}, text: raw }));
    socket.write(Buffer.from(bytes, "latin1"));
  });
}

/** A dev identity token for a persona of the dev tenant (or the other tenant's). */
export async function devToken(service: FuzzService, persona: string): Promise<string> {
  const answer = await send(service.port, {
    method: "POST",
    path: "/dev/token",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ persona }),
  });
  if (answer.status !== 200) throw new Error(`no token for ${persona}: ${answer.status}`);
  return (JSON.parse(answer.text) as { token: string }).token;
}
