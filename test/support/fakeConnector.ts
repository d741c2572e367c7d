/**
 * A local stand-in for Microsoft's Bot Connector service (the only cloud piece we fake). It speaks the
 * connector's REST protocol on a free port: tests point an activity's `serviceUrl` here and read what
 * the bot sent. Teams meeting endpoints answer from `meetings` and `participants`.
 * Failures can be scripted per request (`failNext`) to exercise retries (429 + Retry-After, 5xx, 403), and
 * message updates held (`holdUpdates`) to play a connector that answers late. Tests wait on what arrives
 * (`waitForActivity`), never on time.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";

export interface RecordedActivity {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown>;
  /** When the request came in, and when it was taken (after the latency Teams is made to show, if any). */
  requestedAt: number;
  receivedAt: number;
}

/** Every request to the connector's /v3 API, answered or refused (for counting attempts and checking auth). */
export interface ConnectorAttempt {
  method: string;
  path: string;
  conversationId?: string;
  status: number;
  authorization?: string;
  receivedAt: number;
}

export interface ScriptedFailure {
  status: number;
  retryAfterSeconds?: number;
  body?: Record<string, unknown>;
}

/** Answer sends like a busy Teams (benchmarks): some latency, and 429 with Retry-After past a rate. */
export interface TeamsLikeBehaviour {
  latencyMs?: [number, number];
  /** Sends past this many in the last second are refused (Teams: 50 per app per tenant; every send counts here). */
  perSecondLimit?: number;
  retryAfterSeconds?: number;
}

export interface MeetingInfo {
  details: {
    id: string;
    msGraphResourceId?: string;
    scheduledStartTime?: string;
    scheduledEndTime?: string;
    joinUrl?: string;
    title?: string;
    type?: string;
  };
  conversation?: { id: string };
  organizer?: { id?: string; aadObjectId?: string; tenantId?: string };
}

/** A Teams team as the connector knows it: GET /v3/teams/{id} and its paged roster. */
export interface FakeTeam {
  aadGroupId: string;
  name: string;
  members: Array<{ id: string; aadObjectId?: string; name?: string; userRole?: string; userPrincipalName?: string }>;
}

/** Requests held by `holdActivities`: how many wait for an answer now, and the test's hand on them. */
export interface HeldActivities {
  /** Requests received and not answered yet. */
  pending: () => number;
  /** Resolves once `count` requests are waiting for their answer at the same time. */
  waitForPending: (count?: number, timeoutMs?: number) => Promise<void>;
  /** Answers every held request now, and the next ones at once. */
  release: () => void;
}

export interface HoldOptions {
  /** Which requests to a conversation's activities are held: PUT (a message updated) by default, POST (sent). */
  methods?: Array<"PUT" | "POST">;
  /** Each held request is answered this long after it arrived, unless released before (20 s by default). */
  afterMs?: number;
}

export interface FakeConnector {
  url: string;
  /** serviceUrl to put on activities (with trailing slash, as Teams sends it). */
  serviceUrl: string;
  activities: RecordedActivity[];
  attempts: ConnectorAttempt[];
  conversationsCreated: Array<Record<string, unknown>>;
  meetings: Map<string, MeetingInfo>;
  /** meetingId → participant aadObjectId → role ("Organizer" | "Presenter" | "Attendee"). */
  participants: Map<string, Map<string, string>>;
  /** Team thread id (19:…@thread.tacv2) → the team's details and roster. */
  teams: Map<string, FakeTeam>;
  failNext: (...failures: ScriptedFailure[]) => void;
  /** Like failNext, but only for sends to this conversation (other traffic is unaffected). */
  failNextFor: (conversationId: string, ...failures: ScriptedFailure[]) => void;
  /** Answer every send to this conversation with this failure (e.g. 403 for an uninstalled bot). */
  failConversation: (conversationId: string, failure: ScriptedFailure) => void;
  /** Refuse to open a personal chat with this member (e.g. 403: the app is not installed for the user). */
  failMember: (memberId: string, failure: ScriptedFailure) => void;
  sentTo: (conversationId: string) => RecordedActivity[];
  behaveLikeTeams: (behaviour: TeamsLikeBehaviour) => void;
  /** The first activity received (already, or within `timeoutMs`) that matches. */
  waitForActivity: (match: (a: RecordedActivity) => boolean, timeoutMs?: number) => Promise<RecordedActivity>;
  /**
   * From now on, answers the chosen requests to a conversation's activities late, like a slow connector: each is
   * held until `release()`, or until `afterMs` after it arrived. Replaces the previous hold.
   */
  holdActivities: (options?: HoldOptions) => HeldActivities;
  stop: () => Promise<void>;
}

