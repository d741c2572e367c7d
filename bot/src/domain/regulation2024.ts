/**
 * The Québec regulation on remote services (S-4.2, r. 23.1, in force 2024-09-26), art. 1: a service may be given
 * remotely only if (1°) the person consents to it; (2°) it does not require the two people to be present with one
 * another, notably because it involves an examination or a support that cannot be offered remotely; (3°) a
 * contingency plan for technology problems has been drawn up; (4°) an in-person follow-up can be offered. Its last
 * paragraph: an activity organised by an establishment may also take place remotely, and conditions 1–3 then apply.
 * Each state is derived from what the encounter recorded, never ticked; its details say why.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { citeSource } from "./citation.js";
import { consentStatus, currentConsent, type ConsentGap } from "./consent.js";
import { CONSENT_GAP_LABELS } from "./consentLabels.js";
import { planStatus, type ContingencyGap } from "./contingency.js";
import { setPhysicalPresenceRequired, type Encounter } from "./encounter.js";
import { format, formatList } from "../i18n/format.js";
import { regionLabel, type RegionCode } from "./quebecRegions.js";

export const CONDITION_IDS = ["consent", "noPhysicalPresence", "contingencyPlan", "inPersonFollowUp"] as const;
export type ConditionId = (typeof CONDITION_IDS)[number];
/**
 * "exception": consent impossible in an urgent transfer (003 §1.3.3) — allowed, reason in the record;
 * "notApplicable": condition 4 for an activity organised by an establishment (art. 1, last paragraph).
 */
export const CONDITION_STATES = ["met", "notMet", "toConfirm", "exception", "notApplicable"] as const;
export type ConditionState = (typeof CONDITION_STATES)[number];

/** Why a condition is in its state, as the encounter recorded it. */
export type ConditionDetail =
  | { kind: "noConsent" }
  | { kind: "consentWithdrawn" }
  | { kind: "telehealthRefused" }
  | { kind: "consentGaps"; gaps: ConsentGap[] }
  | { kind: "presenceToConfirm" }
  | { kind: "planGaps"; gaps: ContingencyGap[] }
  | { kind: "noCorridor" }
  | { kind: "regionToConfirm" }
  | { kind: "corridorForRegion"; regionCode: RegionCode }
  | { kind: "establishmentActivity" };

export interface RegulationCondition {
  id: ConditionId;
  state: ConditionState;
  details: ConditionDetail[];
}

export interface RegulationContext {
  /** From the team's configuration: no valid in-person referral corridor (003 §4). */
  missingCorridor: boolean;
  /** No team applies yet (none of the organiser's teams has Balises, or they must choose): condition 4 is to confirm. */
  teamUnknown?: boolean;
}

type Derived = Omit<RegulationCondition, "id">;

/**
 * Gaps that leave this remote service without the person's consent: a consent that does not cover this session,
 * a group where some participants have not consented. Every other gap (identity, limits…) is a detail to complete.
 */
const CONSENT_NOT_GIVEN: readonly ConsentGap[] = ["scopeSession", "groupConsents"];

/** Condition 1: a consent recorded (003 §1.1, §1.3). */
function consentCondition(e: Encounter): Derived {
  const record = currentConsent(e.consents);
  const status = consentStatus(record);
  switch (status.kind) {
    case "valid":
      return { state: "met", details: [] };
    case "emergencyException":
      return { state: "exception", details: [] };
    case "withdrawn":
      return { state: "notMet", details: [{ kind: "consentWithdrawn" }] };
    case "refused":
      return { state: "notMet", details: [{ kind: "telehealthRefused" }] };
    case "missing":
      if (!record) return { state: "notMet", details: [{ kind: "noConsent" }] };
      return {
        state: status.gaps.some((g) => CONSENT_NOT_GIVEN.includes(g)) ? "notMet" : "met",
        details: [{ kind: "consentGaps", gaps: status.gaps }],
      };
  }
}

/**
 * Condition 2, from the clinician's answer (003 §5: a needed physical exam). The encounter records no §2.3 matrix
 * situation (the matrix card recommends without saving), so the answer is the only fact there is.
 */
