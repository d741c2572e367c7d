/**
 * Every free-text field the tab can write, with its purpose and its rule (freeText.ts). The team
 * configuration (teamConfigSchema.ts) and the learners (learners.ts) build their schemas from these; the
 * tab bounds its inputs with the same numbers; the audit trail keeps only the size of these fields
 * (auditMinimise.ts). `path` names the field as the audit trail does (`#` a position, `*` a learner's id).
 */
import type { FreeTextRule } from "./freeText.js";

export interface FreeTextField extends FreeTextRule {
  path: string;
}

const NAME = { max: 120, required: true, multiline: false, email: false, phone: false } as const;
const LINE = { max: 200, required: false, multiline: false, email: false, phone: false } as const;
/** How to reach a service: a phone number, an extension, a service's e-mail address. */
const CONTACT = { max: 200, required: true, multiline: false, email: true, phone: false } as const;

export const FREE_TEXT_FIELDS = {
  /** 003 §4: the in-person referral corridor, a service named as the team knows it. */
  corridorName: { ...NAME, path: "corridors.#.name" },
  corridorContact: { ...CONTACT, path: "corridors.#.contact" },
  corridorAddress: { ...LINE, path: "corridors.#.address" },
  corridorHours: { ...LINE, path: "corridors.#.hours" },
  corridorConditions: { ...LINE, max: 500, multiline: true, path: "corridors.#.conditions" },
  corridorWhoMayRefer: { ...LINE, path: "corridors.#.whoMayRefer" },
  /** 003 §3: how to join by phone (the Teams dial-in bridge): numbers and a conference id, several lines. */
  bridgeText: { ...LINE, max: 500, multiline: true, path: "contingency.bridgeText" },
  /** 003 §3: crisis resources, public services with one phone number each. */
  crisisRegion: { ...NAME, max: 80, path: "contingency.crisisResources.#.region" },
  crisisName: { ...NAME, path: "contingency.crisisResources.#.name" },
  crisisPhone: { ...NAME, max: 40, phone: true, path: "contingency.crisisResources.#.phone" },
  crisisNotes: { ...LINE, max: 300, path: "contingency.crisisResources.#.notes" },
  /** 003 §1.3.9: interpreter services. */
  interpreterName: { ...NAME, path: "interpreters.#.name" },
  interpreterContact: { ...CONTACT, path: "interpreters.#.contact" },
  interpreterLanguages: { ...LINE, path: "interpreters.#.languages" },
  /** 003 §2.3: situations a team adds to the matrix, in both languages. */
  situationLabelFr: { ...NAME, path: "matrix.localSituations.#.label.fr-CA" },
  situationLabelEn: { ...NAME, path: "matrix.localSituations.#.label.en" },
  situationNoteFr: { ...NAME, max: 300, path: "matrix.localSituations.#.note.fr-CA" },
  situationNoteEn: { ...NAME, max: 300, path: "matrix.localSituations.#.note.en" },
  /** 003 §9.3: the name of the learner's training site, never a patient's. */
  trainingSite: { ...NAME, path: "learners.*.trainingSite" },
} as const satisfies Record<string, FreeTextField>;

export type FreeTextFieldName = keyof typeof FREE_TEXT_FIELDS;
