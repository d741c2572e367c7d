// The activity view's period, one rule for the tab's fields and the service's 400.
import { describe, expect, it } from "vitest";
import { isActivityPeriod, MAX_PERIOD_DAYS, periodDays } from "../../bot/src/domain/activityPeriod.js";

describe("activity period", () => {
  it("counts both dates", () => {
    expect(periodDays("2026-03-01", "2026-03-01")).toBe(1);
    expect(periodDays("2026-03-01", "2026-03-31")).toBe(31);
    expect(periodDays("2025-11-01", "2026-11-30")).toBe(395);
  });

  it("answers up to 400 days, in order", () => {
    expect(MAX_PERIOD_DAYS).toBe(400);
    expect(isActivityPeriod("2026-01-01", "2027-02-04")).toBe(true); // 400 days
    expect(isActivityPeriod("2026-01-01", "2027-02-05")).toBe(false); // 401
    expect(isActivityPeriod("2026-03-31", "2026-03-01")).toBe(false);
  });

  it("is no period when a date is missing or not a date", () => {
    expect(periodDays("", "2026-03-01")).toBeUndefined();
    expect(periodDays("2026-03-01", "2026-02-30")).toBeUndefined();
    expect(isActivityPeriod("2026-03-01", "")).toBe(false);
  });
});
