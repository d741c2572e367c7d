import { describe, expect, it } from "vitest";
import { activityRows } from "../../bot/src/api/activityRows.js";
import { ActivityAccumulator } from "../../bot/src/domain/activityTotals.js";
import {
  recordConsent,
  recordLocation,
  recordPlan,
  setPhysicalPresenceRequired,
  summarize,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import { encounterConditionStates, withTeamCorridor } from "../../bot/src/domain/regulationActivity.js";
import { completeConsent } from "../support/consentFixtures.js";
import { TEAM_G, TENANT } from "../support/teamsIds.js";
import { agreedPlan, confirmedLocation, openEncounter, ORGANIZER } from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const NOW = new Date("2026-11-30T12:00:00.000Z");
const e0: Encounter = { ...openEncounter(), teamKey: TEAM_G.groupId, teamSource: "onlyTeam" };
/** Every condition the encounter decides is met: consent, no presence needed, a plan, the region confirmed. */
const complete = recordLocation(
  recordPlan(setPhysicalPresenceRequired(recordConsent(e0, completeConsent({ recordedBy: OID })), false), agreedPlan()),
  confirmedLocation(),
);

/** The activity view's rows of a team, as the API builds them (every learner's part shown). */
function rowsFor(encounters: Encounter[], missingCorridor: boolean) {
  const { row } = activityRows(
    {
      // No learner in these encounters: no student history is read.
      encounters: { readSource: () => Promise.resolve([]) },
      tenantId: TENANT,
      teamKey: TEAM_G.groupId,
      teamLearners: [],
      teamThreshold: 3,
      missingCorridor,
      now: () => NOW,
    },
    { sources: [], keep: () => true, showsPart: () => true },
  );
  return Promise.all(encounters.map((e) => row(summarize(e))));
}

// Regulation S-4.2, r. 23.1, art. 1: the four conditions, counted in the activity view.
describe("the regulation's conditions in the activity view", () => {
  it("keeps on the index row what the encounter decides, condition 4 pending the team's corridor", () => {
    expect(encounterConditionStates(complete)).toEqual({
      consent: "met",
      noPhysicalPresence: "met",
      contingencyPlan: "met",
      inPersonFollowUp: "met",
    });
    // Without a team, nothing can be said of a corridor.
    expect(encounterConditionStates({ ...complete, teamKey: undefined }).inPersonFollowUp).toBe("toConfirm");
  });

  // 003 §4: without a valid corridor, no in-person follow-up can be offered.
  it("applies the team's corridor: condition 4 is not met where the team has none", () => {
    const states = encounterConditionStates(complete);
    expect(withTeamCorridor(states, true).inPersonFollowUp).toBe("notMet");
    expect(withTeamCorridor(states, false)).toBe(states);
  });

  it("counts, per condition, the encounters that met it, through the rows the API builds", async () => {
    const group = {
      participants: 6,
      consentsRecorded: 6,
      conductRulesCommitment: true,
      organisedByEstablishment: true,
    };
    const establishment = recordConsent(complete, completeConsent({ recordedBy: OID, group }));
    const encounters = [complete, e0, establishment];
    const count = async (missingCorridor: boolean) => {
      const acc = new ActivityAccumulator("2026-11-01", "2026-12-01");
      for (const row of await rowsFor(encounters, missingCorridor)) acc.add(row);
      return acc.result().totals.regulation;
    };
    expect(await count(false)).toEqual({
      encounters: 3,
      met: { consent: 2, noPhysicalPresence: 2, contingencyPlan: 2, inPersonFollowUp: 1 },
      // Regulation art. 1, last paragraph: condition 4 does not apply to the establishment's activity.
      notApplicable: 1,
    });
    expect((await count(true)).met.inPersonFollowUp).toBe(0);
  });

  it("counts nothing for rows written before the conditions were kept", async () => {
    const [row] = await rowsFor([complete], false);
    const acc = new ActivityAccumulator("2026-11-01", "2026-12-01");
    const { regulation: _none, ...older } = row!;
    acc.add(older);
    expect(acc.result().totals.regulation.encounters).toBe(0);
  });
});
