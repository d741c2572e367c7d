import { describe, expect, it } from "vitest";
import {
  backoffDelay,
  classifySendError,
  parseRetryAfter,
  ProactiveSendError,
  retryDelay,
} from "../../bot/src/jobs/retryPolicy.js";

const err = (status: number | undefined, code?: string, retryAfterMs?: number) =>
  new ProactiveSendError("send", status, code, retryAfterMs, "x");

describe("what a refused proactive send means", () => {
  it.each([429, 412, 502, 504, 500, 503, 408, 401])("HTTP %i is transient (retried)", (status) => {
    expect(classifySendError(err(status)).kind).toBe("transient");
  });

  it("a network error (no status) is transient", () => {
    expect(classifySendError(err(undefined)).kind).toBe("transient");
    expect(classifySendError(new TypeError("fetch failed")).kind).toBe("transient");
  });

  it("403/404 end the job with the connector's reason (bot uninstalled or blocked)", () => {
    expect(classifySendError(err(403, "BotNotInConversationRoster"))).toEqual({
      kind: "permanent",
      reason: "BotNotInConversationRoster",
      unreachable: true,
    });
    expect(classifySendError(err(403, "MessageWritesBlocked"))).toEqual({
      kind: "permanent",
      reason: "MessageWritesBlocked",
      unreachable: true,
    });
    expect(classifySendError(err(404))).toEqual({ kind: "permanent", reason: "http404", unreachable: true });
  });

  it("400/413 are permanent too (Teams will never accept that payload)", () => {
    expect(classifySendError(err(413, "MessageSizeTooBig"))).toMatchObject({ kind: "permanent", unreachable: false });
  });

  it("keeps Retry-After", () => {
    expect(classifySendError(err(429, undefined, 2000))).toMatchObject({ kind: "transient", retryAfterMs: 2000 });
  });

  it("tells a 429 (the app calls too often: the whole tenant slows down) from other transient refusals", () => {
    expect(classifySendError(err(429))).toMatchObject({ throttled: true });
    expect(classifySendError(err(503, undefined, 2000))).not.toHaveProperty("throttled");
  });
});

describe("backoff", () => {
  it("doubles from the base up to the cap, with ±20 % jitter", () => {
    const options = { baseMs: 1000, capMs: 8000, jitter: 0.2 };
    expect([1, 2, 3, 4, 5].map((n) => backoffDelay(n, options, () => 0.5))).toEqual([1000, 2000, 4000, 8000, 8000]);
    expect(backoffDelay(1, options, () => 0)).toBe(800);
    expect(backoffDelay(1, options, () => 1)).toBe(1200);
  });

  it("never retries sooner than Retry-After", () => {
    for (const r of [0, 0.3, 0.999])
      expect(retryDelay({ retryAfterMs: 5000 }, 1, undefined, () => r)).toBeGreaterThanOrEqual(5000);
    expect(retryDelay({ retryAfterMs: 5000 }, 1, undefined, () => 1)).toBeLessThanOrEqual(6000);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("3")).toBe(3000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter(undefined)).toBeUndefined();
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});
