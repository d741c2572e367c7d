import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter, TEAMS_PER_THREAD_WINDOWS, perTenantWindows } from "../../bot/src/jobs/rateLimiter.js";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

const thread = (key: string) => ({ key, windows: TEAMS_PER_THREAD_WINDOWS });

describe("the proactive-send rate limiter (Teams per-bot-per-thread limits)", () => {
  it("allows 7 sends in a second to one conversation, then makes the 8th wait for the window", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 7; i++) expect(limiter.tryAcquire([thread("a")])).toBe(0);
    expect(limiter.tryAcquire([thread("a")])).toBe(1000);
    c.advance(1000);
    expect(limiter.tryAcquire([thread("a")])).toBe(0);
  });

  it("then holds to 8 per 2 seconds", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 7; i++) limiter.tryAcquire([thread("a")]);
    c.advance(1000);
    expect(limiter.tryAcquire([thread("a")])).toBe(0); // 8th within 2 s
    expect(limiter.tryAcquire([thread("a")])).toBe(1000); // 9th waits for the first to leave the 2 s window
  });

  it("caps 60 per 30 seconds", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    let granted = 0;
    for (let step = 0; step < 300; step++) {
      while (limiter.tryAcquire([thread("a")]) === 0) granted++;
      c.advance(100);
    }
    expect(granted).toBe(60);
  });

  it("counts conversations apart", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 7; i++) limiter.tryAcquire([thread("a")]);
    expect(limiter.tryAcquire([thread("b")])).toBe(0);
  });

  it("holds the tenant to its budget across conversations, and counts nothing for a refused try", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    const tenant = { key: "t", windows: perTenantWindows(25) };
    for (let i = 0; i < 25; i++) expect(limiter.tryAcquire([thread(`c${i}`), tenant])).toBe(0);
    expect(limiter.tryAcquire([thread("c99"), tenant])).toBeGreaterThan(0);
    c.advance(1000);
    expect(limiter.tryAcquire([thread("c99"), tenant])).toBe(0);
    // c99 was refused once and granted once: it has exactly one grant.
    for (let i = 0; i < 6; i++) expect(limiter.tryAcquire([thread("c99")])).toBe(0);
    expect(limiter.tryAcquire([thread("c99")])).toBeGreaterThan(0);
  });

  it("holds a conversation back after a 429 until Retry-After has passed", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    limiter.penalize("a", c.now() + 3000);
    expect(limiter.tryAcquire([thread("a")])).toBe(3000);
    c.advance(3000);
    expect(limiter.tryAcquire([thread("a")])).toBe(0);
  });

  it("waits with the injected sleep until allowed", async () => {
    const c = clock();
    const slept: number[] = [];
    const limiter = new SlidingWindowLimiter(c.now, (ms) => {
      slept.push(ms);
      c.advance(ms);
      return Promise.resolve();
    });
    for (let i = 0; i < 8; i++) await limiter.acquire([thread("a")]);
    expect(slept).toEqual([1000]);
  });

  it("forgets idle conversations after an hour", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 100; i++) limiter.tryAcquire([thread(`c${i}`)]);
    expect(limiter.size).toBe(100);
    c.advance(3_600_001);
    limiter.tryAcquire([thread("fresh")]);
    expect(limiter.size).toBe(1);
  });
});
