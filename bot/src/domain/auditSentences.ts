/**
 * The team's change history read as sentences (fr-CA first, then en) instead of dotted paths and codes:
 * « Marie Tremblay a modifié le corridor nº 2 (coordonnées : 14 → 22 caractères) ». Covers what the API
 * writes to the audit trail: team configuration (config.install, config.update, pilot.add, pilot.remove),
 * learners and supervision (learner.*, designation.*, supervision.threshold) and encounter consent (consent.*).
 * Changes about the same thing (one corridor, one learner, the reminders) become one sentence. Free text
 * reads as its size (« 14 → 22 caractères »): the trail keeps no text (auditMinimise.ts).
 * Pure: people are named by the caller's nameOf, which also decides how to show someone unknown.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { describeList, type ListChange } from "./auditLists.js";
import { describeMatrixCells } from "./auditMatrixCells.js";
import { describeConsent, describeDesignation, describeLearner, describePilots, type Narrator } from "./auditPeople.js";
import { CHECKLIST_PROFILE_LABELS } from "./checklists.js";
import { QUEBEC_REGIONS, regionLabel, type RegionCode } from "./quebecRegions.js";
import { LIST_SUBJECTS, listOfPath, MATRIX_CELLS_PREFIX, SECTION_LABELS } from "./auditSubjects.js";
import { isTextSize, minimiseChanges } from "./auditMinimise.js";
import {
  headOf,
  formatDate,
  formatDuration,
  formatMinutes,
  formatSize,
  formatValue,
  isOmitted,
  listDifference,
  omittedText,
  quote,
  say,
  sizeChange,
} from "./auditValues.js";

export interface AuditEntryLike {
  at: string;
  by: string;
  action: string;
  changes: { path: string; before: unknown; after: unknown }[];
}

type Change = AuditEntryLike["changes"][number];

const ENTRY_TEXT = {
  offsets: {
    "fr-CA": "{who} a modifié les rappels de note (après la fin de la rencontre) : {details}",
    en: "{who} changed the note reminders (after the end of the encounter): {details}",
  },
  offsetsBare: { "fr-CA": "{who} a modifié les rappels de note", en: "{who} changed the note reminders" },
  offsetsAdded: { "fr-CA": "ajout de {list}", en: "added {list}" },
  offsetsRemoved: { "fr-CA": "retrait de {list}", en: "removed {list}" },
  truncated: {
    "fr-CA": "D'autres modifications, trop volumineuses, n'ont pas été conservées",
    en: "Other changes were too large to be kept",
  },
  sectionSetting: {
    "fr-CA": "{who} a modifié un réglage de la section {section} : {before} → {after}",
    en: "{who} changed a setting of the section {section}: {before} → {after}",
  },
  setting: {
    "fr-CA": "{who} a modifié le réglage {path} : {before} → {after}",
    en: "{who} changed the setting {path}: {before} → {after}",
  },
  unknownAction: { "fr-CA": "{who} a effectué une modification ({action})", en: "{who} made a change ({action})" },
} satisfies Record<string, Localized>;

/** What an entry says when none of its changes makes a sentence of its own. */
const ACTION_TEXT: Record<string, Localized> = {
  "config.install": { "fr-CA": "{who} a installé Balises dans l'équipe", en: "{who} installed Balises in the team" },
  "config.update": {
    "fr-CA": "{who} a modifié la configuration de l'équipe",
    en: "{who} changed the team configuration",
  },
  "pilot.add": { "fr-CA": "{who} a modifié les pilotes de l'équipe", en: "{who} changed the team's pilots" },
  "pilot.remove": { "fr-CA": "{who} a modifié les pilotes de l'équipe", en: "{who} changed the team's pilots" },
  "learner.register": { "fr-CA": "{who} a inscrit une personne apprenante", en: "{who} registered a learner" },
  "learner.update": {
    "fr-CA": "{who} a modifié l'inscription d'une personne apprenante",
    en: "{who} updated a learner's registration",
  },
  "learner.remove": { "fr-CA": "{who} a retiré une personne apprenante", en: "{who} removed a learner" },
  "supervision.threshold": {
    "fr-CA": "{who} a modifié le seuil d'observation",
    en: "{who} changed the observation threshold",
  },
};

/** A single value with its own wording; `set` and `cleared` apply when the value appears or disappears. */
interface Setting {
  changed: Localized;
  set?: Localized;
  cleared?: Localized;
  show: (value: unknown, locale: Locale) => string;
}

const profileName = (value: unknown, locale: Locale) =>
  typeof value === "string" && value in CHECKLIST_PROFILE_LABELS
    ? quote(CHECKLIST_PROFILE_LABELS[value as keyof typeof CHECKLIST_PROFILE_LABELS][locale], locale)
    : formatValue(value, locale);

