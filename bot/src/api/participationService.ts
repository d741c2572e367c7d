/**
 * A learner's part in an encounter (seed 003 §9.3, §9.4) and the §2.3 new-patient fact, as the API records
 * them on the encounter (its index rows follow). Who may record them is the domain's
 * (domain/supervisionAccess.ts); the learner must be registered in the encounter's team.
 */
import { ForbiddenError, NotFoundError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import type { NewPatientAnswer, ParticipationAnswer, ParticipationBody } from "../contract/index.js";
import { followUpFacts } from "../domain/activityStats.js";
import { todayInQuebec } from "../domain/clock.js";
import { isRecordedClinician, summarize, type Encounter } from "../domain/encounter.js";
import type { Learner } from "../domain/learners.js";
import { removeParticipation, setParticipation, type LearnerParticipation } from "../domain/supervision.js";
import { LEARNER, mayRecordNewPatient, mayRecordParticipation } from "../domain/supervisionAccess.js";
import { recordFollowUpOffered, recordNewPatient } from "../domain/newPatient.js";
import type { Localized } from "../i18n/locale.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { Roster } from "./rosterCheck.js";
import { isTeamPilot, type PilotList } from "./teamAccess.js";

export interface ParticipationServicePorts {
  encounters: Pick<EncounterRepository, "get" | "update">;
  learners: Pick<LearnerRepository, "get">;
  pilots: PilotList;
  roster: Roster;
  now: () => Date;
}

const ENCOUNTER: Localized = { "fr-CA": "rencontre", en: "encounter" };
const NO_TEAM: Localized = {
  "fr-CA": "Cette rencontre n'est liée à aucune équipe : les apprenants s'inscrivent par équipe.",
  en: "This encounter is not linked to a team: learners are registered per team.",
};
const NOT_ALLOWED: Localized = {
  "fr-CA":
    "Seuls les membres du personnel clinique de la rencontre, les pilotes de l'équipe et les personnes qui supervisent cet apprenant ou cette apprenante consignent sa participation.",
  en: "Only the encounter's clinicians, the team's pilots and the learner's supervisors record a learner's part.",
};
const TOO_MANY: Localized = {
  "fr-CA": "Trop d'apprenants sur cette rencontre.",
  en: "Too many learners on this encounter.",
};
const NOT_NEW_PATIENT: Localized = {
  "fr-CA":
    "Aucun suivi en présentiel n'est dû pour cette rencontre : indiquez d'abord qu'il s'agit d'un nouveau patient (§2.3).",
  en: "No in-person follow-up is due for this encounter: first record that this is a new patient (§2.3).",
};
const CLINICIANS_ONLY: Localized = {
  "fr-CA":
    "Seuls les membres du personnel clinique de la rencontre et les pilotes de l'équipe qui en sont membres indiquent qu'il s'agit d'un nouveau patient et consignent son suivi en présentiel.",
  en: "Only the encounter's clinicians and the team's pilots who are its members record that this is a new patient and their in-person follow-up.",
};

const partsOf = (e: Encounter): ParticipationAnswer["learners"] =>
  (e.learners ?? []).map(({ learnerId, role, participation, atTrainingSite }) => ({
    learnerId,
    role,
    participation,
    ...(atTrainingSite !== undefined ? { atTrainingSite } : {}),
  }));

export class ParticipationService {
  constructor(private readonly ports: ParticipationServicePorts) {}

  async record(who: Identity, encounterId: string, oid: string, part: ParticipationBody): Promise<ParticipationAnswer> {
    const { encounter, learner } = await this.authorised(who, encounterId, oid);
    const recorded: LearnerParticipation = {
      learnerId: learner.oid,
      role: learner.role,
      participation: part.participation,
      ...(part.atTrainingSite !== undefined ? { atTrainingSite: part.atTrainingSite } : {}),
      recordedBy: who.userId,
      recordedAt: this.ports.now().toISOString(),
    };
    return this.change(who, encounter.id, (e) => {
      const next = setParticipation(e.learners ?? [], recorded);
      if (next === "tooMany") throw new ValidationError([{ path: "oid", message: TOO_MANY }], TOO_MANY);
      return next === e.learners ? e : { ...e, learners: next };
    });
  }

  async remove(who: Identity, encounterId: string, oid: string): Promise<ParticipationAnswer> {
    const { encounter, learner } = await this.authorised(who, encounterId, oid);
    return this.change(who, encounter.id, (e) => {
      const next = removeParticipation(e.learners ?? [], learner.oid);
      return next === e.learners || (next.length === 0 && !e.learners) ? e : { ...e, learners: next };
    });
  }

  /** §2.3: `vulnerable` records the new patient (domain/newPatient.ts); undefined forgets it. */
  async setNewPatient(who: Identity, encounterId: string, vulnerable: boolean | undefined): Promise<NewPatientAnswer> {
    const encounter = await this.newPatientRecorder(who, encounterId);
    const at = this.ports.now().toISOString();
    return this.changeNewPatient(who, encounter.id, (e) => recordNewPatient(e, vulnerable, who.userId, at));
  }

  /** §2.3: the new patient's in-person follow-up was offered (no longer due), or that record is taken back. */
  async setFollowUpOffered(who: Identity, encounterId: string, offered: boolean): Promise<NewPatientAnswer> {
    const encounter = await this.newPatientRecorder(who, encounterId);
    const at = this.ports.now().toISOString();
    return this.changeNewPatient(who, encounter.id, (e) => {
      const next = recordFollowUpOffered(e, offered, who.userId, at);
      if (next === "notNewPatient")
        throw new ValidationError([{ path: "offered", message: NOT_NEW_PATIENT }], NOT_NEW_PATIENT);
      return next;
    });
  }

  /** The encounter, when `who` may record its §2.3 facts. */
  private async newPatientRecorder(who: Identity, encounterId: string): Promise<Encounter> {
    const stored = await this.ports.encounters.get(who.tenantId, encounterId);
    if (!stored) throw new NotFoundError(ENCOUNTER);
    const teamKey = stored.encounter.teamKey;
    const recordedClinician = isRecordedClinician(stored.encounter, who.userId);
    let pilot = false;
    let onRoster = false;
    if (!recordedClinician && teamKey !== undefined) {
      pilot = await isTeamPilot(this.ports.pilots, who, teamKey);
      onRoster = pilot && (await this.onRoster(who, teamKey));
    }
    if (!mayRecordNewPatient({ recordedClinician, pilot, onRoster })) throw new ForbiddenError(CLINICIANS_ONLY);
    return stored.encounter;
  }

  private async changeNewPatient(
    who: Identity,
    encounterId: string,
    fact: (e: Encounter) => Encounter,
  ): Promise<NewPatientAnswer> {
    const result = await this.ports.encounters.update(who.tenantId, encounterId, fact);
    if (!result) throw new NotFoundError(ENCOUNTER);
    const e = result.encounter;
    const followUp = followUpFacts(summarize(e), todayInQuebec(this.ports.now()));
    return {
      encounterId: e.id,
      newPatient: e.newPatient ? { vulnerable: e.newPatient.vulnerable } : null,
      inPersonFollowUpDue: followUp?.dueDate ?? null,
      inPersonFollowUpOffered: followUp?.offeredOn ?? null,
      inPersonFollowUpPastDue: followUp?.pastDue ?? null,
    };
  }

  private async authorised(
    who: Identity,
    encounterId: string,
    oid: string,
  ): Promise<{ encounter: Encounter; learner: Learner }> {
    const stored = await this.ports.encounters.get(who.tenantId, encounterId);
    if (!stored) throw new NotFoundError(ENCOUNTER);
    const teamKey = stored.encounter.teamKey;
    if (!teamKey) throw new ValidationError([{ path: "encounterId", message: NO_TEAM }], NO_TEAM);
    const [pilot, learner, onRoster] = await Promise.all([
      isTeamPilot(this.ports.pilots, who, teamKey),
      this.ports.learners.get(who.tenantId, teamKey, oid),
      this.onRoster(who, teamKey),
    ]);
    const recordedClinician = isRecordedClinician(stored.encounter, who.userId);
    if (!mayRecordParticipation({ recordedClinician, pilot, onRoster }, learner?.learner, who.userId))
      throw new ForbiddenError(NOT_ALLOWED);
    if (!learner) throw new NotFoundError(LEARNER);
    return { encounter: stored.encounter, learner: learner.learner };
  }

  private async onRoster(who: Identity, teamKey: string): Promise<boolean> {
    return (await this.ports.roster.member(who.tenantId, teamKey, who.userId)) !== undefined;
  }

  private async change(who: Identity, encounterId: string, fact: (e: Encounter) => Encounter) {
    const result = await this.ports.encounters.update(who.tenantId, encounterId, fact);
    if (!result) throw new NotFoundError(ENCOUNTER);
    return { encounterId, learners: partsOf(result.encounter) };
  }
}
