/** A Québec day, month or year as the UTC range of the index rows it holds: midnight to midnight in Québec. */
import { describe, expect, it } from "vitest";
import { quebecPeriodInstants } from "../../bot/src/domain/clock.js";

describe("quebecPeriodInstants", () => {
  it("starts and ends a month at Québec midnight, across a change of time (8 March and 1 November 2026)", () => {
    expect(quebecPeriodInstants("2026-03")).toEqual({
      from: "2026-03-01T05:00:00.000Z",
      to: "2026-04-01T04:00:00.000Z",
    });
    expect(quebecPeriodInstants("2026-11")).toEqual({
      from: "2026-11-01T04:00:00.000Z",
      to: "2026-12-01T05:00:00.000Z",
    });
  });

  it("spans a Québec day, 23 hours long on 8 March 2026", () => {
    expect(quebecPeriodInstants("2026-03-08")).toEqual({
      from: "2026-03-08T05:00:00.000Z",
      to: "2026-03-09T04:00:00.000Z",
    });
  });

  it("spans a year from 1 January to the next, and December to the next year", () => {
    expect(quebecPeriodInstants("2026")).toEqual({ from: "2026-01-01T05:00:00.000Z", to: "2027-01-01T05:00:00.000Z" });
    expect(quebecPeriodInstants("2026-12")).toEqual({
      from: "2026-12-01T05:00:00.000Z",
      to: "2027-01-01T05:00:00.000Z",
    });
  });
});
