/**
 * Sentences about people in the audit trail: pilots (seed 003 §11), learners and their supervision
 * (§9.3, §9.4), consent events (§1.3). Everyone is named through nameOf: the trail keeps Entra object
 * ids, a sentence never shows one. A training site is free text: the trail keeps its size only.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { CONSENT_METHOD_NAMES, LEARNER_FIELD_NAMES } from "./auditSubjects.js";
import {
  headOf,
  formatValue,
  isOmitted,
  joinList,
  listDifference,
  lowerFirst,
  omittedText,
  formatSize,
  say,
  sizeChange,
} from "./auditValues.js";
import { LEARNER_ROLE_LABELS, type LearnerRole } from "./learners.js";

export interface Narrator {
  /** The author's display name. */
  who: string;
  /** The author's Entra object id. */
  by: string;
  action: string;
  locale: Locale;
  nameOf: (oid: string) => string;
}

/** A change with its path relative to the learner (« » for the whole learner, « role », « supervisors.0 »). */
export interface PersonChange {
  rest: string;
  before: unknown;
  after: unknown;
}

const PEOPLE_TEXT = {
  installed: {
    "fr-CA": "{who} a installé Balises dans l'équipe et en assure le pilotage",
    en: "{who} installed Balises in the team and became its first pilot",
  },
  pilotsAdded: {
    "fr-CA": "{who} a ajouté {people} aux pilotes de l'équipe",
    en: "{who} added {people} to the team's pilots",
  },
  pilotsRemoved: {
    "fr-CA": "{who} a retiré {people} des pilotes de l'équipe",
    en: "{who} removed {people} from the team's pilots",
  },
  pilotLeft: { "fr-CA": "{who} a quitté le rôle de pilote", en: "{who} stepped down as a pilot" },
  pilotsChanged: {
    "fr-CA": "{who} a modifié la liste des pilotes {omitted}",
    en: "{who} changed the list of pilots {omitted}",
  },
  registered: { "fr-CA": "{who} a inscrit {learner} ({details})", en: "{who} registered {learner} ({details})" },
  registeredBare: { "fr-CA": "{who} a inscrit {learner}", en: "{who} registered {learner}" },
  unregistered: {
    "fr-CA": "{who} a retiré {learner} des apprenants de l'équipe",
    en: "{who} removed {learner} from the team's learners",
  },
  updated: {
    "fr-CA": "{who} a modifié l'inscription de {learner} : {details}",
    en: "{who} updated the registration of {learner}: {details}",
  },
  supervisedBy: { "fr-CA": "supervision : {people}", en: "supervisors: {people}" },
  supervisorsAdded: { "fr-CA": "ajout à la supervision : {people}", en: "added to supervision: {people}" },
  supervisorsRemoved: { "fr-CA": "retrait de la supervision : {people}", en: "removed from supervision: {people}" },
  fieldValue: { "fr-CA": "{field} : {value}", en: "{field}: {value}" },
  fieldChange: { "fr-CA": "{field} : {before} → {after}", en: "{field}: {before} → {after}" },
  fieldSizes: { "fr-CA": "{field} : {sizes}", en: "{field}: {sizes}" },
  teamThreshold: { "fr-CA": "seuil de l'équipe", en: "team threshold" },
  designated: {
    "fr-CA": "{who} a attesté la compétence en télésanté de {learner} (désignation)",
    en: "{who} designated {learner} as competent for telehealth",
  },
  designationWithdrawn: {
    "fr-CA": "{who} a retiré la désignation de compétence en télésanté de {learner}",
    en: "{who} withdrew the telehealth competence designation of {learner}",
  },
  consentRecorded: {
    "fr-CA": "{who} a consigné le consentement à la télésanté ({method})",
    en: "{who} recorded consent to telehealth ({method})",
  },
  consentRecordedBare: {
    "fr-CA": "{who} a consigné le consentement à la télésanté",
    en: "{who} recorded consent to telehealth",
  },
  consentWithdrawn: {
    "fr-CA": "{who} a consigné le retrait du consentement à la télésanté",
    en: "{who} recorded the withdrawal of consent to telehealth",
  },
  telehealthRefused: {
    "fr-CA": "{who} a consigné le refus de la télésanté : la personne préfère être vue en personne",
    en: "{who} recorded a refusal of telehealth: the person would rather be seen in person",
  },
} satisfies Record<string, Localized>;

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];

function people(oids: unknown[], n: Narrator): string {
  return joinList(oids.filter((v): v is string => typeof v === "string").map(n.nameOf), n.locale);
}

/** 003 §11: installing makes the author the first pilot; pilots add and remove one another. */
export function describePilots(before: unknown, after: unknown, n: Narrator): string[] {
  const { who, locale } = n;
  if (n.action === "config.install") return [say(PEOPLE_TEXT.installed, locale, { who })];
  if (isOmitted(before) || isOmitted(after))
    return [say(PEOPLE_TEXT.pilotsChanged, locale, { who, omitted: omittedText(locale) })];
  const { added, removed } = listDifference(ids(before), ids(after));
  const out: string[] = [];
  if (added.length > 0) out.push(say(PEOPLE_TEXT.pilotsAdded, locale, { who, people: people(added, n) }));
  if (removed.includes(n.by)) out.push(say(PEOPLE_TEXT.pilotLeft, locale, { who }));
  const others = removed.filter((oid) => oid !== n.by);
  if (others.length > 0) out.push(say(PEOPLE_TEXT.pilotsRemoved, locale, { who, people: people(others, n) }));
  return out;
}

