import { describe, expect, it } from "vitest";
import {
  registerLearner,
  validateLearnerInput,
  MAX_DESIGNATIONS,
  type Learner,
} from "../../bot/src/domain/learners.js";
import {
  designate,
  flagCondition,
  MAX_LEARNERS_PER_ENCOUNTER,
  observationsBefore,
  participationFlags,
  removeParticipation,
  setParticipation,
  studentProgress,
  withdrawDesignation,
  type LearnerParticipation,
} from "../../bot/src/domain/supervision.js";

const PILOT = "11111111-0000-4000-8000-000000000001";
const SUP = "22222222-0000-4000-8000-000000000002";
const OTHER_SUP = "22222222-0000-4000-8000-000000000009";
const LEARNER = "33333333-0000-4000-8000-000000000004";

function learner(role: Learner["role"]): Learner {
  const v = validateLearnerInput({ oid: LEARNER, role, supervisors: [SUP], trainingSite: "GMF-U Laval" });
  if (!v.ok) throw new Error("invalid");
  return registerLearner("team", v.value, PILOT, "2026-01-01T00:00:00.000Z");
}

describe("designation as competent for telehealth (003 §9.4)", () => {
  it("a supervisor of the resident designates, with the date", () => {
    const r = designate(learner("resident"), SUP, "2026-02-01T10:00:00.000Z");
    expect(r.ok && r.changed).toBe(true);
    if (r.ok) expect(r.learner.designations).toEqual([{ at: "2026-02-01T10:00:00.000Z", by: SUP }]);
  });

  it("someone who is not their supervisor cannot designate nor withdraw (a pilot neither)", () => {
    expect(designate(learner("resident"), OTHER_SUP, "2026-02-01T10:00:00.000Z")).toEqual({
      ok: false,
      reason: "notSupervisor",
    });
    expect(designate(learner("resident"), PILOT, "2026-02-01T10:00:00.000Z")).toEqual({
      ok: false,
      reason: "notSupervisor",
    });
    expect(withdrawDesignation(learner("fellow"), OTHER_SUP, "2026-02-01T10:00:00.000Z")).toEqual({
      ok: false,
      reason: "notSupervisor",
    });
  });

  it("applies to residents and fellows only (students follow §9.3 instead)", () => {
    expect(designate(learner("fellow"), SUP, "2026-02-01T10:00:00.000Z").ok).toBe(true);
    expect(designate(learner("medicalStudent"), SUP, "2026-02-01T10:00:00.000Z")).toEqual({
      ok: false,
      reason: "notApplicable",
    });
    expect(designate(learner("otherIntern"), SUP, "2026-02-01T10:00:00.000Z")).toEqual({
      ok: false,
      reason: "notApplicable",
    });
  });

  it("designating twice changes nothing; withdrawing keeps the history; designating again appends", () => {
    const first = designate(learner("resident"), SUP, "2026-02-01T10:00:00.000Z");
    if (!first.ok) throw new Error();
    const again = designate(first.learner, SUP, "2026-02-02T10:00:00.000Z");
    expect(again.ok && !again.changed && again.learner === first.learner).toBe(true);
    const withdrawn = withdrawDesignation(first.learner, SUP, "2026-03-01T10:00:00.000Z");
    if (!withdrawn.ok) throw new Error();
    expect(withdrawn.learner.designations[0]).toEqual({
      at: "2026-02-01T10:00:00.000Z",
      by: SUP,
      withdrawnAt: "2026-03-01T10:00:00.000Z",
      withdrawnBy: SUP,
    });
    const noop = withdrawDesignation(withdrawn.learner, SUP, "2026-03-02T10:00:00.000Z");
    expect(noop.ok && !noop.changed).toBe(true);
    const redo = designate(withdrawn.learner, SUP, "2026-04-01T10:00:00.000Z");
    expect(redo.ok && redo.learner.designations.length).toBe(2);
  });

  it("keeps at most MAX_DESIGNATIONS entries", () => {
    let l = learner("resident");
    for (let i = 0; i < MAX_DESIGNATIONS + 5; i++) {
      const d = designate(l, SUP, new Date(Date.UTC(2026, 0, 1 + 2 * i)).toISOString());
      if (!d.ok) throw new Error();
      const w = withdrawDesignation(d.learner, SUP, new Date(Date.UTC(2026, 0, 2 + 2 * i)).toISOString());
      if (!w.ok) throw new Error();
      l = w.learner;
    }
    expect(l.designations).toHaveLength(MAX_DESIGNATIONS);
  });
});

