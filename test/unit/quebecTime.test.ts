/**
 * bot/src/domain/quebecTime.ts: the times every card and the chart's note block show are Québec's wall clock
 * (DESIGN: the clinic's time zone), across the changes to and from daylight saving time, from the stored ISO times
 * Balises writes and from any other ISO form.
 */
import { describe, expect, it } from "vitest";
import { quebecClock, quebecDate, quebecTime } from "../../bot/src/domain/quebecTime.js";

describe("card times in Québec time", () => {
  it.each([
    ["2026-11-23T14:01:00.000Z", "2026-11-23 09:01"],
    // 8 March 2026, 2:00 EST becomes 3:00 EDT: the minute before and the minute of the change.
    ["2026-03-08T06:59:59.000Z", "2026-03-08 01:59"],
    ["2026-03-08T07:00:00.000Z", "2026-03-08 03:00"],
    // 1 November 2026, 2:00 EDT becomes 1:00 EST: 1:30 happens twice.
    ["2026-11-01T05:30:00.000Z", "2026-11-01 01:30"],
    ["2026-11-01T06:30:00.000Z", "2026-11-01 01:30"],
    ["2026-07-01T03:59Z", "2026-06-30 23:59"],
    ["2026-07-01T00:00:00-04:00", "2026-07-01 00:00"],
  ])("%s is %s", (iso, shown) => {
    expect(quebecTime(iso, "en")).toBe(shown);
    expect(quebecClock(iso, "en")).toBe(shown.slice(11));
    expect(quebecDate(iso)).toBe(shown.slice(0, 10));
  });

  // French as Québec writes times (OQLF): "9 h 05", here with two-digit hours as the note block writes them.
  it("writes French times with « h »: 2026-11-23 à 09 h 01", () => {
    expect(quebecTime("2026-11-23T14:01:00.000Z", "fr-CA")).toBe("2026-11-23 à 09 h 01");
    expect(quebecClock("2026-11-23T14:01:00.000Z", "fr-CA")).toBe("09 h 01");
  });

  it("midnight is 00:00, never 24:00", () => {
    expect(quebecTime("2026-11-24T05:00:00.000Z", "en")).toBe("2026-11-24 00:00");
    expect(quebecClock("2026-11-24T05:00:00.000Z", "fr-CA")).toBe("00 h 00");
  });

  it("says so for a time it cannot read rather than inventing one", () => {
    expect(quebecTime("not a time", "fr-CA")).toBe("Invalid DateTime");
    expect(quebecDate("not a time")).toBe("Invalid DateTime");
  });
});
