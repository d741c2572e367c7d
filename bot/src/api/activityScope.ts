/**
 * What an activity view may show, decided from the token and storage (issue 4):
 *   view=mine                 the caller's own encounters in this team (as clinician, or as a learner)
 *   view=team                 pilots: the team's encounters
 *   view=clinician&subject=X  pilots: one clinician's encounters in this team
 *   view=learners             pilots: encounters with learners; a supervisor: their learners' encounters
 *   view=learner&subject=X    a pilot, one of X's supervisors, or X: X's encounters
 * On each row, a caller sees only the learners' parts they may see (a supervisor: their learners; a
 * learner: their own). Ids sent in the request only ever narrow what the caller is allowed.
 */
import { ForbiddenError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import type { EncounterSummary } from "../domain/encounter.js";
import { observationThreshold, oidSchema, type Learner } from "../domain/learners.js";
import {
  observationsBefore,
  participationFlags,
  type StudentEncounter,
  type SupervisionFlag,
} from "../domain/supervision.js";
import { toActivityRow, type ActivityRow } from "../domain/activityStats.js";
import type { Services } from "../services.js";
import { clinicianPartition, learnerPartition, teamPartition } from "../storage/encounterRepository.js";
import type { RowSource } from "./activityReader.js";
import { isTeamPilot, NOT_YOURS, PILOTS_ONLY, readableLearner, studentHistory } from "./supervisionAccess.js";

export const VIEWS = ["mine", "team", "clinician", "learners", "learner"] as const;
export type ActivityViewName = (typeof VIEWS)[number];

export interface ActivityScope extends RowSource {
  view: ActivityViewName;
  subject?: string;
  pilot: boolean;
  /** Turns an index row into what this caller may see, with the §9.3/§9.4 flags of the parts shown. */
  row: (s: EncounterSummary) => Promise<ActivityRow>;
}

type Part = NonNullable<EncounterSummary["learners"]>[number];

const SUBJECT_REQUIRED = { "fr-CA": "Précisez la personne (subject).", en: "Say whose activity (subject)." };

export async function resolveScope(
  services: Services,
  who: Identity,
  teamKey: string,
  view: ActivityViewName,
  rawSubject: string | undefined,
): Promise<ActivityScope> {
  const tenant = who.tenantId;
  let subject: string | undefined;
  if (view === "clinician" || view === "learner") {
    const parsed = oidSchema.safeParse(rawSubject);
    if (!parsed.success) throw new ValidationError([{ path: "subject", message: SUBJECT_REQUIRED }], SUBJECT_REQUIRED);
    subject = parsed.data;
  }
  const [pilot, teamLearners, settings] = await Promise.all([
    isTeamPilot(services, who, teamKey),
    services.learners.listTeam(tenant, teamKey),
    services.learners.settings(tenant, teamKey),
  ]);
  const inTeam = (s: EncounterSummary) => s.teamKey === teamKey;
  let partitions: string[];
  let keep: (s: EncounterSummary) => boolean = inTeam;
  let visible: (p: Part, s: EncounterSummary) => boolean = () => true;

  if (view === "team") {
    if (!pilot) throw new ForbiddenError(PILOTS_ONLY);
    partitions = [teamPartition(tenant, teamKey)];
  } else if (view === "clinician") {
    if (!pilot) throw new ForbiddenError(PILOTS_ONLY);
    partitions = [clinicianPartition(tenant, subject!)];
  } else if (view === "learners") {
    if (pilot) {
      partitions = [teamPartition(tenant, teamKey)];
      keep = (s) => (s.learners?.length ?? 0) > 0;
    } else {
      const mine = new Set(teamLearners.filter((l) => l.supervisors.includes(who.userId)).map((l) => l.oid));
      if (mine.size === 0) throw new ForbiddenError(NOT_YOURS);
      partitions = [...mine].map((oid) => learnerPartition(tenant, oid));
      keep = (s) => inTeam(s) && (s.learners ?? []).some((p) => mine.has(p.learnerId));
      visible = (p) => mine.has(p.learnerId);
    }
  } else if (view === "learner") {
    await readableLearner(services, who, teamKey, subject!);
    partitions = [learnerPartition(tenant, subject!)];
    keep = (s) => inTeam(s) && (s.learners ?? []).some((p) => p.learnerId === subject);
    visible = (p) => p.learnerId === subject;
  } else {
    partitions = [clinicianPartition(tenant, who.userId), learnerPartition(tenant, who.userId)];
    visible = (p, s) => s.clinicianId === who.userId || p.learnerId === who.userId;
  }

  const byOid = new Map<string, Learner>(teamLearners.map((l) => [l.oid, l]));
  const histories = new Map<string, Promise<StudentEncounter[]>>();
  const historyOf = (oid: string) => {
    let h = histories.get(oid);
    if (!h) histories.set(oid, (h = studentHistory(services, tenant, teamKey, oid)));
    return h;
  };

  async function flagsFor(p: Part, startedAt: string): Promise<SupervisionFlag[]> {
    const learner = byOid.get(p.learnerId);
    const threshold = learner
      ? observationThreshold(learner, settings.observationThreshold)
      : settings.observationThreshold;
    const before = p.role === "medicalStudent" ? observationsBefore(await historyOf(p.learnerId), startedAt) : 0;
    return participationFlags(p, { startedAt, ...(learner ? { learner } : {}), observationsBefore: before, threshold });
  }

  return {
    view,
    ...(subject ? { subject } : {}),
    pilot,
    partitions,
    keep,
    async row(s) {
      const parts = (s.learners ?? []).filter((p) => visible(p, s));
      const flags = new Map<string, SupervisionFlag[]>();
      await Promise.all(parts.map(async (p) => flags.set(p.learnerId, await flagsFor(p, s.startedAt))));
      return toActivityRow({ ...s, learners: parts }, services.now(), (p) => flags.get(p.learnerId) ?? []);
    },
  };
}
