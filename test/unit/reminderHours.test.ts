/** The reminder policy in hours as pilots type them (003 §1.1, §8.8: reminders before the 24-hour deadline). */
import { describe, expect, it } from "vitest";
import { hoursToIso, isoToHours, parseHours } from "../../tab/src/components/ReminderSection/reminderHours.js";

describe("reminder hours", () => {
  it("reads the French decimal comma and the point alike", () => {
    expect(parseHours("1,5")).toBe(1.5);
    expect(parseHours(" 1.5 ")).toBe(1.5);
    expect(parseHours("2")).toBe(2);
    for (const text of ["", "deux", "1,5,2", "-1", "1e3"]) expect(parseHours(text)).toBeUndefined();
  });

  it("turns hours into ISO durations, and back in the reader's language", () => {
    expect(hoursToIso("1,5")).toBe("PT90M");
    expect(hoursToIso("20")).toBe("PT20H");
    expect(hoursToIso("deux")).toBe("deux");
    expect(isoToHours("PT90M", "fr-CA")).toBe("1,5");
    expect(isoToHours("PT90M", "en")).toBe("1.5");
    expect(isoToHours("PT24H", "fr-CA")).toBe("24");
  });
});