/** Wakes whoever waits for something the fake connector received. */
function createSignal() {
  const listeners = new Set<() => void>();
  return {
    notify: () => listeners.forEach((listener) => listener()),
    until: (ready: () => boolean, timeoutMs: number, what: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => {
          if (!ready()) return;
          listeners.delete(check);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(() => {
          listeners.delete(check);
          reject(new Error(`fake connector: ${what} did not happen within ${timeoutMs} ms`));
        }, timeoutMs);
        listeners.add(check);
        check();
      }),
  };
}

function createHold({ methods = ["PUT"], afterMs = 20_000 }: HoldOptions, signal: ReturnType<typeof createSignal>) {
  let pending = 0;
  let releaseAll!: () => void;
  const released = new Promise<void>((resolve) => (releaseAll = resolve));
  const controls: HeldActivities = {
    pending: () => pending,
    waitForPending: (count = 1, timeoutMs = 10_000) =>
      signal.until(() => pending >= count, timeoutMs, `${count} held request(s)`),
    release: () => releaseAll(),
  };
  /** Holds one request when it is of a held method: resolves when it may be answered. */
  const wait = async (method: string | undefined) => {
    if (!(methods as string[]).includes(method ?? "")) return;
    pending += 1;
    signal.notify();
    let timer: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([released, new Promise<void>((resolve) => (timer = setTimeout(resolve, afterMs).unref()))]);
    clearTimeout(timer);
    pending -= 1;
  };
  return { controls, wait };
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeConnector(): Promise<FakeConnector> {
  const activities: RecordedActivity[] = [];
  const attempts: ConnectorAttempt[] = [];
  const conversationsCreated: Array<Record<string, unknown>> = [];
  const meetings = new Map<string, MeetingInfo>();
  const participants = new Map<string, Map<string, string>>();
  const teams = new Map<string, FakeTeam>();
  const scripted: ScriptedFailure[] = [];
  const failingConversations = new Map<string, ScriptedFailure>();
  const failingMembers = new Map<string, ScriptedFailure>();
  const scriptedFor = new Map<string, ScriptedFailure[]>();
  let behaviour: TeamsLikeBehaviour = {};
  /** When the sends of the last second arrived, for `perSecondLimit`. */
  const lastSecond: number[] = [];
  const overLimit = () => {
    if (behaviour.perSecondLimit === undefined) return false;
    const now = Date.now();
    while (lastSecond.length > 0 && lastSecond[0]! <= now - 1000) lastSecond.shift();
    if (lastSecond.length >= behaviour.perSecondLimit) return true;
    lastSecond.push(now);
    return false;
  };
  const signal = createSignal();
  let hold: ReturnType<typeof createHold> | undefined;

  const fail = (res: ServerResponse, failure: ScriptedFailure) =>
    send(
      res,
      failure.status,
      failure.body ?? {
        error: {
          code: failure.status === 403 ? "BotNotInConversationRoster" : "ServiceError",
          message: "scripted failure",
        },
      },
      failure.retryAfterSeconds !== undefined ? { "retry-after": String(failure.retryAfterSeconds) } : {},
    );

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const requestedAt = Date.now();
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const parts = url.pathname.split("/").filter(Boolean).map(decodeURIComponent);
      if (parts[0] === "v3") {
        const attempt: ConnectorAttempt = {
          method: req.method ?? "GET",
          path: url.pathname,
          conversationId: parts[2],
          status: 0,
          authorization: req.headers.authorization,
          receivedAt: requestedAt,
        };
        attempts.push(attempt);
        res.once("finish", () => (attempt.status = res.statusCode));
      }
      // /v3/conversations/{id}/activities[/{activityId}]
      if (parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "activities") {
        const conversationId = parts[2]!;
        await hold?.wait(req.method);
        if (behaviour.latencyMs) {
          const [min, max] = behaviour.latencyMs;
          await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));
        }
        if (overLimit()) {
          fail(res, {
            status: 429,
            retryAfterSeconds: behaviour.retryAfterSeconds ?? 1,
            body: { error: { code: "TooManyRequests", message: "throttled" } },
          });
          return;
        }
        const failure =
          failingConversations.get(conversationId) ?? scriptedFor.get(conversationId)?.shift() ?? scripted.shift();
        if (failure) {
          fail(res, failure);
          return;
        }
        const body = await readJson(req);
        const activityId = req.method === "PUT" ? parts[4]! : randomUUID();
        activities.push({
          method: req.method ?? "POST",
          path: url.pathname,
          conversationId,
          activityId,
          body,
          requestedAt,
          receivedAt: Date.now(),
        });
        send(res, 200, { id: activityId });
        signal.notify();
        return;
      }
      // POST /v3/conversations (proactive 1:1 creation)
      if (parts[0] === "v3" && parts[1] === "conversations" && parts.length === 2 && req.method === "POST") {
        const body = await readJson(req);
        const member = (body.members as Array<{ id: string }> | undefined)?.[0]?.id ?? "unknown";
        const failure = failingMembers.get(member) ?? scripted.shift();
        if (failure) {
          fail(res, failure);
          return;
        }
        conversationsCreated.push(body);
        send(res, 201, { id: `a:personal-${member}`, activityId: randomUUID() });
        return;
      }
      // GET /v3/teams/{teamId}
      if (parts[0] === "v3" && parts[1] === "teams" && parts.length === 3 && req.method === "GET") {
        const team = teams.get(parts[2]!);
        if (!team) {
          send(res, 404, { error: { code: "NotFound", message: "team not found" } });
          return;
        }
        send(res, 200, { id: parts[2], name: team.name, aadGroupId: team.aadGroupId });
        return;
      }
      // GET /v3/conversations/{teamId}/pagedmembers?pageSize=&continuationToken=
      if (parts[0] === "v3" && parts[1] === "conversations" && parts[3] === "pagedmembers" && req.method === "GET") {
        const team = teams.get(parts[2]!);
        if (!team) {
          send(res, 404, { error: { code: "ConversationNotFound", message: "conversation not found" } });
          return;
        }
        const size = Math.max(1, Number(url.searchParams.get("pageSize") ?? 200));
        const start = Number(url.searchParams.get("continuationToken") ?? 0);
        const members = team.members.slice(start, start + size);
        const next = start + size < team.members.length ? String(start + size) : undefined;
        send(res, 200, { members, ...(next ? { continuationToken: next } : {}) });
        return;
      }
      // GET /v3/conversations/{teamId}/members/{userId}
      if (
        parts[0] === "v3" &&
        parts[1] === "conversations" &&
        parts[3] === "members" &&
        parts.length === 5 &&
        req.method === "GET"
      ) {
        const member = teams.get(parts[2]!)?.members.find((m) => m.id === parts[4] || m.aadObjectId === parts[4]);
        if (!member) {
          send(res, 404, { error: { code: "MemberNotFoundInConversation", message: "member not found" } });
          return;
        }
        send(res, 200, member);
        return;
      }
      // GET /v1/meetings/{meetingId}/participants/{participantId}
      if (parts[0] === "v1" && parts[1] === "meetings" && parts[3] === "participants") {
        const role = participants.get(parts[2]!)?.get(parts[4]!);
        if (!role) {
          send(res, 404, { error: { code: "NotFound", message: "participant not found" } });
          return;
        }
        send(res, 200, {
          user: { id: parts[4], aadObjectId: parts[4] },
          meeting: { role, inMeeting: true },
          conversation: { id: "meeting" },
        });
        return;
      }
      // GET /v1/meetings/{meetingId}
      if (parts[0] === "v1" && parts[1] === "meetings" && parts.length === 3) {
        const info = meetings.get(parts[2]!);
        if (!info) {
          send(res, 404, { error: { code: "NotFound", message: "meeting not found" } });
          return;
        }
        send(res, 200, info);
        return;
      }
      send(res, 404, { error: { code: "NotFound", message: `no fake for ${req.method} ${url.pathname}` } });
    } catch (error) {
      send(res, 400, { error: { code: "BadRequest", message: (error as Error).message } });
    }
  };
  const server: Server = createServer((req, res) => void handle(req, res));

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    serviceUrl: `${url}/`,
    activities,
    attempts,
    conversationsCreated,
    meetings,
    participants,
    teams,
    failNext: (...failures) => scripted.push(...failures),
    failNextFor: (conversationId, ...failures) =>
      scriptedFor.set(conversationId, [...(scriptedFor.get(conversationId) ?? []), ...failures]),
    failConversation: (conversationId, failure) => failingConversations.set(conversationId, failure),
    failMember: (memberId, failure) => failingMembers.set(memberId, failure),
    sentTo: (conversationId) => activities.filter((a) => a.conversationId === conversationId),
    behaveLikeTeams: (b) => (behaviour = b),
    waitForActivity: async (match, timeoutMs = 10_000) => {
      await signal.until(() => activities.some(match), timeoutMs, "the activity awaited");
      return activities.find(match)!;
    },
    holdActivities: (options = {}) => {
      hold?.controls.release();
      hold = createHold(options, signal);
      return hold.controls;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        hold?.controls.release();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
