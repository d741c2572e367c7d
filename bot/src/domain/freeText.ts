/**
 * What free text a person may type in the tab (DESIGN, "Privacy by construction": no patient identifier is
 * stored — no name, RAMQ number, birth date, phone, e-mail or clinical free text). Every field typed in the tab
 * names a service, a site or how to reach it (seed 003 §3, §4, §1.3.9, §2.3, §9.3), so each has a purpose and
 * a rule (freeTextFields.ts): short; on one line unless it holds instructions; a phone field holds one phone
 * number; an e-mail address only where a service's address is expected; and nowhere something that looks like
 * a health-card (RAMQ) or social insurance number. Pure: the checks here, their bilingual messages, and the
 * zod schema the domain's and the contract's schemas build from them.
 */
import { z } from "zod";
import type { Localized } from "../i18n/locale.js";

export interface FreeTextRule {
  /** At most this many characters (code points), like zod's `max`. */
  max: number;
  /** Whether the field may be left empty. */
  required: boolean;
  /** Line breaks allowed (instructions, conditions); every other field is one line. */
  multiline: boolean;
  /** A service's e-mail address is expected (contact fields only). */
  email: boolean;
  /** The whole value is one North American phone number. */
  phone: boolean;
}

export type FreeTextProblem =
  "controlCharacter" | "lineBreak" | "healthCardNumber" | "socialInsuranceNumber" | "email" | "notAPhoneNumber";

const NO_PATIENT = "Balises ne conserve aucun renseignement permettant d'identifier un patient.";
const NO_PATIENT_EN = "Balises stores no information that identifies a patient.";

export const FREE_TEXT_MESSAGES: Record<FreeTextProblem, Localized> = {
  controlCharacter: { "fr-CA": "Caractères de contrôle interdits.", en: "Control characters are not allowed." },
  lineBreak: { "fr-CA": "Une seule ligne : retirez les sauts de ligne.", en: "One line only: remove the line breaks." },
  healthCardNumber: {
    "fr-CA": `Ce texte ressemble à un numéro d'assurance maladie (RAMQ : 4 lettres et 8 chiffres). ${NO_PATIENT}`,
    en: `This text looks like a health insurance (RAMQ) number (4 letters and 8 digits). ${NO_PATIENT_EN}`,
  },
  socialInsuranceNumber: {
    "fr-CA": `Ce texte ressemble à un numéro d'assurance sociale (9 chiffres). ${NO_PATIENT}`,
    en: `This text looks like a social insurance number (9 digits). ${NO_PATIENT_EN}`,
  },
  email: {
    "fr-CA": `Pas d'adresse courriel dans ce champ (seulement dans les coordonnées d'un service). ${NO_PATIENT}`,
    en: `No e-mail address in this field (only in a service's contact details). ${NO_PATIENT_EN}`,
  },
  notAPhoneNumber: {
    "fr-CA":
      "Numéro de téléphone nord-américain attendu, indicatif régional compris : par exemple 819 555-0199, 1 866 APPELLE, 514 555-0100 poste 1234, ou 811, 911, 988.",
    en: "Expected a North American phone number with its area code: e.g. 819 555-0199, 1 866 APPELLE, 514 555-0100 ext. 1234, or 811, 911, 988.",
  },
};

const LINE_BREAK = /[\n\r\u2028\u2029]/u;
// Tabs, line feeds and carriage returns may appear in multi-line text; every other control character is refused.
const CONTROL_IN_LINES = /[^\P{Cc}\t\n\r]/u;
const CONTROL_IN_ONE_LINE = /\p{Cc}/u;

/** Letters without their accents, so « Éric » and « Eric » read the same to the patterns below. */
function plain(text: string): string {
  return text.normalize("NFD").replace(/\p{Mn}/gu, "");
}

/**
 * A Québec health insurance number (NAM on the RAMQ card): 4 letters then 8 digits, written with or without
 * spaces (« TREM 8501 1512 », « TREM85011512 »), not inside a longer word or number, nor a conference id (…#).
 */
