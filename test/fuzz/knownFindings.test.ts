/**
 * The hostile inputs issue 15 listed, and those the fuzz found, each pinned to the 4xx it must get (the fuzz
 * itself only proves "no 5xx, a bilingual 4xx"): charsets and encodings before authentication, malformed
 * percent-encoding, activity fields of the wrong type, invokes Balises does not handle, huge team keys, a
 * learner `oid` that is an object, the API's own body limit, repeated `?locale=`, malformed meeting events,
 * what Node answers by itself; and the turn error handler, which must never throw.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TurnContext } from "botbuilder";
import { BalisesError } from "../../bot/src/errors.js";
import { turnErrorHandler } from "../../bot/src/teams/turn/turnError.js";
import { turnLocale } from "../../bot/src/teams/turn/turnLocale.js";
import { baseActivity, messageActivity } from "../support/activities.js";
import { OID, seededTeam, STAFF } from "../api/apiClient.js";
import { startFakeBotIdentity, type FakeBotIdentity } from "../support/fakeBotIdentity.js";
import { startTestService, type TestService } from "../support/service.js";
import { errorBodyProblems } from "./answerRules.js";
import { devToken, send, sendRaw, startFuzzService, type FuzzAnswer, type FuzzService } from "./fuzzService.js";

let service: FuzzService;
let token: string;
let teamKey: string;

beforeAll(async () => {
  service = await startFuzzService();
  teamKey = await seededTeam(service, STAFF);
  token = await devToken(service, "pilote");
  expect((await send(service.port, post(`/api/teams/${teamKey}/install`, "", auth()))).status).toBeLessThan(300);
  service.errors.length = 0;
});
afterAll(() => service?.stop());

const auth = () => ({ authorization: `Bearer ${token}` });
const post = (path: string, body: string, headers: Record<string, string> = {}) => ({
  method: "POST",
  path,
  headers: { "content-type": "application/json", ...headers },
  body,
});

function expectRefusal(answer: FuzzAnswer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(errorBodyProblems(JSON.parse(answer.text), status)).toEqual([]);
  expect((JSON.parse(answer.text) as { error: { code: string } }).error.code).toBe(code);
}

const activityText = JSON.stringify(messageActivity("aide"));

describe("bodies the service cannot read, before authentication", () => {
  it.each([
    ["/api/messages", activityText],
    ["/api/me", "{}"],
  ])("%s: charset=latin1 is a 415", async (path, body) => {
    const answer = await send(service.port, post(path, body, { "content-type": "application/json; charset=latin1" }));
    expectRefusal(answer, 415, "unsupported_charset");
  });

  it.each([
    ["/api/messages", "gzip"],
    ["/api/messages", "x-unknown"],
    ["/api/me", "gzip"],
    ["/api/me", "x-unknown"],
  ])("%s: Content-Encoding %s on a plain body is a 415", async (path, encoding) => {
    const answer = await send(service.port, post(path, activityText, { "content-encoding": encoding }));
    expectRefusal(answer, 415, "unsupported_encoding");
  });

  it("the API keeps its 256 KB limit (the bot endpoint keeps 512 KB)", async () => {
    const body = JSON.stringify({ teamKey: "x", filler: "a".repeat(300 * 1024) });
    expectRefusal(
      await send(service.port, { ...post("/api/me/preferred-team", body, auth()), method: "PUT" }),
      413,
      "too_large",
    );
    const activity = JSON.stringify({
      ...messageActivity("aide"),
      deliveryMode: "expectReplies",
      filler: "a".repeat(300 * 1024),
    });
    expect((await send(service.port, post("/api/messages", activity))).status).toBe(200);
  });

  it.each([
    ["/api/me/preferred-team", "PUT", "text/plain"],
    ["/api/me/preferred-team", "PUT", "application/x-www-form-urlencoded"],
    ["/api/messages", "POST", "text/plain"],
  ])(
    "%s reads JSON only: a %s with a %s body is a 415 that says so, not a missing field",
    async (path, method, type) => {
      const answer = await send(service.port, {
        ...post(path, "teamKey=x", { ...auth(), "content-type": type }),
        method,
      });
      expectRefusal(answer, 415, "unsupported_media_type");
      expect(answer.text).toContain("application/json");
    },
  );

  it("a POST without a body needs no content type", async () => {
    const bare = { method: "POST", path: `/api/teams/${teamKey}/install`, headers: auth(), body: "" };
    expect((await send(service.port, bare)).status).toBeLessThan(300);
  });
});

describe("methods", () => {
  it.each(["GET", "PUT", "DELETE"])(
    "%s /api/messages is a 405 that allows POST, not a demand for a token",
    async (method) => {
      const answer = await send(service.port, { method, path: "/api/messages", headers: {}, body: "" });
      expectRefusal(answer, 405, "method_not_allowed");
      expect(answer.headers.allow).toBe("POST");
    },
  );
});

describe("paths and parameters", () => {
  it("a malformed percent-encoding in a path is a 400", async () => {
    const answer = await send(service.port, { method: "GET", path: "/api/teams/%zz/config", headers: auth() });
    expectRefusal(answer, 400, "malformed_url");
  });

  it("a team key of 256 × %7C is a 400, not a storage failure", async () => {
    const answer = await send(service.port, {
      method: "GET",
      path: `/api/teams/${"%7C".repeat(256)}/config`,
      headers: auth(),
    });
    expectRefusal(answer, 400, "validation_failed");
  });

  it("an object as a learner's oid is a 400", async () => {
    const answer = await send(service.port, {
      ...post(`/api/teams/${teamKey}/learners/${OID.etudiant!}`, JSON.stringify({ oid: { $ne: 1 } }), {
        ...auth(),
        "if-match": '"x"',
      }),
      method: "PUT",
    });
    expectRefusal(answer, 400, "validation_failed");
  });

  it("a repeated ?locale= does not break the error answer", async () => {
    const answer = await send(service.port, {
      method: "GET",
      path: "/api/teams/nope/config?locale=en&locale=fr",
      headers: auth(),
    });
    expectRefusal(answer, 400, "validation_failed");
  });

  it("an unknown /dev address is a JSON 404", async () => {
    expectRefusal(await send(service.port, { method: "GET", path: "/dev/%zz", headers: {} }), 404, "not_found");
  });
});

describe("activities the bot cannot use", () => {
  it.each([[{ entities: "x" }], [{ entities: [null] }], [{ locale: 5 }], [{ text: { a: 1 } }], [{ recipient: 3 }]])(
    "%j is a 400 before the bot, never its raw message",
    async (extra) => {
      const answer = await send(
        service.port,
        post("/api/messages", JSON.stringify({ ...messageActivity("aide"), ...extra })),
      );
      expectRefusal(answer, 400, "not_an_activity");
    },
  );

  const invoke = (name: string | undefined, value: unknown) =>
    JSON.stringify({
      ...baseActivity("invoke", { expectReplies: false }),
      ...(name === undefined ? {} : { name }),
      value,
    });

  it.each([
    ["adaptiveCard/action", {}, "invalid_data"],
    ["adaptiveCard/action", "x", "invalid_data"],
    ["adaptiveCard/action", { action: { type: "Action.Submit", verb: "matrix.open" } }, "invalid_data"],
    ["task/fetch", {}, "unsupported_invoke"],
    ["composeExtension/query", {}, "unsupported_invoke"],
    ["signin/verifyState", {}, "unsupported_invoke"],
    [undefined, {}, "unsupported_invoke"],
  ])("invoke %s with value %j is a 400 %s, never a 501", async (name, value, code) => {
    const answer = await send(service.port, post("/api/messages", invoke(name, value)));
    expectRefusal(answer, 400, code);
    expect(JSON.parse(answer.text)).toMatchObject({
      statusCode: 400,
      type: "application/vnd.microsoft.error",
      value: { code },
    });
  });

  it("a meeting start event without its fields is ignored, not a failed turn", async () => {
    const event = { ...baseActivity("event"), name: "application/vnd.microsoft.meetingStart", value: { Id: "m" } };
    expect((await send(service.port, post("/api/messages", JSON.stringify(event)))).status).toBe(200);
    expect(service.errors).toEqual([]);
  });
});

describe("found by the fuzz: activities whose ids or events the bot could not use", () => {
  const activity = (extra: Record<string, unknown>) => JSON.stringify({ ...messageActivity("aide"), ...extra });
  const conversation = { conversationType: "personal", tenantId: "11111111-1111-4111-8111-111111111111" };

  it.each([
    [
      "an emoji in the conversation id (botbuilder sends it back in a header)",
      { conversation: { ...conversation, id: "a:💥" } },
    ],
    [
      "a conversation id too long once escaped for a storage key",
      { conversation: { ...conversation, id: "/".repeat(200) } },
    ],
    ["a control character in the sender's id", { from: { id: "29:a\u0000b" } }],
    ["a tenant id that is not key-safe", { conversation: { ...conversation, id: "a:1", tenantId: "a/b" } }],
    ["a meeting id too long to name an encounter", { channelData: { meeting: { id: "m".repeat(390) } } }],
  ])("%s is a 400", async (_label, extra) => {
    expectRefusal(await send(service.port, post("/api/messages", activity(extra))), 400, "not_an_activity");
  });

  it('an anonymous meeting guest (aadObjectId "") is still answered', async () => {
    const answer = await send(
      service.port,
      post("/api/messages", activity({ from: { id: "29:guest", aadObjectId: "" } })),
    );
    expect(answer.status).toBe(200);
  });

  it.each([
    [
      "meetingStart",
      { Id: "m".repeat(400), JoinUrl: "", MeetingType: "Scheduled", Title: "", StartTime: "2026-11-23T15:00:00Z" },
    ],
    [
      "meetingStart",
      { Id: "m", JoinUrl: "", MeetingType: "Scheduled", Title: "", StartTime: "+275760-09-13T00:00:00Z" },
    ],
    ["meetingEnd", { Id: "m", JoinUrl: "", MeetingType: "Scheduled", Title: "", EndTime: "1960-01-01T00:00:00Z" }],
  ])("a %s event no encounter can be named after is ignored, not a failed turn", async (event, value) => {
    const activityText = JSON.stringify({
      ...baseActivity("event"),
      name: `application/vnd.microsoft.${event}`,
      value,
    });
    expect((await send(service.port, post("/api/messages", activityText))).status).toBe(200);
    expect(service.errors).toEqual([]);
  });

  it.each([["messageUpdate"], ["messageDelete"]])("a %s without channelData is not a failed turn", async (type) => {
    const { channelData: _dropped, ...bare } = baseActivity(type);
    expect((await send(service.port, post("/api/messages", JSON.stringify(bare)))).status).toBe(200);
    expect(service.errors).toEqual([]);
  });

  it("a card action naming no encounter id of Balises is a 400, not a storage failure", async () => {
    const invoke = {
      ...baseActivity("invoke", { expectReplies: false }),
      name: "adaptiveCard/action",
      value: { action: { type: "Action.Execute", verb: "note.filed", data: { encounterId: "x".repeat(600) } } },
    };
    expectRefusal(await send(service.port, post("/api/messages", JSON.stringify(invoke))), 400, "invalid_data");
    expect(service.errors).toEqual([]);
  });
});

describe("with bot authentication on", () => {
  const APP_ID = "00000000-0000-4000-8000-0000000000b1";
  let identity: FakeBotIdentity;
  let secured: TestService;
  beforeAll(async () => {
    identity = await startFakeBotIdentity();
    secured = await startTestService({
      MicrosoftAppId: APP_ID,
      MicrosoftAppType: "MultiTenant",
      BOT_OPENID_METADATA_URL: identity.openIdMetadataUrl,
    });
  });
  afterAll(async () => {
    await secured?.stop();
    await identity?.stop();
  });

  it.each([[{}], [{ authorization: "Bearer a.b.c" }], [{ authorization: "Basic YTpi" }]])(
    "a missing or bad Bot Framework token (%j) is a bilingual 401, not the adapter's plain text",
    async (headers) => {
      expectRefusal(await send(secured.port, post("/api/messages", activityText, headers)), 401, "unauthorized");
    },
  );
});

describe("what Node answers by itself", () => {
  const raw = (head: string, body = "") => sendRaw(service.port, `${head}Connection: close\r\n\r\n${body}`);
  const expectRaw = async (answer: Promise<FuzzAnswer>, status: number, code: string) =>
    expectRefusal(await answer, status, code);

  it("a malformed request line or header is a bilingual 400", async () => {
    await expectRaw(raw("GET /api/m e HTTP/1.1\r\nHost: x\r\n"), 400, "malformed_request");
    await expectRaw(raw("GET /api/me HTTP/1.1\r\nHost: x\r\nX: a\u0001b\r\n"), 400, "malformed_request");
  });
  it("oversized headers are a bilingual 431", async () => {
    await expectRaw(raw(`GET /api/me HTTP/1.1\r\nHost: x\r\nX: ${"a".repeat(20_000)}\r\n`), 431, "headers_too_large");
  });
  it("an HTTP/1.1 request without Host is a bilingual 400", async () => {
    await expectRaw(raw("GET /api/me HTTP/1.1\r\n"), 400, "malformed_request");
  });
  it("an Expect other than 100-continue is a bilingual 417", async () => {
    await expectRaw(
      raw("PUT /api/me HTTP/1.1\r\nHost: x\r\nExpect: weird\r\nContent-Length: 2\r\n", "{}"),
      417,
      "expectation_failed",
    );
  });
  it("a HEAD request Node cannot parse gets the headers of the error, not its body", async () => {
    const answer = await raw("HEAD /api/teams/\u00e9\u00ff/config HTTP/1.1\r\nHost: x\r\n");
    expect(answer.status).toBe(400);
    expect(answer.text).toBe("");
  });
  it("CONNECT is a bilingual 405", async () => {
    await expectRaw(raw("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n"), 405, "method_not_allowed");
  });
});

describe("the turn error handler", () => {
  const logged: unknown[] = [];
  const logger = { error: (...args: unknown[]) => void logged.push(args) };

  function fakeContext(activity: unknown) {
    const sent: unknown[] = [];
    const state = new Map<unknown, unknown>();
    const context = {
      activity,
      turnState: { get: (k: unknown) => state.get(k), set: (k: unknown, v: unknown) => state.set(k, v) },
      sendActivity: (a: unknown) => {
        sent.push(a);
        return Promise.resolve(undefined);
      },
    };
    return { context: context as unknown as TurnContext, sent };
  }

  it.each([
    [{ type: "message", entities: "x" }],
    [{ type: "message", entities: [null, 3, { type: "clientInfo", locale: 5 }] }],
    [{ type: "message", locale: 5 }],
    [{ type: { a: 1 } }],
    [null],
    [undefined],
  ])("never throws on %j and never repeats the internal message", async (activity) => {
    const { context, sent } = fakeContext(activity);
    await expect(turnErrorHandler(logger)(context, new TypeError("x.find is not a function"))).resolves.toBeUndefined();
    expect(JSON.stringify(sent)).not.toContain("is not a function");
  });

  it("answers a failed invoke with a status and the bilingual body, never an empty 501", async () => {
    const { context, sent } = fakeContext({ type: "invoke", name: "adaptiveCard/action", locale: "en-US" });
    await turnErrorHandler(logger)(
      context,
      new BalisesError("not_found", { "fr-CA": "Introuvable.", en: "Not found." }),
    );
    expect(sent).toEqual([
      {
        type: "invokeResponse",
        value: {
          status: 404,
          body: expect.objectContaining({
            statusCode: 404,
            value: { code: "not_found", message: "Not found." },
            error: {
              code: "not_found",
              message: "Not found.",
              messages: { "fr-CA": "Introuvable.", en: "Not found." },
            },
          }) as unknown,
        },
      },
    ]);
  });

  it("still answers when the error is not even an Error", async () => {
    const { context, sent } = fakeContext({ type: "message", locale: "en" });
    await turnErrorHandler(logger)(context, undefined as unknown as Error);
    expect(sent).toEqual(["Sorry, Balises could not handle this request. Nothing was lost; try again in a moment."]);
  });

  it("reads the locale of malformed activities without throwing", () => {
    expect(turnLocale({ entities: "x" } as never)).toBe("fr-CA");
    expect(turnLocale({ entities: [null, { type: "clientInfo", locale: "en-US" }] } as never)).toBe("en");
    expect(turnLocale({ locale: 5 } as never)).toBe("fr-CA");
    expect(turnLocale(undefined)).toBe("fr-CA");
  });
});
