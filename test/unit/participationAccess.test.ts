// Who records a learner's part in an encounter (003 §9.3, §9.4) and the new-patient fact (003 §2.3).
import { describe, expect, it } from "vitest";
import { mayRecordNewPatient, mayRecordParticipation } from "../../bot/src/domain/supervisionAccess.js";

const SUP = "22222222-0000-4000-8000-000000000002";
const OTHER = "55555555-0000-4000-8000-000000000005";
const learner = { supervisors: [SUP] };
const nobody = { recordedClinician: false, onRoster: false, pilot: false };

describe("recording a learner's part (003 §9.3, §9.4)", () => {
  it("a clinician recorded on the encounter records it, on the roster or not", () => {
    expect(mayRecordParticipation({ ...nobody, recordedClinician: true }, learner, OTHER)).toBe(true);
  });

  it("a pilot of the encounter's team records it while on the team's roster", () => {
    expect(mayRecordParticipation({ ...nobody, pilot: true, onRoster: true }, learner, OTHER)).toBe(true);
    expect(mayRecordParticipation({ ...nobody, pilot: true }, learner, OTHER)).toBe(false);
  });

  it("one of the learner's supervisors records it while on the team's roster", () => {
    expect(mayRecordParticipation({ ...nobody, onRoster: true }, learner, SUP)).toBe(true);
    expect(mayRecordParticipation(nobody, learner, SUP)).toBe(false);
  });

  it("a member who supervises someone else, or a learner not registered, gives no say", () => {
    expect(mayRecordParticipation({ ...nobody, onRoster: true }, learner, OTHER)).toBe(false);
    expect(mayRecordParticipation({ ...nobody, onRoster: true }, undefined, SUP)).toBe(false);
  });
});

describe("recording a new patient (003 §2.3)", () => {
  it("a clinician of the encounter, or a pilot of its team on its roster", () => {
    expect(mayRecordNewPatient({ ...nobody, recordedClinician: true })).toBe(true);
    expect(mayRecordNewPatient({ ...nobody, pilot: true, onRoster: true })).toBe(true);
  });

  it("not a pilot who left the roster, nor a mere member", () => {
    expect(mayRecordNewPatient({ ...nobody, pilot: true })).toBe(false);
    expect(mayRecordNewPatient({ ...nobody, onRoster: true })).toBe(false);
  });
});
