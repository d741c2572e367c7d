import { describe, expect, it } from "vitest";
import {
  currentDesignation,
  DEFAULT_OBSERVATION_THRESHOLD,
  designatedAt,
  observationThreshold,
  registerLearner,
  updateLearner,
  validateLearnerInput,
  type Learner,
} from "../../bot/src/domain/learners.js";

const PILOT = "11111111-0000-4000-8000-000000000001";
const SUP = "22222222-0000-4000-8000-000000000002";
const SUP2 = "22222222-0000-4000-8000-000000000003";
const LEARNER = "33333333-0000-4000-8000-000000000004";

function valid(overrides: Record<string, unknown> = {}) {
  const checked = validateLearnerInput({
    oid: LEARNER,
    role: "resident",
    supervisors: [SUP],
    trainingSite: "CHU de Québec — Hôpital Saint-François d'Assise",
    ...overrides,
  });
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  return checked.value;
}

describe("registering learners (003 §9)", () => {
  it("accepts the four roles, several supervisors and a training site; normalises oids", () => {
    const v = valid({ role: "medicalStudent", supervisors: [SUP.toUpperCase(), SUP2, SUP] });
    expect(v.supervisors).toEqual([SUP, SUP2]);
    for (const role of ["medicalStudent", "resident", "fellow", "otherIntern"])
      expect(validateLearnerInput({ ...v, role }).ok).toBe(true);
  });

  it("refuses an unknown role, no supervisor, a non-GUID oid, an empty site and unknown fields, with paths", () => {
    const bad = validateLearnerInput({ oid: "bob", role: "chief", supervisors: [], trainingSite: "  ", ramq: "x" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path).sort()).toEqual(["oid", "ramq", "role", "supervisors", "trainingSite"]);
    expect(bad.issues.every((i) => i.message["fr-CA"] && i.message.en)).toBe(true);
  });

  // §9.3: the name of a training site, never a patient's (DESIGN, privacy).
  it.each([
    ["an e-mail address", "GMF-U Laval (marie.t@example.com)", /courriel/],
    ["a RAMQ number", "CHU — TREM 8501 1512", /RAMQ/],
    ["a line break", "CHU\nde Québec", /Une seule ligne/],
    ["more than 120 characters", "x".repeat(121), /Au plus 120 caractères/],
  ])("refuses a training site with %s, at its path", (_what, trainingSite, french) => {
    const bad = validateLearnerInput({ oid: LEARNER, role: "resident", supervisors: [SUP], trainingSite });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.path)).toEqual(["trainingSite"]);
    expect(bad.issues[0]?.message["fr-CA"]).toMatch(french);
    expect(bad.issues[0]?.message.en.length).toBeGreaterThan(5);
  });

  it("refuses a learner as their own supervisor", () => {
    const bad = validateLearnerInput({ oid: LEARNER, role: "resident", supervisors: [LEARNER], trainingSite: "CLSC" });
    expect(bad.ok).toBe(false);
  });

  it("§9.3: the observation threshold defaults to 3 (« quelques téléconsultations »), the team's or the learner's wins", () => {
    expect(DEFAULT_OBSERVATION_THRESHOLD).toBe(3);
    const learner = registerLearner("team", valid({ role: "medicalStudent" }), PILOT, "2026-01-05T12:00:00.000Z");
    expect(observationThreshold(learner)).toBe(3);
    expect(observationThreshold(learner, 5)).toBe(5);
    expect(observationThreshold({ ...learner, observationThreshold: 2 }, 5)).toBe(2);
    expect(validateLearnerInput({ ...valid(), observationThreshold: 0 }).ok).toBe(false);
  });

  it("updates role, supervisors and site, returning the same object when nothing changed", () => {
    const learner = registerLearner("team", valid(), PILOT, "2026-01-05T12:00:00.000Z");
    expect(updateLearner(learner, valid())).toBe(learner);
    const moved = updateLearner(learner, valid({ supervisors: [SUP2], observationThreshold: 4 }));
    expect(moved.supervisors).toEqual([SUP2]);
    expect(moved.observationThreshold).toBe(4);
    expect(moved.registeredBy).toBe(PILOT);
  });
});

describe("designation history (003 §9.4)", () => {
  const learner: Learner = {
    ...registerLearner("team", valid(), PILOT, "2026-01-01T00:00:00.000Z"),
    designations: [
      { at: "2026-02-01T00:00:00.000Z", by: SUP, withdrawnAt: "2026-03-01T00:00:00.000Z", withdrawnBy: SUP },
      { at: "2026-04-01T00:00:00.000Z", by: SUP2 },
    ],
  };

  it("knows whether the learner was designated at a given instant", () => {
    expect(designatedAt(learner, "2026-01-15T00:00:00.000Z")).toBe(false);
    expect(designatedAt(learner, "2026-02-01T00:00:00.000Z")).toBe(true);
    expect(designatedAt(learner, "2026-03-15T00:00:00.000Z")).toBe(false);
    expect(designatedAt(learner, "2026-05-01T00:00:00.000Z")).toBe(true);
  });

  it("the current designation is the last one, unless withdrawn", () => {
    expect(currentDesignation(learner)?.by).toBe(SUP2);
    expect(currentDesignation({ designations: learner.designations.slice(0, 1) })).toBeUndefined();
  });
});
