/**
 * The demo team's learners (003 §9), registered by the pilot and supervised by Dr Jean Gagnon: the R2
 * resident, designated competent for telehealth by her supervisor some weeks ago (§9.4), and the medical
 * student, who takes part from his training site and observes before being observed (§9.3). Built with the
 * domain's own validation and transitions.
 */
import { registerLearner, validateLearnerInput, type Learner, type LearnerInput } from "../domain/learners.js";
import { designate } from "../domain/supervision.js";
import { DEMO_TEAM, demoPersona } from "./demoTeam.js";

export const DEMO_TRAINING_SITE = "GMF-U des Rivières (milieu de formation)";

function registered(input: LearnerInput, at: string): Learner {
  const checked = validateLearnerInput(input);
  if (!checked.ok) throw new Error(`demo learner is invalid: ${checked.issues.map((i) => i.path).join(", ")}`);
  return registerLearner(DEMO_TEAM.groupId, checked.value, demoPersona("pilote").oid, at);
}

/** `registeredAt`: when the pilot registered them; `designatedAt`: when the supervisor designated the resident. */
export function demoLearners(registeredAt: string, designatedAt: string): Learner[] {
  const supervisor = demoPersona("superviseur").oid;
  const resident = registered(
    { oid: demoPersona("resident").oid, role: "resident", supervisors: [supervisor], trainingSite: DEMO_TRAINING_SITE },
    registeredAt,
  );
  const designation = designate(resident, supervisor, designatedAt);
  if (!designation.ok) throw new Error(`demo designation refused: ${designation.reason}`);
  const student = registered(
    {
      oid: demoPersona("etudiant").oid,
      role: "medicalStudent",
      supervisors: [supervisor],
      trainingSite: DEMO_TRAINING_SITE,
    },
    registeredAt,
  );
  return [designation.learner, student];
}