const HEALTH_CARD = /(?<![\p{L}\p{N}])\p{L}{4}(?:[ .-]?\d){8}(?![\p{N}#]|[ .-]\d)/u;

export function looksLikeHealthCardNumber(text: string): boolean {
  return HEALTH_CARD.test(plain(text));
}

/** A social insurance number: 9 digits (3-3-3, one kind of separator or none) that pass its Luhn check. */
const NINE_DIGITS = /(?<!\d[ .-]?)(\d{3})([ .-]?)(\d{3})\2(\d{3})(?![\d#]|[ .-]\d)/gu;

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const n = Number(digits.charAt(i)) * (i % 2 === 1 ? 2 : 1);
    sum += n > 9 ? n - 9 : n;
  }
  return sum % 10 === 0;
}

export function looksLikeSocialInsuranceNumber(text: string): boolean {
  return [...text.matchAll(NINE_DIGITS)].some((m) => luhn(`${m[1] ?? ""}${m[3] ?? ""}${m[4] ?? ""}`));
}

/** name@domain.tld, also written with spaces around the @. */
const EMAIL = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}])/u;

export function containsEmailAddress(text: string): boolean {
  return EMAIL.test(text);
}

/** « poste 1234 », « p. 12 », « ext. 12 », « x12 », « #12 », « option 2 » after a number. */
const EXTENSION_MARKER = String.raw`(?:poste|p\.|ext\.?|extension|x|#|option|opt\.?)`;
const EXTENSION = String.raw`(?:\s*[,;]?\s*${EXTENSION_MARKER}\s*\d{1,6})?`;
/** Before an extension, or a part in brackets (« (1 866 277-3553) »; not an area code « (819) »). */
const PHONE_BREAK = new RegExp(String.raw`\s+(?=${EXTENSION_MARKER}\s*\d|\((?!\d{3}\)))`, "i");

/**
 * A phone number as written, in the parts that must each stay on one line: a number cut mid-way (« 819 555- » /
 * « 0199 ») cannot be dialled from a glance, so it may break only before its extension or a part in brackets.
 */
export function phoneNumberParts(text: string): string[] {
  return text.trim().split(PHONE_BREAK);
}
/** NANP: +1 or 1, area code (parentheses allowed), exchange and line, or letters (« 1 866 APPELLE »). */
const NANP_NUMBER = new RegExp(
  String.raw`^(?:\+?1[\s.-]?)?(?:\([2-9]\d{2}\)|[2-9]\d{2})[\s.-]?(?<subscriber>[2-9]\d{2}[\s.-]?\d{4}|[2-9A-Z][0-9A-Z]{2}[\s.-]?[0-9A-Z]{4})${EXTENSION}$`,
  "i",
);
/**
 * Letters spell a word at the end of a number (« 555-TAXI », « APPELLE »); a digit after a letter is a typo for a
 * digit (« 555-O199 »: the letter O for a zero), which nobody could dial.
 */
const DIGIT_AFTER_LETTER = /[A-Z].*\d/i;
/** 811 (Info-Santé, Info-Social), 911, the other N11 codes, and 988 (suicide crisis line). */
const SHORT_CODE = new RegExp(String.raw`^(?:[2-9]11|988)${EXTENSION}$`, "i");

export function isPhoneNumber(text: string): boolean {
  const value = text.trim();
  const subscriber = NANP_NUMBER.exec(value)?.groups?.subscriber;
  return (subscriber !== undefined && !DIGIT_AFTER_LETTER.test(subscriber)) || SHORT_CODE.test(value);
}

/** The first thing wrong with a value for its purpose, most serious first; length is zod's `max`. */
export function freeTextProblem(value: string, rule: FreeTextRule): FreeTextProblem | undefined {
  if (!rule.multiline && LINE_BREAK.test(value)) return "lineBreak";
  if ((rule.multiline ? CONTROL_IN_LINES : CONTROL_IN_ONE_LINE).test(value)) return "controlCharacter";
  if (looksLikeHealthCardNumber(value)) return "healthCardNumber";
  if (looksLikeSocialInsuranceNumber(value)) return "socialInsuranceNumber";
  // A phone field refuses anything but a number: an e-mail address there is told what the field expects.
  if (rule.phone && value !== "" && !isPhoneNumber(value)) return "notAPhoneNumber";
  if (!rule.email && containsEmailAddress(value)) return "email";
  return undefined;
}

/** How long a text is, as zod's `max` counts and the audit trail keeps it: characters (code points), not UTF-16 units. */
export function textSize(text: string): number {
  return Array.from(text).length;
}

/** The field's zod schema: length bounds, then its purpose; a problem is reported with its bilingual message. */
export function freeTextSchema(rule: FreeTextRule) {
  return z
    .string()
    .min(rule.required ? 1 : 0)
    .max(rule.max)
    .superRefine((value, ctx) => {
      const problem = freeTextProblem(value, rule);
      if (problem) {
        const message = FREE_TEXT_MESSAGES[problem];
        ctx.addIssue({ code: "custom", message: message.en, params: { message } });
      }
    });
}
