/**
 * The shape of a team configuration, twice: as a stored row may hold it (every version's bounds, so a rule
 * tightened later never makes a team's configuration unreadable) and as a write must hold it, each free-text
 * field checked for its purpose (freeTextFields.ts: short, one line or several, a phone number where one is
 * expected, an e-mail address only in contact details, nothing like a patient identifier — DESIGN, privacy).
 * Azure Tables keeps each string column under 64 KiB, so every list and string is bounded. Pure.
 */
import { z } from "zod";
import { DateTime } from "luxon";
import { REGION_CODES } from "./quebecRegions.js";
import { MODALITIES } from "./modality.js";
import { CHECKLIST_PROFILES, CORRIDOR_KINDS } from "./teamConfig.js";
import { freeTextSchema } from "./freeText.js";
import { FREE_TEXT_FIELDS, type FreeTextFieldName } from "./freeTextFields.js";

/** Lists, ids and the bounds a stored row may hold; writes bound each free-text field tighter (freeTextFields.ts). */
export const LIMITS = {
  corridors: 50,
  crisisResources: 30,
  interpreters: 30,
  localSituations: 30,
  cells: 150,
  offsets: 10,
  id: 64,
  name: 200,
  text: 500,
  phone: 50,
  bridgeText: 1000,
  maxDeadline: "PT24H",
} as const;

// Tabs, line feeds and carriage returns are allowed in free text; every other control character is not.
const NO_CONTROL_CHARS = /^(?:\P{Cc}|[\t\n\r])*$/u;
const noControl = {
  params: { message: { "fr-CA": "Caractères de contrôle interdits.", en: "Control characters are not allowed." } },
};

const plain = (max: number) =>
  z
    .string()
    .max(max)
    .refine((v) => NO_CONTROL_CHARS.test(v), noControl);
const str = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((v) => NO_CONTROL_CHARS.test(v), noControl);

/** A free-text field's schema: `stored` reads what older versions let through; `written` checks its purpose. */
type TextOf = (field: FreeTextFieldName) => z.ZodString;

/** The bounds every version accepted: a stored configuration stays readable when a rule tightens. */
const STORED_MAX: Record<FreeTextFieldName, number> = {
  corridorName: LIMITS.name,
  corridorContact: LIMITS.text,
  corridorAddress: LIMITS.text,
  corridorHours: LIMITS.text,
  corridorConditions: LIMITS.text,
  corridorWhoMayRefer: LIMITS.text,
  bridgeText: LIMITS.bridgeText,
  crisisRegion: LIMITS.name,
  crisisName: LIMITS.name,
  crisisPhone: LIMITS.phone,
  crisisNotes: LIMITS.text,
  interpreterName: LIMITS.name,
  interpreterContact: LIMITS.text,
  interpreterLanguages: LIMITS.text,
  situationLabelFr: LIMITS.text,
  situationLabelEn: LIMITS.text,
  situationNoteFr: LIMITS.text,
  situationNoteEn: LIMITS.text,
  trainingSite: LIMITS.name,
};
const stored: TextOf = (field) =>
  FREE_TEXT_FIELDS[field].required ? str(STORED_MAX[field]) : plain(STORED_MAX[field]);

/** Each field for its purpose (freeTextFields.ts): short, one line, a phone number, no patient identifier. */
const written: TextOf = (field) => freeTextSchema(FREE_TEXT_FIELDS[field]);

const id = z.string().refine((v) => /^[A-Za-z0-9_-]{1,64}$/.test(v), {
  params: {
    message: {
      "fr-CA": "Identifiant : 1 à 64 lettres, chiffres, « - » ou « _ ».",
      en: "Id: 1 to 64 letters, digits, '-' or '_'.",
    },
  },
});
const rating = z.enum(["+", "++", "+++"]).nullable();
const ratings = z.strictObject({ phone: rating, video: rating, inPerson: rating });
const isoDate = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && DateTime.fromISO(v).isValid, {
  params: {
    message: { "fr-CA": "Date AAAA-MM-JJ attendue, ou aucune date.", en: "Expected a YYYY-MM-DD date, or no date." },
  },
});

/** 003 §2.3: the team's adjustments and local situations (label and note in both languages). */
function matrixShape(text: TextOf) {
  return z.strictObject({
    cells: z.array(z.strictObject({ situationId: id, modality: z.enum(MODALITIES), rating })).max(LIMITS.cells),
    localSituations: z
      .array(
        z.strictObject({
          id,
          label: z.strictObject({ "fr-CA": text("situationLabelFr"), en: text("situationLabelEn") }),
          ratings,
          note: z.strictObject({ "fr-CA": text("situationNoteFr"), en: text("situationNoteEn") }).optional(),
        }),
      )
      .max(LIMITS.localSituations),
  });
}

/** 003 §4 */
function corridorShape(text: TextOf) {
  return z.strictObject({
    id,
    name: text("corridorName"),
    kind: z.enum(CORRIDOR_KINDS),
    contact: text("corridorContact"),
    address: text("corridorAddress").optional(),
    hours: text("corridorHours").optional(),
    conditions: text("corridorConditions").optional(),
    whoMayRefer: text("corridorWhoMayRefer").optional(),
  });
}

function shapeWith(text: TextOf) {
  return z.strictObject({
    matrix: matrixShape(text),
    corridors: z.array(corridorShape(text)).max(LIMITS.corridors),
    contingency: z.strictObject({
      callbackDelayMinutes: z.number().int().min(1).max(60),
      bridgeText: text("bridgeText"),
      crisisResources: z
        .array(
          z.strictObject({
            id,
            region: text("crisisRegion"),
            name: text("crisisName"),
            phone: text("crisisPhone"),
            notes: text("crisisNotes").optional(),
          }),
        )
        .max(LIMITS.crisisResources),
      defaultRegionCode: z.enum(REGION_CODES).optional(),
    }),
    interpreters: z
      .array(
        z.strictObject({
          id,
          name: text("interpreterName"),
          contact: text("interpreterContact"),
          languages: text("interpreterLanguages").optional(),
        }),
      )
      .max(LIMITS.interpreters),
    checklistProfile: z.enum(CHECKLIST_PROFILES),
    reminderPolicy: z.strictObject({
      offsets: z.array(z.string().max(40)).max(LIMITS.offsets),
      deadline: z.string().max(40),
    }),
    annualEvaluationDate: isoDate.nullable(),
  });
}

/** Shape and the bounds of every version: what a stored row must hold to be read. */
export const teamConfigurationShape = shapeWith(stored);
/** Shape with each free-text field checked for its purpose: what a write must hold. */
export const writtenShape = shapeWith(written);