function presenceCondition(e: Encounter): Derived {
  if (e.physicalPresenceRequired === undefined) return { state: "toConfirm", details: [{ kind: "presenceToConfirm" }] };
  return { state: e.physicalPresenceRequired ? "notMet" : "met", details: [] };
}

/** Condition 3: a plan drawn up (003 §3); whether it was agreed and a contact confirmed are its details. */
function planCondition(e: Encounter): Derived {
  if (!e.plan) return { state: "notMet", details: [] };
  const status = planStatus(e.plan);
  return { state: "met", details: status.kind === "missing" ? [{ kind: "planGaps", gaps: status.gaps }] : [] };
}

/** The current consent says the session is an activity organised by the establishment (art. 1, last paragraph). */
export function organisedByEstablishment(e: Encounter): boolean {
  return currentConsent(e.consents)?.group?.organisedByEstablishment === true;
}

/**
 * Condition 4: the team's in-person corridor (003 §4) for where the person is this visit. Corridors name no
 * territory, so the region is shown beside the team's corridor for the clinician to judge, not matched to it.
 */
function followUpCondition(e: Encounter, context: RegulationContext): Derived {
  if (organisedByEstablishment(e)) return { state: "notApplicable", details: [{ kind: "establishmentActivity" }] };
  if (context.teamUnknown) return { state: "toConfirm", details: [] };
  if (context.missingCorridor) return { state: "notMet", details: [{ kind: "noCorridor" }] };
  if (!e.location) return { state: "toConfirm", details: [{ kind: "regionToConfirm" }] };
  return { state: "met", details: [{ kind: "corridorForRegion", regionCode: e.location.regionCode }] };
}

export function regulationConditions(e: Encounter, context: RegulationContext): RegulationCondition[] {
  return [
    { id: "consent", ...consentCondition(e) },
    { id: "noPhysicalPresence", ...presenceCondition(e) },
    { id: "contingencyPlan", ...planCondition(e) },
    { id: "inPersonFollowUp", ...followUpCondition(e, context) },
  ];
}

/**
 * Condition 2 answered on its own (the side panel), not with a consent: still a change of what the consent form
 * shows, so its revision moves and an outdated consent form cannot answer over it.
 */
export function answerPhysicalPresence(e: Encounter, required: boolean): Encounter {
  const next = setPhysicalPresenceRequired(e, required);
  return next === e ? e : { ...next, consentRev: e.consentRev + 1 };
}

/** Condition 4 does not apply to an establishment's activity: the others must be met. */
export function allConditionsMet(conditions: readonly RegulationCondition[]): boolean {
  return conditions.every((c) => c.state === "met" || c.state === "notApplicable");
}

export const CONDITION_LABELS: Record<ConditionId, Localized> = {
  consent: {
    "fr-CA": "1. La personne consent au service à distance",
    en: "1. The person consents to the remote service",
  },
  noPhysicalPresence: {
    "fr-CA":
      "2. Le service ne requiert pas que les deux personnes soient en présence l'une de l'autre (notamment un examen ou un soutien qui ne peuvent être offerts à distance)",
    en: "2. The service does not require the two people to be present in person with one another (namely an examination or support that cannot be provided remotely)",
  },
  contingencyPlan: {
    "fr-CA": "3. Un plan de contingence en cas de problèmes avec les technologies a été élaboré",
    en: "3. A contingency plan for problems with the technologies has been drawn up",
  },
  inPersonFollowUp: {
    "fr-CA": "4. Un suivi en présence peut être offert à la personne",
    en: "4. An in-person follow-up can be offered to the person",
  },
};

export const CONDITION_STATE_LABELS: Record<ConditionState, Localized> = {
  met: { "fr-CA": "✓ respectée", en: "✓ met" },
  notMet: { "fr-CA": "✗ non respectée", en: "✗ not met" },
  toConfirm: { "fr-CA": "? à confirmer", en: "? to be confirmed" },
  exception: {
    "fr-CA": "⚠ exception (transfert urgent) — motif au dossier",
    en: "⚠ exception (urgent transfer) — reason in the record",
  },
  notApplicable: { "fr-CA": "— ne s'applique pas", en: "— does not apply" },
};

