import { describe, expect, it } from "vitest";
import {
  effectivePolicy,
  filedWithin24h,
  noteDeadline,
  obligationStatus,
  reminderTimes,
  snoozedReminderTime,
} from "../../bot/src/domain/noteObligation.js";

const DEFAULTS = { offsets: ["PT2H", "PT20H"], deadline: "PT24H" };
const END = new Date("2026-11-23T19:00:00Z");
const H = 3_600_000;

describe("note deadline", () => {
  // 003 §1.1: filed right after, at the latest within 24 h of the telehealth service.
  it("is the end of the encounter plus 24 hours by default", () => {
    expect(noteDeadline(END, effectivePolicy(DEFAULTS)).toISOString()).toBe("2026-11-24T19:00:00.000Z");
  });

  // 003 §1.1: a team may ask for less, never for more.
  it("takes a team's shorter deadline", () => {
    expect(noteDeadline(END, effectivePolicy(DEFAULTS, { deadline: "PT12H" })).getTime() - END.getTime()).toBe(12 * H);
  });

  it("never lengthens past 24 hours, whatever a team or the service says", () => {
    expect(noteDeadline(END, effectivePolicy(DEFAULTS, { deadline: "PT48H" })).getTime() - END.getTime()).toBe(24 * H);
    expect(noteDeadline(END, effectivePolicy({ ...DEFAULTS, deadline: "P2D" })).getTime() - END.getTime()).toBe(24 * H);
  });

  it("accepts second-scale durations (tests run the policy in seconds)", () => {
    expect(noteDeadline(END, effectivePolicy({ offsets: ["PT2S"], deadline: "PT6S" })).getTime() - END.getTime()).toBe(
      6000,
    );
  });
});

describe("reminder times", () => {
  // 003 §8.8 via the team's reminder policy: default +2 h and +20 h.
  it("follow the default policy", () => {
    expect(reminderTimes(END, effectivePolicy(DEFAULTS)).map((d) => d.toISOString())).toEqual([
      "2026-11-23T21:00:00.000Z",
      "2026-11-24T15:00:00.000Z",
    ]);
  });

  it("use the team's offsets, sorted, without duplicates, and only before the deadline", () => {
    const policy = effectivePolicy(DEFAULTS, { offsets: ["PT10H", "PT1H", "PT1H", "PT13H"], deadline: "PT12H" });
    expect(policy.offsetsMs).toEqual([1 * H, 10 * H]);
  });

  it("drop the ones already past when the obligation opens late (scheduler fallback)", () => {
    const openedAt = new Date(END.getTime() + 3 * H);
    expect(reminderTimes(END, effectivePolicy(DEFAULTS), openedAt).map((d) => d.toISOString())).toEqual([
      "2026-11-24T15:00:00.000Z",
    ]);
  });
});

describe("obligation status", () => {
  const deadline = new Date(END.getTime() + 24 * H);
  it("is open before the deadline and overdue after it", () => {
    expect(obligationStatus({ endedAt: END, deadline }, new Date(END.getTime() + H))).toBe("open");
    expect(obligationStatus({ endedAt: END, deadline }, new Date(deadline.getTime() + 1))).toBe("overdue");
  });

  it("is filed on time or filed late, whatever the current time", () => {
    expect(obligationStatus({ endedAt: END, deadline, filedAt: deadline }, new Date(deadline.getTime() + 10 * H))).toBe(
      "filedOnTime",
    );
    expect(obligationStatus({ endedAt: END, deadline, filedAt: new Date(deadline.getTime() + 1) }, deadline)).toBe(
      "filedLate",
    );
  });

  // 003 §1.1: the regulatory 24 h, recorded apart from a team's shorter deadline.
  it("records whether the filing met the 24 hours", () => {
    expect(filedWithin24h(END, new Date(END.getTime() + 24 * H))).toBe(true);
    expect(filedWithin24h(END, new Date(END.getTime() + 24 * H + 1000))).toBe(false);
  });
});

describe("remind me later", () => {
  const deadline = new Date(END.getTime() + 24 * H);
  it("comes after the snooze delay", () => {
    expect(snoozedReminderTime(END, deadline, H)?.getTime()).toBe(END.getTime() + H);
  });
  it("never after the deadline, and not at all once it passed", () => {
    expect(snoozedReminderTime(new Date(deadline.getTime() - 1000), deadline, H)?.getTime()).toBe(deadline.getTime());
    expect(snoozedReminderTime(deadline, deadline, H)).toBeUndefined();
  });
});