describe("students observe before being observed (003 §9.3)", () => {
  const h = (day: number, participation: LearnerParticipation["participation"]) => ({
    startedAt: `2026-02-${String(day).padStart(2, "0")}T14:00:00.000Z`,
    participation,
  });

  it("counts observations before the first time observed, against the threshold", () => {
    const p = studentProgress(
      [h(5, "wasObserved"), h(1, "observed"), h(2, "observed"), h(3, "observed"), h(6, "observed")],
      3,
    );
    expect(p).toEqual({
      observationsBeforeFirstObserved: 3,
      firstObservedAt: "2026-02-05T14:00:00.000Z",
      threshold: 3,
      thresholdMet: true,
      observedTooEarly: false,
    });
  });

  it("flags a student observed (or leading) before observing enough", () => {
    expect(studentProgress([h(1, "observed"), h(2, "led")], 3).observedTooEarly).toBe(true);
    expect(studentProgress([h(1, "observed"), h(2, "observed")], 3)).toMatchObject({
      observationsBeforeFirstObserved: 2,
      thresholdMet: false,
      observedTooEarly: false,
    });
    expect(studentProgress([], 3)).toMatchObject({ observationsBeforeFirstObserved: 0, observedTooEarly: false });
  });

  it("counts observations strictly before an encounter", () => {
    expect(
      observationsBefore([h(1, "observed"), h(2, "observed"), h(3, "wasObserved")], "2026-02-02T14:00:00.000Z"),
    ).toBe(1);
  });
});

describe("encounter flags (003 §9.3, §9.4)", () => {
  const ctx = { startedAt: "2026-02-10T14:00:00.000Z", observationsBefore: 3, threshold: 3 };

  it("§9.3: a student leading is flagged; being observed too early is flagged; outside the training site is flagged", () => {
    const site = { atTrainingSite: true };
    expect(participationFlags({ role: "medicalStudent", participation: "led", ...site }, ctx)).toEqual(["studentLed"]);
    expect(
      participationFlags(
        { role: "medicalStudent", participation: "wasObserved", ...site },
        { ...ctx, observationsBefore: 2 },
      ),
    ).toEqual(["studentObservedTooEarly"]);
    expect(
      participationFlags({ role: "medicalStudent", participation: "observed", atTrainingSite: false }, ctx),
    ).toEqual(["studentNotAtTrainingSite"]);
    expect(
      participationFlags({ role: "medicalStudent", participation: "wasObserved", atTrainingSite: true }, ctx),
    ).toEqual([]);
  });

  // 003 §9.3: « uniquement à partir d'un milieu de formation », whatever the part, observing included.
  it("§9.3: a student's part whose training site was not stated is flagged, to be checked, even observing", () => {
    expect(participationFlags({ role: "medicalStudent", participation: "observed" }, ctx)).toEqual([
      "studentSiteNotStated",
    ]);
    expect(flagCondition({ role: "medicalStudent", participation: "observed" })).toBe("certain");
    expect(flagCondition({ role: "medicalStudent", participation: "observed", atTrainingSite: true })).toBe("none");
    expect(participationFlags({ role: "resident", participation: "wasObserved" }, ctx)).toEqual([]);
  });

  it("§9.4: a resident leading without a designation at that time is flagged; designated, not", () => {
    expect(participationFlags({ role: "resident", participation: "led" }, ctx)).toEqual(["residentNotDesignated"]);
    const designated = { designations: [{ at: "2026-02-01T00:00:00.000Z", by: SUP }] };
    expect(participationFlags({ role: "fellow", participation: "led" }, { ...ctx, learner: designated })).toEqual([]);
    const later = { designations: [{ at: "2026-03-01T00:00:00.000Z", by: SUP }] };
    expect(participationFlags({ role: "resident", participation: "led" }, { ...ctx, learner: later })).toEqual([
      "residentNotDesignated",
    ]);
    expect(participationFlags({ role: "resident", participation: "wasObserved" }, ctx)).toEqual([]);
    expect(participationFlags({ role: "otherIntern", participation: "led" }, ctx)).toEqual([]);
  });
});

describe("learners' parts on an encounter", () => {
  const p = (learnerId: string, participation: LearnerParticipation["participation"]): LearnerParticipation => ({
    learnerId,
    role: "resident",
    participation,
    recordedBy: SUP,
    recordedAt: "2026-02-10T15:00:00.000Z",
  });

  it("records, replaces, removes; the same part again returns the same list", () => {
    const one = setParticipation([], p(LEARNER, "observed"));
    if (one === "tooMany") throw new Error();
    expect(setParticipation(one, p(LEARNER, "observed"))).toBe(one);
    const replaced = setParticipation(one, p(LEARNER, "led"));
    expect(replaced).toEqual([p(LEARNER, "led")]);
    expect(removeParticipation(one, LEARNER)).toEqual([]);
    expect(removeParticipation(one, SUP)).toBe(one);
  });

  it("bounds the learners per encounter", () => {
    const many = Array.from({ length: MAX_LEARNERS_PER_ENCOUNTER }, (_, i) => p(`l${i}`, "observed"));
    expect(setParticipation(many, p("extra", "observed"))).toBe("tooMany");
  });
});