function roleName(role: unknown, locale: Locale): string {
  return typeof role === "string" && role in LEARNER_ROLE_LABELS
    ? lowerFirst(LEARNER_ROLE_LABELS[role as LearnerRole][locale])
    : formatValue(role, locale);
}

function thresholdText(value: unknown, locale: Locale): string {
  return value === null || value === undefined ? say(PEOPLE_TEXT.teamThreshold, locale) : formatValue(value, locale);
}

/** 003 §9: what a registration says — role, who supervises, from which training site. */
function registrationDetails(summary: Record<string, unknown>, n: Narrator): string {
  const { locale } = n;
  const field = (key: string, value: string) =>
    say(PEOPLE_TEXT.fieldValue, locale, { field: LEARNER_FIELD_NAMES[key]?.[locale] ?? key, value });
  const details = [roleName(summary.role, locale)];
  const supervisors = ids(summary.supervisors);
  if (supervisors.length > 0) details.push(say(PEOPLE_TEXT.supervisedBy, locale, { people: people(supervisors, n) }));
  // Free text: its size, never the site's name (auditMinimise.ts).
  if (summary.trainingSite !== undefined && summary.trainingSite !== null)
    details.push(field("trainingSite", formatSize(summary.trainingSite, locale)));
  if (typeof summary.observationThreshold === "number")
    details.push(field("observationThreshold", String(summary.observationThreshold)));
  return details.join("; ");
}

function supervisionParts(changes: PersonChange[], n: Narrator): string[] {
  const asList = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : [v]);
  const before = changes.flatMap((c) => asList(c.before));
  const after = changes.flatMap((c) => asList(c.after));
  const { added, removed } = listDifference(ids(before), ids(after));
  const parts: string[] = [];
  if (added.length > 0) parts.push(say(PEOPLE_TEXT.supervisorsAdded, n.locale, { people: people(added, n) }));
  if (removed.length > 0) parts.push(say(PEOPLE_TEXT.supervisorsRemoved, n.locale, { people: people(removed, n) }));
  return parts;
}

function fieldPart(change: PersonChange, n: Narrator): string {
  const { locale } = n;
  const key = headOf(change.rest);
  const show = key === "role" ? roleName : key === "observationThreshold" ? thresholdText : formatValue;
  const field = LEARNER_FIELD_NAMES[key]?.[locale] ?? key;
  const sizes = sizeChange(change.before, change.after, locale);
  if (sizes !== undefined) return say(PEOPLE_TEXT.fieldSizes, locale, { field, sizes });
  return say(PEOPLE_TEXT.fieldChange, locale, {
    field,
    before: show(change.before, locale),
    after: show(change.after, locale),
  });
}

/** One learner's registration, removal or update, as one sentence. */
export function describeLearner(oid: string, changes: PersonChange[], n: Narrator): string[] {
  const { who, locale } = n;
  const learner = n.nameOf(oid);
  const whole = changes.find((c) => c.rest === "");
  if (whole && whole.after !== null) {
    if (typeof whole.after !== "object" || isOmitted(whole.after))
      return [say(PEOPLE_TEXT.registeredBare, locale, { who, learner })];
    return [
      say(PEOPLE_TEXT.registered, locale, {
        who,
        learner,
        details: registrationDetails(whole.after as Record<string, unknown>, n),
      }),
    ];
  }
  if (whole) return [say(PEOPLE_TEXT.unregistered, locale, { who, learner })];
  const supervision = changes.filter((c) => c.rest === "supervisors" || c.rest.startsWith("supervisors."));
  const parts = changes.filter((c) => !supervision.includes(c)).map((c) => fieldPart(c, n));
  parts.push(...supervisionParts(supervision, n));
  if (parts.length === 0) return [];
  return [say(PEOPLE_TEXT.updated, locale, { who, learner, details: parts.join("; ") })];
}

/** 003 §9.4: a supervisor designates a resident or fellow competent for telehealth, or withdraws it. */
export function describeDesignation(oid: string, before: unknown, after: unknown, n: Narrator): string {
  const withdrawn = typeof after === "object" && after !== null && "withdrawnAt" in after;
  const given =
    n.action === "designation.give" || (n.action !== "designation.withdraw" && before === null && !withdrawn);
  return say(given ? PEOPLE_TEXT.designated : PEOPLE_TEXT.designationWithdrawn, n.locale, {
    who: n.who,
    learner: n.nameOf(oid),
  });
}

/** 003 §1.3: consent recorded (with its method, or the §1.3.3 emergency exception), refused (§1.3.7) or withdrawn. */
export function describeConsent(after: unknown, n: Narrator): string {
  const { who, locale } = n;
  if (n.action === "consent.withdraw") return say(PEOPLE_TEXT.consentWithdrawn, locale, { who });
  const facts = typeof after === "object" && after !== null ? (after as Record<string, unknown>) : {};
  if (facts.inPersonOffered === true && facts.inPersonAnswer === "accepted")
    return say(PEOPLE_TEXT.telehealthRefused, locale, { who });
  const code = facts.emergencyException === true ? "emergencyException" : facts.method;
  const method = typeof code === "string" ? CONSENT_METHOD_NAMES[code]?.[locale] : undefined;
  return method === undefined
    ? say(PEOPLE_TEXT.consentRecordedBare, locale, { who })
    : say(PEOPLE_TEXT.consentRecorded, locale, { who, method });
}
