// A new patient seen in telehealth and their in-person follow-up (003 §2.3, note under « Nouveau patient »).
import { describe, expect, it } from "vitest";
import { followUpFacts } from "../../bot/src/domain/activityStats.js";
import { newEncounter, summarize } from "../../bot/src/domain/encounter.js";
import { recordFollowUpOffered, recordNewPatient } from "../../bot/src/domain/newPatient.js";
import { PRIVATE_MEETING } from "../support/teamsIds.js";

const CLINICIAN = "aaaaaaaa-0000-4000-8000-000000000001";
const PILOT = "aaaaaaaa-0000-4000-8000-000000000002";
const known = newEncounter({
  tenantId: "t",
  meetingId: PRIVATE_MEETING.meetingId,
  conversationId: PRIVATE_MEETING.chatId,
  startedAt: "2026-03-10T14:30:00.000Z",
});
const vulnerable = recordNewPatient(known, true, CLINICIAN, "2026-03-10T15:00:00.000Z");

describe("a new patient's in-person follow-up (003 §2.3)", () => {
  it("is due within one month for a vulnerable new patient, three otherwise, and past due after that day", () => {
    expect(summarize(vulnerable).inPersonFollowUpDue).toBe("2026-04-10");
    const other = recordNewPatient(vulnerable, false, PILOT, "2026-03-11T15:00:00.000Z");
    expect(summarize(other).inPersonFollowUpDue).toBe("2026-06-10");
    expect(followUpFacts(summarize(vulnerable), "2026-04-11")).toEqual({ dueDate: "2026-04-10", pastDue: true });
  });

  it("is no longer due once recorded as offered, on the Québec date it was said", () => {
    // 23:30 in Québec on 10 April is already 11 April in UTC.
    const offered = recordFollowUpOffered(vulnerable, true, CLINICIAN, "2026-04-11T03:30:00.000Z");
    if (offered === "notNewPatient") throw new Error("a new patient");
    expect(offered.newPatient?.followUpOffered).toEqual({
      recordedBy: CLINICIAN,
      recordedAt: "2026-04-11T03:30:00.000Z",
    });
    expect(followUpFacts(summarize(offered), "2026-05-01")).toEqual({
      dueDate: "2026-04-10",
      pastDue: false,
      offeredOn: "2026-04-10",
    });
    // Said again, it keeps who said it first; a changed vulnerability keeps it too (it was offered all the same).
    expect(recordFollowUpOffered(offered, true, PILOT, "2026-04-12T12:00:00.000Z")).toBe(offered);
    const changed = recordNewPatient(offered, false, PILOT, "2026-04-12T12:00:00.000Z");
    expect(changed.newPatient).toMatchObject({ vulnerable: false, followUpOffered: { recordedBy: CLINICIAN } });
    // Taken back (a mistake), it is due again; forgetting the new patient forgets the follow-up.
    const takenBack = recordFollowUpOffered(offered, false, CLINICIAN, "2026-04-12T12:00:00.000Z");
    expect(takenBack !== "notNewPatient" && followUpFacts(summarize(takenBack), "2026-05-01")?.pastDue).toBe(true);
    const forgotten = recordNewPatient(offered, undefined, CLINICIAN, "2026-04-12T12:00:00.000Z");
    expect(summarize(forgotten).inPersonFollowUpOffered).toBeUndefined();
  });

  it("cannot be offered for a patient not recorded as new: no follow-up is due", () => {
    expect(recordFollowUpOffered(known, true, CLINICIAN, "2026-03-10T15:00:00.000Z")).toBe("notNewPatient");
    expect(recordNewPatient(known, undefined, CLINICIAN, "2026-03-10T15:00:00.000Z")).toBe(known);
  });
});
