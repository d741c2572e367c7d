// Who may see and manage which learners (seed 003 §9; pilots coordinate, §11): domain/supervisionAccess.ts.
import { describe, expect, it } from "vitest";
import {
  learnerListSource,
  managesLearners,
  ownLearners,
  readableLearner,
  seesHistoryEntry,
  type Viewer,
} from "../../bot/src/domain/supervisionAccess.js";

const PILOT = "11111111-0000-4000-8000-000000000001";
const SUP = "22222222-0000-4000-8000-000000000002";
const LEARNER = "33333333-0000-4000-8000-000000000003";
const STRANGER = "44444444-0000-4000-8000-000000000004";

const pilot: Viewer = { userId: PILOT, pilot: true };
const supervisor: Viewer = { userId: SUP, pilot: false };
const learnerSelf: Viewer = { userId: LEARNER, pilot: false };
const stranger: Viewer = { userId: STRANGER, pilot: false };
const learner = { oid: LEARNER, supervisors: [SUP] };

describe("managing learners", () => {
  it("is for pilots only (003 §11: pilots coordinate)", () => {
    expect(managesLearners(pilot)).toEqual({ ok: true, value: true });
    expect(managesLearners(supervisor)).toEqual({ ok: false, reason: "pilotsOnly" });
  });
});

describe("reading one learner", () => {
  it("a pilot reads any learner of the team, and is told when there is none (003 §11)", () => {
    expect(readableLearner(pilot, learner)).toEqual({ ok: true, value: learner });
    expect(readableLearner(pilot, undefined)).toEqual({ ok: false, reason: "learnerNotFound" });
  });

  it("a supervisor reads the learners they supervise (003 §9.3 close supervision, §9.4 designation)", () => {
    expect(readableLearner(supervisor, learner).ok).toBe(true);
  });

  it("a learner reads themselves (003 §9)", () => {
    expect(readableLearner(learnerSelf, learner).ok).toBe(true);
  });

  it("anyone else is refused whether or not the learner exists: no existence oracle", () => {
    expect(readableLearner(stranger, learner)).toEqual({ ok: false, reason: "notYours" });
    expect(readableLearner(stranger, undefined)).toEqual({ ok: false, reason: "notYours" });
  });
});

describe("the learners list", () => {
  const oidOf = (l: { oid: string }) => l.oid;

  it("pilots page through the whole team; others get their own list", () => {
    expect(learnerListSource(pilot)).toEqual({ by: "team" });
    expect(learnerListSource(supervisor)).toEqual({ by: "own" });
  });

  it("a supervisor's own list is the learners they supervise (003 §9.3, §9.4)", () => {
    expect(ownLearners(supervisor, undefined, [learner], oidOf)).toEqual({ ok: true, value: [learner] });
  });

  it("a learner who also supervises sees themselves first, once", () => {
    const self = { oid: SUP, supervisors: [PILOT] };
    const listed = ownLearners(supervisor, self, [learner, self], oidOf);
    expect(listed).toEqual({ ok: true, value: [self, learner] });
  });

  it("someone who is neither learner nor supervisor has no business with the team's learners", () => {
    expect(ownLearners(stranger, undefined, [], oidOf)).toEqual({ ok: false, reason: "notYours" });
  });
});

describe("the team's history", () => {
  it("shows its learner entries to pilots only, as the team's learner list (003 §9, §11)", () => {
    for (const action of ["learner.register", "learner.update", "learner.remove", "designation.give"]) {
      expect(seesHistoryEntry(pilot, action), action).toBe(true);
      for (const member of [supervisor, learnerSelf, stranger])
        expect(seesHistoryEntry(member, action), action).toBe(false);
    }
  });

  it("shows every member the configuration's changes, the §9.3 threshold included", () => {
    for (const action of ["config.update", "pilot.add", "supervision.threshold"])
      expect(seesHistoryEntry(stranger, action), action).toBe(true);
  });
});
