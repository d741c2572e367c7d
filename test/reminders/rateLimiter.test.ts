import { describe, expect, it } from "vitest";
import { SlidingWindowLimiter, TEAMS_PER_THREAD_WINDOWS } from "../../bot/src/jobs/rateLimiter.js";

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

  it("counts nothing for a refused try, on any of its keys", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 7; i++) limiter.tryAcquire([thread("a")]);
    expect(limiter.tryAcquire([thread("b"), thread("a")])).toBe(1000);
    for (let i = 0; i < 7; i++) expect(limiter.tryAcquire([thread("b")])).toBe(0);
    expect(limiter.tryAcquire([thread("b")])).toBeGreaterThan(0);
  });

  it("holds a conversation back after a 429 until Retry-After has passed", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    limiter.penalize("a", c.now() + 3000);
    expect(limiter.tryAcquire([thread("a")])).toBe(3000);
    c.advance(3000);
    expect(limiter.tryAcquire([thread("a")])).toBe(0);
  });

  it("tells how long a conversation must wait without counting a call", () => {
    const c = clock();
    const limiter = new SlidingWindowLimiter(c.now);
    for (let i = 0; i < 6; i++) limiter.tryAcquire([thread("a")]);
    expect(limiter.waitFor([thread("a")])).toBe(0);
    expect(limiter.waitFor([thread("a")])).toBe(0);
    expect(limiter.tryAcquire([thread("a")])).toBe(0);
    expect(limiter.waitFor([thread("a")])).toBe(1000);
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
