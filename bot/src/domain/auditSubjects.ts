/**
 * What the audited paths are about, named as a clinical pilot names them: the sections of the team
 * configuration (seed 003 §2.3, §3, §4, §9, §11), its lists of services (corridors, crisis resources,
 * interpreters, local situations) and their fields. Pure data and lookups.
 */
import type { Localized } from "../i18n/locale.js";

/** One item of a list as leaf paths (« name », « label.fr-CA ») → value; partial when only changes are known. */
export type Flat = Map<string, unknown>;

export const SECTION_LABELS: Record<string, Localized> = {
  matrix: { "fr-CA": "Matrice des modalités", en: "Modality matrix" },
  corridors: { "fr-CA": "Corridors de référence", en: "Referral corridors" },
  contingency: { "fr-CA": "Plan de contingence", en: "Contingency plan" },
  interpreters: { "fr-CA": "Services d'interprétation", en: "Interpreter services" },
  checklistProfile: { "fr-CA": "Listes de vérification", en: "Checklists" },
  reminderPolicy: { "fr-CA": "Rappels de note", en: "Note reminders" },
  annualEvaluationDate: { "fr-CA": "Évaluation annuelle", en: "Annual evaluation" },
  pilots: { "fr-CA": "Pilotes", en: "Pilots" },
  learners: { "fr-CA": "Apprenants", en: "Learners" },
  supervision: { "fr-CA": "Supervision", en: "Supervision" },
  consent: { "fr-CA": "Consentement", en: "Consent" },
};

/**
 * The tab shows the same profiles (tab/src/components/ChecklistSection/checklistProfiles.ts); the domain
 * had no labels of its own, and a domain module cannot import from the tab.
 */
/** 003 §1.3.1 consent methods; null is the §1.3.3 emergency exception. */
export const CONSENT_METHOD_NAMES: Record<string, Localized> = {
  verbal: { "fr-CA": "verbal", en: "verbal" },
  written: { "fr-CA": "écrit", en: "written" },
  emailReply: { "fr-CA": "par réponse courriel", en: "by e-mail reply" },
  emergencyException: { "fr-CA": "exception d'urgence", en: "emergency exception" },
};

export const LEARNER_FIELD_NAMES: Record<string, Localized> = {
  role: { "fr-CA": "rôle", en: "role" },
  supervisors: { "fr-CA": "supervision", en: "supervisors" },
  trainingSite: { "fr-CA": "site de formation", en: "training site" },
  observationThreshold: { "fr-CA": "seuil d'observation", en: "observation threshold" },
};

/**
 * How one item of a list is named in a sentence. The trail keeps no item's name (free text: auditMinimise.ts),
 * so an item is told by its position (« le corridor nº 2 »: the position in the list after the change, or
 * before it for an item removed); the tab shows the list as it is now. Templates take {n} (1-based).
 */
export interface ListSubject {
  /** Dotted path of the list in the team configuration. */
  prefix: string;
  /** The field that changes when another item takes this position (the list was reordered or shortened). */
  keyField: string;
  numbered: Localized;
  all: Localized;
  fields: Record<string, Localized>;
}

/** 003 §4 */
const CORRIDORS: ListSubject = {
  prefix: "corridors",
  keyField: "id",
  numbered: { "fr-CA": "le corridor nº {n}", en: "corridor no. {n}" },
  all: { "fr-CA": "les corridors de référence", en: "the referral corridors" },
  fields: {
    name: { "fr-CA": "nom", en: "name" },
    kind: { "fr-CA": "type", en: "kind" },
    contact: { "fr-CA": "coordonnées", en: "contact" },
    address: { "fr-CA": "adresse", en: "address" },
    hours: { "fr-CA": "heures", en: "hours" },
    conditions: { "fr-CA": "conditions d'accès", en: "access conditions" },
    whoMayRefer: { "fr-CA": "qui peut diriger un patient", en: "who may refer" },
  },
};

/** 003 §3 */
const CRISIS_RESOURCES: ListSubject = {
  prefix: "contingency.crisisResources",
  keyField: "id",
  numbered: { "fr-CA": "la ressource de crise nº {n}", en: "crisis resource no. {n}" },
  all: { "fr-CA": "les ressources de crise", en: "the crisis resources" },
  fields: {
    region: { "fr-CA": "région", en: "region" },
    name: { "fr-CA": "nom", en: "name" },
    phone: { "fr-CA": "téléphone", en: "phone" },
    notes: { "fr-CA": "notes", en: "notes" },
  },
};

/** 003 §1.3.9 */
const INTERPRETERS: ListSubject = {
  prefix: "interpreters",
  keyField: "id",
  numbered: { "fr-CA": "le service d'interprétation nº {n}", en: "interpreter service no. {n}" },
  all: { "fr-CA": "les services d'interprétation", en: "the interpreter services" },
  fields: {
    name: { "fr-CA": "nom", en: "name" },
    contact: { "fr-CA": "coordonnées", en: "contact" },
    languages: { "fr-CA": "langues", en: "languages" },
  },
};

/** 003 §2.3: situations a team adds to the MSSS matrix. */
const LOCAL_SITUATIONS: ListSubject = {
  prefix: "matrix.localSituations",
  keyField: "id",
  numbered: { "fr-CA": "la situation locale nº {n}", en: "local situation no. {n}" },
  all: { "fr-CA": "les situations locales de la matrice", en: "the local situations of the matrix" },
  fields: {
    label: { "fr-CA": "libellé", en: "label" },
    ratings: { "fr-CA": "cotes", en: "ratings" },
    note: { "fr-CA": "note", en: "note" },
  },
};

/** The two languages of a bilingual field (a local situation's label and note). */
export const LANGUAGE_NAMES: Record<string, Localized> = {
  "fr-CA": { "fr-CA": "en français", en: "in French" },
  en: { "fr-CA": "en anglais", en: "in English" },
};

export const LIST_SUBJECTS: readonly ListSubject[] = [CORRIDORS, CRISIS_RESOURCES, INTERPRETERS, LOCAL_SITUATIONS];

export const MATRIX_CELLS_PREFIX = "matrix.cells";

/** The list a path belongs to, if any, and the rest of the path after the list's prefix (« 1.name »). */
export function listOfPath<T extends { prefix: string }>(
  path: string,
  lists: readonly T[],
): { list: T; rest: string } | undefined {
  for (const list of lists) {
    if (path.startsWith(`${list.prefix}.`)) return { list, rest: path.slice(list.prefix.length + 1) };
  }
  return undefined;
}