export const REGULATION_TITLE: Localized = {
  "fr-CA": "Règlement sur les services à distance (RLRQ, S-4.2, r. 23.1, art. 1)",
  en: "Regulation on remote services (CQLR, S-4.2, r. 23.1, s. 1)",
};

const DETAIL_TEXT = {
  noConsent: { "fr-CA": "Aucun consentement consigné.", en: "No consent recorded." },
  consentWithdrawn: {
    "fr-CA": "Consentement retiré : la télésanté s'arrête.",
    en: "Consent withdrawn: telehealth stops.",
  },
  telehealthRefused: {
    "fr-CA": "La personne préfère être vue en personne : elle refuse la télésanté ({source}).",
    en: "The person would rather be seen in person: they refuse telehealth ({source}).",
  },
  toComplete: { "fr-CA": "À compléter : {items}.", en: "To complete: {items}." },
  // The regulation asks for a plan drawn up (met); the guidelines ask more of it (003 §3): said as what remains.
  planToComplete: {
    "fr-CA": "Plan élaboré; selon les Orientations (§3), reste à {items}.",
    en: "Plan drawn up; the guidelines (§3) still ask for {items}.",
  },
  presenceToConfirm: {
    "fr-CA": "Répondez à la question sur la présence en personne dans la vue clinicien du consentement.",
    en: "Answer the in-person presence question in the clinician view of the consent.",
  },
  planAgreed: { "fr-CA": "en convenir avec la personne", en: "agreeing it with the person" },
  planContact: {
    "fr-CA": "confirmer son téléphone ou son courriel",
    en: "confirming their phone number or e-mail address",
  },
  noCorridor: {
    "fr-CA": "L'équipe n'a aucun corridor de référence valide pour le présentiel ({source}).",
    en: "The team has no valid in-person referral corridor ({source}).",
  },
  regionToConfirm: {
    "fr-CA": "Confirmez la région où se trouve la personne (vue clinicien du plan de contingence).",
    en: "Confirm the region where the person is (clinician view of the contingency plan).",
  },
  corridorForRegion: {
    "fr-CA":
      "Corridor de l'équipe; la personne est en région {region}. Les corridors n'indiquent pas de territoire : jugez si elle peut s'y rendre.",
    en: "The team's corridor; the person is in region {region}. Corridors name no territory: judge whether they can go there.",
  },
  establishmentActivity: {
    "fr-CA":
      "Activité organisée par l'établissement : seules les conditions 1 à 3 s'appliquent (art. 1, dernier alinéa).",
    en: "Activity organised by the establishment: only conditions 1 to 3 apply (s. 1, last paragraph).",
  },
} as const satisfies Record<string, Localized>;

function detailText(d: ConditionDetail, locale: Locale): string {
  const list = (items: string[]) => formatList(locale, "conjunction", items);
  const toComplete = (items: string[]) => format(DETAIL_TEXT.toComplete[locale], { items: list(items) });
  switch (d.kind) {
    case "telehealthRefused":
      return format(DETAIL_TEXT.telehealthRefused[locale], { source: citeSource("003 §1.3.7", locale) });
    case "consentGaps":
      return toComplete(d.gaps.map((g) => CONSENT_GAP_LABELS[g][locale]));
    case "planGaps":
      return format(DETAIL_TEXT.planToComplete[locale], {
        items: list(d.gaps.map((g) => DETAIL_TEXT[g === "agreed" ? "planAgreed" : "planContact"][locale])),
      });
    case "noCorridor":
      return format(DETAIL_TEXT.noCorridor[locale], { source: citeSource("003 §4", locale) });
    case "corridorForRegion":
      return format(DETAIL_TEXT.corridorForRegion[locale], { region: regionLabel(d.regionCode) });
    default:
      return DETAIL_TEXT[d.kind][locale];
  }
}

/** A condition as the clinician reads it, in their language (the cards and the meeting side panel). */
export function describeCondition(c: RegulationCondition, locale: Locale) {
  return {
    label: CONDITION_LABELS[c.id][locale],
    state: CONDITION_STATE_LABELS[c.state][locale],
    details: c.details.map((d) => detailText(d, locale)),
  };
}