const SETTINGS: Record<string, Setting> = {
  /** 003 §3 */
  "contingency.callbackDelayMinutes": {
    changed: {
      "fr-CA": "{who} a changé le délai avant de rappeler en cas de coupure : {before} → {after}",
      en: "{who} changed the wait before calling back after a dropped connection: {before} → {after}",
    },
    show: formatMinutes,
  },
  /** 004; 003 §3 */
  "contingency.defaultRegionCode": {
    changed: {
      "fr-CA": "{who} a changé la région proposée pour le lieu de la personne : {before} → {after}",
      en: "{who} changed the region suggested for where the person is: {before} → {after}",
    },
    set: {
      "fr-CA": "{who} a choisi la région proposée pour le lieu de la personne : {after}",
      en: "{who} chose the region suggested for where the person is: {after}",
    },
    cleared: {
      "fr-CA": "{who} a retiré la région proposée pour le lieu de la personne",
      en: "{who} removed the region suggested for where the person is",
    },
    show: (value, locale) =>
      typeof value === "string" && value in QUEBEC_REGIONS
        ? regionLabel(value as RegionCode)
        : formatValue(value, locale),
  },
  /** Free text: the trail keeps its size, not the text (auditMinimise.ts). */
  "contingency.bridgeText": {
    changed: {
      "fr-CA": "{who} a modifié les instructions pour joindre la rencontre par téléphone : {sizes}",
      en: "{who} changed the instructions to join by phone: {sizes}",
    },
    set: {
      "fr-CA": "{who} a ajouté des instructions pour joindre la rencontre par téléphone : {after}",
      en: "{who} added instructions to join by phone: {after}",
    },
    cleared: {
      "fr-CA": "{who} a effacé les instructions pour joindre la rencontre par téléphone",
      en: "{who} cleared the instructions to join by phone",
    },
    show: formatSize,
  },
  checklistProfile: {
    changed: {
      "fr-CA": "{who} a changé le profil des listes de vérification : {before} → {after}",
      en: "{who} changed the checklist profile: {before} → {after}",
    },
    show: profileName,
  },
  /** 003 §1.1, §8.8 */
  "reminderPolicy.deadline": {
    changed: {
      "fr-CA": "{who} a changé l'échéance de la note : {before} → {after} après la fin de la rencontre",
      en: "{who} changed the note deadline: {before} → {after} after the end of the encounter",
    },
    show: formatDuration,
  },
  /** 003 §11 */
  annualEvaluationDate: {
    changed: {
      "fr-CA":
        "{who} a changé la date de la dernière évaluation annuelle de la qualité des soins virtuels : {before} → {after}",
      en: "{who} changed the date of the last yearly evaluation of virtual care quality: {before} → {after}",
    },
    set: {
      "fr-CA": "{who} a inscrit la dernière évaluation annuelle de la qualité des soins virtuels, tenue le {after}",
      en: "{who} recorded the last yearly evaluation of virtual care quality, held on {after}",
    },
    cleared: {
      "fr-CA": "{who} a retiré la date de la dernière évaluation annuelle de la qualité des soins virtuels ({before})",
      en: "{who} removed the date of the last yearly evaluation of virtual care quality ({before})",
    },
    show: formatDate,
  },
  /** 003 §9.3 */
  "supervision.observationThreshold": {
    changed: {
      "fr-CA": "{who} a changé le seuil d'observation de l'équipe : {before} → {after} téléconsultations observées",
      en: "{who} changed the team's observation threshold: {before} → {after} observed teleconsultations",
    },
    show: formatValue,
  },
};

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (isTextSize(value) && value.chars === 0);

function describeSetting(setting: Setting, change: Change, n: Narrator): string {
  const { who, locale } = n;
  const template =
    (isEmpty(change.before) && setting.set) || (isEmpty(change.after) && setting.cleared) || setting.changed;
  const before = setting.show(change.before, locale);
  const after = setting.show(change.after, locale);
  const sizes = sizeChange(change.before, change.after, locale) ?? `${before} → ${after}`;
  return say(template, locale, { who, before, after, sizes });
}

