// What each activity view may show, and of which learners (003 §9.3, §9.4; pilots coordinate, §11):
// domain/supervisionActivity.ts. Sources are named, never stored keys.
import { describe, expect, it } from "vitest";
import {
  activityAccess,
  ownTelehealthSource,
  studentEncounters,
  type ActivityAccess,
  type ActivityFacts,
  type LearnerPart,
  type TeamViewer,
} from "../../bot/src/domain/supervisionActivity.js";
import type { Access } from "../../bot/src/domain/supervisionAccess.js";

const TEAM = "team-1";
const PILOT = "11111111-0000-4000-8000-000000000001";
const SUP = "22222222-0000-4000-8000-000000000002";
const RESIDENT = "33333333-0000-4000-8000-000000000003";
const STUDENT = "33333333-0000-4000-8000-000000000004";
const CLINICIAN = "55555555-0000-4000-8000-000000000005";

const learners = [
  { oid: RESIDENT, supervisors: [SUP] },
  { oid: STUDENT, supervisors: [PILOT] },
];
const viewer = (userId: string, pilot = false): TeamViewer => ({ userId, pilot, teamKey: TEAM, learners });
const part = (learnerId: string): LearnerPart => ({ learnerId, role: "resident", participation: "led" });
const row = (parts: string[], teamKey = TEAM, clinicianId = CLINICIAN): ActivityFacts => ({
  teamKey,
  clinicianId,
  learners: parts.map(part),
});

function allowed(access: Access<ActivityAccess>): ActivityAccess {
  if (!access.ok) throw new Error(`refused: ${access.reason}`);
  return access.value;
}
const shown = (a: ActivityAccess, s: ActivityFacts) => (s.learners ?? []).filter((p) => a.showsPart(p, s));

describe("pilots' views (003 §11: pilots coordinate)", () => {
  it("team: the team's encounters, every learner's part", () => {
    const a = allowed(activityAccess(viewer(PILOT, true), { view: "team" }));
    expect(a.sources).toEqual([{ by: "team", teamKey: TEAM }]);
    expect(a.keep(row([]))).toBe(true);
    expect(a.keep(row([], "other-team"))).toBe(false);
    expect(shown(a, row([RESIDENT, STUDENT]))).toHaveLength(2);
  });

  it("clinician: one clinician's encounters in this team", () => {
    const a = allowed(activityAccess(viewer(PILOT, true), { view: "clinician", subject: CLINICIAN }));
    expect(a.sources).toEqual([{ by: "clinician", oid: CLINICIAN }]);
    expect(a.keep(row([], "other-team"))).toBe(false);
  });

  it("team and clinician views are refused to anyone else", () => {
    expect(activityAccess(viewer(SUP), { view: "team" })).toEqual({ ok: false, reason: "teamActivityPilotsOnly" });
    expect(activityAccess(viewer(SUP), { view: "clinician", subject: CLINICIAN })).toEqual({
      ok: false,
      reason: "teamActivityPilotsOnly",
    });
  });

  it("learners: a pilot sees the team's encounters that have learners (003 §9)", () => {
    const a = allowed(activityAccess(viewer(PILOT, true), { view: "learners" }));
    expect(a.sources).toEqual([{ by: "team", teamKey: TEAM }]);
    expect(a.keep(row([]))).toBe(false);
    expect(a.keep(row([STUDENT]))).toBe(true);
  });
});

describe("supervisors (003 §9.3 close supervision, §9.4 designation)", () => {
  it("learners: a supervisor reads their learners' encounters in this team, and only their parts", () => {
    const a = allowed(activityAccess(viewer(SUP), { view: "learners" }));
    expect(a.sources).toEqual([{ by: "learner", oid: RESIDENT }]);
    expect(a.keep(row([RESIDENT, STUDENT]))).toBe(true);
    expect(a.keep(row([STUDENT]))).toBe(false);
    expect(a.keep(row([RESIDENT], "other-team"))).toBe(false);
    expect(shown(a, row([RESIDENT, STUDENT])).map((p) => p.learnerId)).toEqual([RESIDENT]);
  });

  it("learners: someone who supervises nobody in the team is refused", () => {
    expect(activityAccess(viewer(CLINICIAN), { view: "learners" })).toEqual({ ok: false, reason: "notYours" });
  });

  it("learner: one of the learner's supervisors reads that learner's part only", () => {
    const a = allowed(activityAccess(viewer(SUP), { view: "learner", subject: RESIDENT }));
    expect(a.sources).toEqual([{ by: "learner", oid: RESIDENT }]);
    expect(shown(a, row([RESIDENT, STUDENT])).map((p) => p.learnerId)).toEqual([RESIDENT]);
  });

  it("learner: another learner's supervisor is refused; a pilot asking for no learner is told so", () => {
    expect(activityAccess(viewer(SUP), { view: "learner", subject: STUDENT })).toEqual({
      ok: false,
      reason: "notYours",
    });
    expect(activityAccess(viewer(PILOT, true), { view: "learner", subject: CLINICIAN })).toEqual({
      ok: false,
      reason: "learnerNotFound",
    });
  });
});

describe("the caller's own activity (003 §9: a learner sees themselves)", () => {
  it("learner: a learner reads their own encounters", () => {
    expect(activityAccess(viewer(RESIDENT), { view: "learner", subject: RESIDENT }).ok).toBe(true);
  });

  it("mine: as clinician every part is shown; as a learner, only their own part", () => {
    const a = allowed(activityAccess(viewer(RESIDENT), { view: "mine" }));
    expect(a.sources).toEqual([
      { by: "clinician", oid: RESIDENT },
      { by: "learner", oid: RESIDENT },
    ]);
    expect(shown(a, row([RESIDENT, STUDENT], TEAM, RESIDENT))).toHaveLength(2);
    expect(shown(a, row([RESIDENT, STUDENT])).map((p) => p.learnerId)).toEqual([RESIDENT]);
    expect(a.keep(row([], "other-team", RESIDENT))).toBe(false);
  });

  it("the share of telehealth counts the caller's own encounters as clinician (003 §5, §7)", () => {
    expect(ownTelehealthSource(CLINICIAN)).toEqual({ by: "clinician", oid: CLINICIAN });
  });
});

describe("a student's history (003 §9.3)", () => {
  it("keeps the student's parts in this team's encounters only", () => {
    const rows = [
      { teamKey: TEAM, startedAt: "2026-03-01T10:00:00.000Z", learners: [part(STUDENT)] },
      { teamKey: "other-team", startedAt: "2026-03-02T10:00:00.000Z", learners: [part(STUDENT)] },
      { teamKey: TEAM, startedAt: "2026-03-03T10:00:00.000Z", learners: [part(RESIDENT)] },
    ];
    expect(studentEncounters(rows, TEAM, STUDENT)).toEqual([
      { startedAt: "2026-03-01T10:00:00.000Z", participation: "led" },
    ]);
  });
});
