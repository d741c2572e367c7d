/**
 * Who may do what in a team (issue 3; supervisors and learners arrive with issue 4).
 * - pilot: listed in the team configuration's pilots (whoever installs Balises becomes the first one);
 *   only pilots change the configuration and the list of pilots (003 §11: pilots coordinate).
 * - supervisor, learner: facts supplied by other sources through the role seam (auth/roleResolver.ts).
 * - clinician: any authenticated member of the tenant.
 */
import type { Localized } from "../i18n/locale.js";

export const ROLES = ["pilot", "supervisor", "learner", "clinician"] as const;
export type Role = (typeof ROLES)[number];

/** Facts about one user in one team; each source fills what it knows. */
export interface RoleFacts {
  pilot?: boolean;
  supervisor?: boolean;
  learner?: boolean;
}

export function resolveRoles(facts: RoleFacts[]): Role[] {
  const merged = facts.reduce<RoleFacts>(
    (all, f) => ({
      pilot: all.pilot || f.pilot,
      supervisor: all.supervisor || f.supervisor,
      learner: all.learner || f.learner,
    }),
    {},
  );
  const roles: Role[] = [];
  if (merged.pilot) roles.push("pilot");
  if (merged.supervisor) roles.push("supervisor");
  if (merged.learner) roles.push("learner");
  roles.push("clinician");
  return roles;
}

export function isPilot(pilots: readonly string[], userId: string): boolean {
  return pilots.includes(userId);
}

export function canConfigure(roles: readonly Role[]): boolean {
  return roles.includes("pilot");
}

export const MAX_PILOTS = 50;

export const NOT_A_PILOT: Localized = {
  "fr-CA":
    "Seuls les pilotes cliniques de l'équipe peuvent modifier la configuration de Balises. Demandez à un pilote de faire la modification ou de vous ajouter comme pilote.",
  en: "Only the team's clinical pilots can change the Balises configuration. Ask a pilot to make the change or to add you as a pilot.",
};

export const LAST_PILOT: Localized = {
  "fr-CA": "L'équipe doit garder au moins un pilote clinique : ajoutez d'abord un autre pilote.",
  en: "The team must keep at least one clinical pilot: add another pilot first.",
};

export const TOO_MANY_PILOTS: Localized = {
  "fr-CA": `Une équipe peut avoir au plus ${MAX_PILOTS} pilotes.`,
  en: `A team can have at most ${MAX_PILOTS} pilots.`,
};

export type PilotChange =
  { ok: true; pilots: string[]; changed: boolean } | { ok: false; reason: "lastPilot" | "tooMany" };

export function addPilot(pilots: readonly string[], userId: string): PilotChange {
  if (pilots.includes(userId)) return { ok: true, pilots: [...pilots], changed: false };
  if (pilots.length >= MAX_PILOTS) return { ok: false, reason: "tooMany" };
  return { ok: true, pilots: [...pilots, userId], changed: true };
}

export function removePilot(pilots: readonly string[], userId: string): PilotChange {
  if (!pilots.includes(userId)) return { ok: true, pilots: [...pilots], changed: false };
  if (pilots.length <= 1) return { ok: false, reason: "lastPilot" };
  return { ok: true, pilots: pilots.filter((p) => p !== userId), changed: true };
}