/** 003 §1.1: reminders are a list of durations; positions shift, so what counts is which durations came and went. */
function describeOffsets(changes: Change[], n: Narrator): string {
  const { who, locale } = n;
  const known = (values: unknown[]) => values.filter((v) => !isEmpty(v) && !isOmitted(v));
  const { added, removed } = listDifference(known(changes.map((c) => c.before)), known(changes.map((c) => c.after)));
  const list = (values: unknown[]) => values.map((v) => formatDuration(v, locale)).join(", ");
  const details: string[] = [];
  if (added.length > 0) details.push(say(ENTRY_TEXT.offsetsAdded, locale, { list: list(added) }));
  if (removed.length > 0) details.push(say(ENTRY_TEXT.offsetsRemoved, locale, { list: list(removed) }));
  if (changes.some((c) => isOmitted(c.before) || isOmitted(c.after))) details.push(omittedText(locale));
  return details.length === 0
    ? say(ENTRY_TEXT.offsetsBare, locale, { who })
    : say(ENTRY_TEXT.offsets, locale, { who, details: details.join("; ") });
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Last resort: the section's name when known, the path otherwise; ids of people still go through nameOf. */
function describeUnknown(change: Change, n: Narrator): string {
  const { who, locale } = n;
  const show = (value: unknown): string => {
    if (typeof value === "string" && GUID.test(value)) return n.nameOf(value);
    if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string" && GUID.test(v)))
      return value.map((v: string) => n.nameOf(v)).join(", ");
    return formatValue(value, locale);
  };
  const values = { who, before: show(change.before), after: show(change.after) };
  const section = SECTION_LABELS[headOf(change.path)];
  if (section) return say(ENTRY_TEXT.sectionSetting, locale, { ...values, section: quote(section[locale], locale) });
  const path = change.path
    .split(".")
    .filter((part) => !GUID.test(part))
    .join(".");
  return say(ENTRY_TEXT.setting, locale, { ...values, path: quote(path, locale) });
}

const LEARNER_PATH = /^learners\.([^.]+)(?:\.(.*))?$/;

/** Which sentence a change belongs to: one per list, per learner, per designation, or per setting. */
function groupOf(path: string): string {
  const list = listOfPath(path, LIST_SUBJECTS);
  if (list) return `list:${list.list.prefix}`;
  if (path.startsWith(`${MATRIX_CELLS_PREFIX}.`)) return "cells";
  if (path.startsWith("reminderPolicy.offsets.")) return "offsets";
  const learner = LEARNER_PATH.exec(path);
  if (learner) return learner[2] === "designation" ? `designation:${learner[1]}` : `learner:${learner[1]}`;
  return `path:${path}`;
}

function relative(changes: Change[], prefix: string): ListChange[] {
  return changes.map((c) => ({
    rest: c.path === prefix ? "" : c.path.slice(prefix.length + 1),
    before: c.before,
    after: c.after,
  }));
}

function describeGroup(group: string, changes: Change[], n: Narrator): string[] {
  const [kind, ...restParts] = group.split(":");
  const key = restParts.join(":");
  const [first] = changes;
  if (!first) return [];
  const list = kind === "list" ? LIST_SUBJECTS.find((l) => l.prefix === key) : undefined;
  if (list) return describeList(list, relative(changes, key), n);
  if (kind === "cells") return describeMatrixCells(relative(changes, MATRIX_CELLS_PREFIX), n);
  if (kind === "offsets") return [describeOffsets(changes, n)];
  if (kind === "learner") return describeLearner(key, relative(changes, `learners.${key}`), n);
  if (kind === "designation") return [describeDesignation(key, first.before, first.after, n)];
  if (key === "…") return [say(ENTRY_TEXT.truncated, n.locale)];
  if (key === "pilots") return describePilots(first.before, first.after, n);
  if (key === "consent") return [describeConsent(first.after, n)];
  const setting = SETTINGS[key];
  return changes.map((c) => (setting ? describeSetting(setting, c, n) : describeUnknown(c, n)));
}

/**
 * The sentences describing one audit entry (usually one per change), in the given locale. Free text is read
 * as its size whatever the entry holds (auditMinimise.ts): a sentence never repeats what someone typed.
 */
export function describeAuditEntry(entry: AuditEntryLike, nameOf: (oid: string) => string, locale: Locale): string[] {
  const n: Narrator = { who: nameOf(entry.by), by: entry.by, action: entry.action, locale, nameOf };
  const groups = new Map<string, Change[]>();
  const changes = minimiseChanges(entry.changes);
  // Installing makes its author the first pilot: that sentence opens the entry, before the settings chosen.
  const ordered =
    entry.action === "config.install"
      ? [...changes].sort((a, b) => Number(b.path === "pilots") - Number(a.path === "pilots"))
      : changes;
  for (const change of ordered) {
    const group = groupOf(change.path);
    groups.set(group, [...(groups.get(group) ?? []), change]);
  }
  const sentences = [...groups].flatMap(([group, changes]) => describeGroup(group, changes, n));
  if (sentences.length > 0) return sentences;
  const fallback = ACTION_TEXT[entry.action];
  return [
    fallback
      ? say(fallback, locale, { who: n.who })
      : say(ENTRY_TEXT.unknownAction, locale, { who: n.who, action: entry.action }),
  ];
}
