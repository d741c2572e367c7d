/**
 * Supervision settings of a team's learners (seed 003 §9), as the API changes them:
 * - §9.4 one of a learner's supervisors designates them competent for telehealth (dated now) or withdraws it;
 * - §9.3 the team's observation threshold: any member reads it, pilots set it.
 * Every change is ETag-conditional when the caller sends one, and leaves one audit entry.
 */
import { EtagConflictError, ForbiddenError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import { supervisionSettingsBodySchema, type LearnerView, type SupervisionSettings } from "../contract/index.js";
import type { FieldChange } from "../domain/configDiff.js";
import type { Learner } from "../domain/learners.js";
import { designate, withdrawDesignation, type DesignationChange } from "../domain/supervision.js";
import { managesLearners, SUPERVISORS_ONLY } from "../domain/supervisionAccess.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import { recordChange, type AuditLog } from "./auditTrail.js";
import { parseInput } from "./input.js";
import { learnerView, type EncounterHistory } from "./learnerViews.js";
import { granted, viewerIn, type PilotList } from "./teamAccess.js";

export interface SupervisionServicePorts {
  learners: Pick<LearnerRepository, "update" | "settings" | "saveSettings">;
  pilots: PilotList;
  audit: AuditLog;
  encounters: EncounterHistory;
  now: () => Date;
}

export type DesignationAction = "designation.give" | "designation.withdraw";

const NOT_APPLICABLE = {
  "fr-CA":
    "La désignation (§9.4) concerne les résidents et les moniteurs; les étudiants suivent la règle d'observation (§9.3).",
  en: "Designation (§9.4) applies to residents and fellows; students follow the observation rule (§9.3).",
};

const CHANGES: Record<DesignationAction, (l: Learner, by: string, at: string) => DesignationChange> = {
  "designation.give": designate,
  "designation.withdraw": withdrawDesignation,
};

/** The designation's audit change: given (before none), or withdrawn (after, with who and when). */
function designationChange(action: DesignationAction, learner: Learner): FieldChange {
  const path = `learners.${learner.oid}.designation`;
  const d = learner.designations[learner.designations.length - 1];
  if (!d) return { path, before: null, after: null };
  const given = { at: d.at, by: d.by };
  return action === "designation.give"
    ? { path, before: null, after: given }
    : { path, before: given, after: { ...given, withdrawnAt: d.withdrawnAt, withdrawnBy: d.withdrawnBy } };
}

export class SupervisionService {
  constructor(private readonly ports: SupervisionServicePorts) {}

  /**
   * §9.4: only one of the learner's supervisors, only for a resident or a fellow. Without If-Match a concurrent
   * change is retried on a fresh read; an unknown learner is refused like a learner one does not supervise.
   */
  async changeDesignation(
    who: Identity,
    teamKey: string,
    oid: string,
    action: DesignationAction,
    ifMatch: string | undefined,
  ): Promise<LearnerView> {
    const at = this.ports.now().toISOString();
    const result = await this.ports.learners.update(
      who.tenantId,
      teamKey,
      oid,
      (learner) => {
        const change = CHANGES[action](learner, who.userId, at);
        if (change.ok) return change.learner;
        if (change.reason === "notSupervisor") throw new ForbiddenError(SUPERVISORS_ONLY);
        throw new ValidationError([{ path: "role", message: NOT_APPLICABLE }], NOT_APPLICABLE);
      },
      ifMatch,
    );
    if (!result) throw new ForbiddenError(SUPERVISORS_ONLY);
    if (result.changed)
      await recordChange(this.ports.audit, who, teamKey, {
        at: this.ports.now(),
        action,
        changes: [designationChange(action, result.stored.learner)],
      });
    const { observationThreshold } = await this.ports.learners.settings(who.tenantId, teamKey);
    return learnerView(this.ports.encounters, who.tenantId, result.stored, observationThreshold);
  }

  async settings(tenantId: string, teamKey: string): Promise<SupervisionSettings> {
    const settings = await this.ports.learners.settings(tenantId, teamKey);
    return { observationThreshold: settings.observationThreshold, etag: settings.etag ?? null };
  }

  /** §9.3: pilots set the team's threshold (If-Match optional). */
  async saveSettings(
    who: Identity,
    teamKey: string,
    body: unknown,
    ifMatch: string | undefined,
  ): Promise<SupervisionSettings> {
    granted(managesLearners(await viewerIn(this.ports.pilots, who, teamKey)));
    const { observationThreshold } = parseInput(supervisionSettingsBodySchema, body);
    const current = await this.ports.learners.settings(who.tenantId, teamKey);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current.etag) throw new EtagConflictError();
    const saved = await this.ports.learners.saveSettings(who.tenantId, teamKey, observationThreshold, current.etag);
    if (saved.observationThreshold !== current.observationThreshold) {
      await recordChange(this.ports.audit, who, teamKey, {
        at: this.ports.now(),
        action: "supervision.threshold",
        changes: [
          {
            path: "supervision.observationThreshold",
            before: current.observationThreshold,
            after: saved.observationThreshold,
          },
        ],
      });
    }
    return { observationThreshold: saved.observationThreshold, etag: saved.etag ?? null };
  }
}
