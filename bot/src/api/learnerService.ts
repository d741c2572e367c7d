/**
 * Learners of a team (seed 003 §9), as the API changes and reads them: who may do what is the domain's
 * (domain/supervisionAccess.ts), every write is ETag-conditional, and every change leaves one audit entry.
 * Pilots register, update and remove learners; anyone reads what the rules let them see. The §9.4
 * designation and the §9.3 threshold: supervisionService.ts.
 */
import {
  AlreadyExistsError,
  EtagConflictError,
  NotFoundError,
  PreconditionRequiredError,
  ValidationError,
} from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import type { LearnerList, LearnerView } from "../contract/index.js";
import { diffValues, type FieldChange } from "../domain/configDiff.js";
import {
  registerLearner,
  updateLearner,
  validateLearnerInput,
  type CheckedLearnerInput,
  type Learner,
} from "../domain/learners.js";
import { LEARNER, learnerListSource, managesLearners, ownLearners } from "../domain/supervisionAccess.js";
import { MAX_LEARNERS_PER_TEAM, type LearnerRepository, type StoredLearner } from "../storage/learnerRepository.js";
import { recordChange, type AuditLog } from "./auditTrail.js";
import { learnerView, type EncounterHistory } from "./learnerViews.js";
import { requireOnRoster, type Roster } from "./rosterCheck.js";
import { granted, readableStored, viewerIn, type PilotList } from "./teamAccess.js";

export type LearnerStore = Pick<
  LearnerRepository,
  "get" | "pageTeam" | "listTeam" | "listForSupervisor" | "create" | "update" | "delete" | "settings"
>;

/** The ports the learner service uses, and nothing else. */
export interface LearnerServicePorts {
  learners: LearnerStore;
  pilots: PilotList;
  roster: Roster;
  audit: AuditLog;
  encounters: EncounterHistory;
  now: () => Date;
}

const IF_MATCH_REQUIRED = {
  "fr-CA": "En-tête If-Match requis : rechargez l'apprenant puis renvoyez la modification avec son ETag.",
  en: "If-Match header required: reload the learner, then send the change with its ETag.",
};
const ALREADY_REGISTERED = {
  "fr-CA": "Cette personne est déjà inscrite comme apprenante dans cette équipe.",
  en: "This person is already registered as a learner in this team.",
};
const TOO_MANY = {
  "fr-CA": `Une équipe peut avoir au plus ${MAX_LEARNERS_PER_TEAM} apprenants.`,
  en: `A team can have at most ${MAX_LEARNERS_PER_TEAM} learners.`,
};
const OID_MISMATCH = {
  "fr-CA": "L'identifiant du corps ne correspond pas à celui de l'adresse.",
  en: "The body's id does not match the address.",
};

function validInput(body: unknown): CheckedLearnerInput {
  const checked = validateLearnerInput(body);
  if (!checked.ok) throw new ValidationError(checked.issues);
  return checked.value;
}

/** The people a learner's registration names must be on the team's roster. */
const rosterPeople = (input: { oid: string; supervisors: string[] }) => [
  { path: "oid", oid: input.oid },
  ...input.supervisors.map((oid, i) => ({ path: `supervisors.${String(i)}`, oid })),
];

const summaryOf = (l: Learner) => ({
  role: l.role,
  supervisors: l.supervisors,
  trainingSite: l.trainingSite,
  observationThreshold: l.observationThreshold ?? null,
});

/** The update body names the learner of the address, or none. */
function updateInput(body: unknown, oid: string): CheckedLearnerInput {
  const fields = typeof body === "object" && body !== null ? body : {};
  const bodyOid = (fields as { oid?: unknown }).oid;
  if (bodyOid !== undefined && (typeof bodyOid !== "string" || bodyOid.toLowerCase() !== oid))
    throw new ValidationError([{ path: "oid", message: OID_MISMATCH }], OID_MISMATCH);
  return validInput({ ...fields, oid });
}

export class LearnerService {
  constructor(private readonly ports: LearnerServicePorts) {}

  /** Pilots page through the team; supervisors get their learners; a learner, themselves. */
  async list(
    who: Identity,
    teamKey: string,
    page: { pageSize: number; continuationToken?: string | undefined },
  ): Promise<Omit<LearnerList, "people">> {
    const { learners } = this.ports;
    const [viewer, teamThreshold] = await Promise.all([
      viewerIn(this.ports.pilots, who, teamKey),
      this.threshold(who.tenantId, teamKey),
    ]);
    let stored: StoredLearner[];
    let continuationToken: string | undefined;
    if (learnerListSource(viewer).by === "team") {
      ({ items: stored, continuationToken } = await learners.pageTeam(
        who.tenantId,
        teamKey,
        page.pageSize,
        page.continuationToken,
      ));
    } else {
      const [mine, self] = await Promise.all([
        learners.listForSupervisor(who.tenantId, teamKey, who.userId),
        learners.get(who.tenantId, teamKey, who.userId),
      ]);
      stored = granted(ownLearners(viewer, self, mine, (s) => s.learner.oid));
    }
    const items = await Promise.all(stored.map((s) => this.viewOf(who.tenantId, s, teamThreshold)));
    return {
      items,
      ...(continuationToken ? { continuationToken } : {}),
      observationThreshold: teamThreshold,
      canManage: viewer.pilot,
    };
  }

