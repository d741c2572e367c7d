/**
 * POST /api/messages has two ways in (bot/src/http/botEndpoint.ts): the connector's plain JSON posts are read
 * without Express; a request with a query, a charset or a Content-Encoding goes through Express's route. Both
 * must answer alike: the same status, headers and body, for good activities and bad bodies.
 */
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cardActionActivity, replies } from "../support/activities.js";
import { startTestService, type TestService } from "../support/service.js";

let service: TestService;

beforeAll(async () => {
  service = await startTestService({}, { now: () => new Date("2026-11-23T15:00:00Z") });
});
afterAll(() => service.stop());

const HEADERS = ["content-type", "content-security-policy", "x-content-type-options", "referrer-policy"];

/** The same request through each way in: a query sends it through Express (bots never send one). */
async function bothWays(body: string | Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) {
  const ask = async (path: string) => {
    const response = await fetch(`${service.url}${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return {
      status: response.status,
      headers: Object.fromEntries(HEADERS.map((h) => [h, response.headers.get(h)])),
      text: await response.text(),
    };
  };
  return { plain: await ask("/api/messages"), express: await ask("/api/messages?way=express") };
}

const matrixInvoke = JSON.stringify(
  cardActionActivity("matrix.recommend", {
    situationId: "newPatientIntake",
    vulnerable: "true",
    visitDate: "2026-11-23",
  }),
);

describe("the bot endpoint, with and without Express", () => {
  it("answers a card action the same way, its card included", async () => {
    const { plain, express } = await bothWays(matrixInvoke);
    expect(plain.status).toBe(200);
    expect(plain.headers).toEqual(express.headers);
    const invoke = (text: string) => replies(JSON.parse(text) as Record<string, unknown>)[0]?.value;
    expect(invoke(plain.text)).toEqual(invoke(express.text));
    expect(JSON.stringify(invoke(plain.text))).toContain("2026-12-23");
  });

  it("reads a body that starts with a byte-order mark, as Express's reader does", async () => {
    const { plain, express } = await bothWays(`\uFEFF${matrixInvoke}`);
    expect(plain.status).toBe(200);
    expect(express.status).toBe(200);
  });

  it.each([
    ["malformed JSON", "{oops", 400, "malformed_json"],
    ["a JSON string, not an object", '"aide"', 400, "malformed_json"],
    ["an empty body", "", 400, "not_an_activity"],
    ["an array", "[]", 400, "not_an_activity"],
    ["an object that is no activity", JSON.stringify({ text: "aide" }), 400, "not_an_activity"],
    ["a body over 512 KB", JSON.stringify({ type: "message", text: "x".repeat(600 * 1024) }), 413, "too_large"],
  ])("refuses %s with the same bilingual error", async (_what, body, status, code) => {
    const { plain, express } = await bothWays(body, { "accept-language": "en-CA,en;q=0.9" });
    expect(plain).toEqual(express);
    expect(plain.status).toBe(status);
    const error = (JSON.parse(plain.text) as { error: { code: string; message: string; messages: object } }).error;
    expect(error.code).toBe(code);
    expect(error.messages).toHaveProperty("fr-CA");
    expect(error.message).toBe((error.messages as { en: string }).en);
  });

  it("leaves to Express what only its reader knows: a compressed body, another charset", async () => {
    const compressed = await bothWays(new Uint8Array(gzipSync(matrixInvoke)), { "content-encoding": "gzip" });
    expect(compressed.plain.status).toBe(200);
    expect(compressed.plain.headers).toEqual(compressed.express.headers);
    const latin1 = await bothWays(matrixInvoke, { "content-type": "application/json; charset=iso-8859-1" });
    expect(latin1.plain).toEqual(latin1.express);
    expect(latin1.plain.status).toBe(415);
  });
});