  /** A pilot, one of the learner's supervisors, or the learner. */
  async get(who: Identity, teamKey: string, oid: string): Promise<LearnerView> {
    const [viewer, stored] = await Promise.all([
      viewerIn(this.ports.pilots, who, teamKey),
      this.ports.learners.get(who.tenantId, teamKey, oid),
    ]);
    return this.view(who.tenantId, readableStored(viewer, stored));
  }

  /** Pilots register a learner of the team's roster, supervised by members of its roster. */
  async register(who: Identity, teamKey: string, body: unknown): Promise<LearnerView> {
    await this.requireManager(who, teamKey);
    const input = validInput(body);
    await requireOnRoster(this.ports.roster, who.tenantId, teamKey, rosterPeople(input));
    const registered = await this.ports.learners.listTeam(who.tenantId, teamKey);
    const already = () => new AlreadyExistsError(ALREADY_REGISTERED, [{ path: "oid", message: ALREADY_REGISTERED }]);
    if (registered.some((l) => l.oid === input.oid)) throw already();
    if (registered.length >= MAX_LEARNERS_PER_TEAM)
      throw new ValidationError([{ path: "oid", message: TOO_MANY }], TOO_MANY);
    const learner = registerLearner(teamKey, input, who.userId, this.ports.now().toISOString());
    // Registered meanwhile by another pilot: said the same way.
    const stored = await this.ports.learners.create(who.tenantId, learner).catch((error: unknown) => {
      throw error instanceof AlreadyExistsError ? already() : error;
    });
    await this.record(who, teamKey, "learner.register", [
      { path: `learners.${learner.oid}`, before: null, after: summaryOf(learner) },
    ]);
    return this.view(who.tenantId, stored);
  }

  /** Pilots change role, supervisors, site and threshold; If-Match is required (428 without). */
  async update(
    who: Identity,
    teamKey: string,
    oid: string,
    body: unknown,
    ifMatch: string | undefined,
  ): Promise<LearnerView> {
    await this.requireManager(who, teamKey);
    if (!ifMatch) throw new PreconditionRequiredError(IF_MATCH_REQUIRED);
    const input = updateInput(body, oid);
    await requireOnRoster(this.ports.roster, who.tenantId, teamKey, rosterPeople(input));
    const result = await this.ports.learners.update(
      who.tenantId,
      teamKey,
      oid,
      (l) => updateLearner(l, input),
      ifMatch,
    );
    if (!result) throw new NotFoundError(LEARNER);
    if (result.changed)
      await this.record(
        who,
        teamKey,
        "learner.update",
        diffValues(summaryOf(result.before), summaryOf(result.stored.learner), `learners.${oid}`),
      );
    return this.view(who.tenantId, result.stored);
  }

  /** Pilots remove a learner; If-Match optional. */
  async remove(who: Identity, teamKey: string, oid: string, ifMatch: string | undefined): Promise<void> {
    await this.requireManager(who, teamKey);
    const current = await this.ports.learners.get(who.tenantId, teamKey, oid);
    if (!current) throw new NotFoundError(LEARNER);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
    await this.ports.learners.delete(who.tenantId, current.learner, current.etag);
    await this.record(who, teamKey, "learner.remove", [
      { path: `learners.${oid}`, before: summaryOf(current.learner), after: null },
    ]);
  }

  /** The learner as answered, with the team's threshold. */
  private async view(tenantId: string, stored: StoredLearner): Promise<LearnerView> {
    return this.viewOf(tenantId, stored, await this.threshold(tenantId, stored.learner.teamKey));
  }

  private async requireManager(who: Identity, teamKey: string): Promise<void> {
    granted(managesLearners(await viewerIn(this.ports.pilots, who, teamKey)));
  }

  private async record(who: Identity, teamKey: string, action: string, changes: FieldChange[]): Promise<void> {
    await recordChange(this.ports.audit, who, teamKey, { at: this.ports.now(), action, changes });
  }

  private async threshold(tenantId: string, teamKey: string): Promise<number> {
    return (await this.ports.learners.settings(tenantId, teamKey)).observationThreshold;
  }

  private viewOf(tenantId: string, stored: StoredLearner, teamThreshold: number): Promise<LearnerView> {
    return learnerView(this.ports.encounters, tenantId, stored, teamThreshold);
  }
}
