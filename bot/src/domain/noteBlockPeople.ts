/**
 * The note block's lines about people (AH-253 style, seed 003 §1.1, §8.8; 001): the kind of identity document
 * checked (never its number, §1.3.5), the in-person offer and the person's answer (§1.3.7), who else took part
 * (caregivers §1.3.6, support staff §8.7, an interpreter §1.3.9, learners and their part §9 — by role, never by
 * name), and for a group the counts and the note owed for each intervention. Each line says only what
 * Balises recorded; what it did not record is said to be completed.
 */
import type { Locale } from "../i18n/locale.js";
import { format } from "../i18n/format.js";
import { counted, type NounForms } from "../i18n/plural.js";
import { citeSource } from "./citation.js";
import type { CompanionPresence, IdentityDocumentKind, InPersonAnswer } from "./consent.js";
import { LEARNER_ROLE_LABELS, type LearnerRole } from "./learners.js";
import type { Participation } from "./supervision.js";

/** "offered": offered, the person's answer recorded by an earlier version without it. */
export type NoteInPersonOffer = "notOffered" | "offered" | InPersonAnswer;

export interface NotePeopleFacts {
  /** Patients taking part (a group's count, or one), when consent recorded it. */
  participantCount?: number;
  /** From the consent recorded (absent: none recorded). */
  identityDocument?: IdentityDocumentKind;
  inPersonOffer?: NoteInPersonOffer;
  companions?: { caregivers: CompanionPresence; supportStaff: CompanionPresence; interpreter?: boolean };
  /** The learners' parts recorded on the encounter. */
  learners?: Array<{ role: LearnerRole; participation: Participation }>;
  /** A group session (more than one patient). */
  group?: { participants: number; consentsRecorded: number };
}

const T = {
  identity: { "fr-CA": "Identité de la personne", en: "Person's identity" },
  ramqCard: {
    "fr-CA": "vérifiée avec la carte d'assurance maladie du Québec",
    en: "checked with the Québec health insurance card",
  },
  otherId: { "fr-CA": "vérifiée avec une autre pièce d'identité", en: "checked with another piece of ID" },
  notChecked: {
    "fr-CA": "vérification non consignée dans Balises — à préciser",
    en: "check not recorded in Balises — to be completed",
  },
  inPerson: { "fr-CA": "Rendez-vous en personne", en: "In-person appointment" },
  notOffered: {
    "fr-CA": "non consigné comme offert dans Balises — à préciser",
    en: "not recorded as offered in Balises — to be completed",
  },
  offered: {
    "fr-CA": "offert; réponse de la personne non consignée dans Balises — à préciser",
    en: "offered; the person's answer not recorded in Balises — to be completed",
  },
  declined: { "fr-CA": "offert; la personne a choisi la télésanté", en: "offered; the person chose telehealth" },
  accepted: {
    "fr-CA": "offert; la personne a choisi d'être vue en personne (refus de la télésanté, {source})",
    en: "offered; the person chose to be seen in person (telehealth refused, {source})",
  },
  notRecorded: { "fr-CA": "non consigné dans Balises — à préciser", en: "not recorded in Balises — to be completed" },
  present: { "fr-CA": "Autres personnes présentes", en: "Others present" },
  caregivers: { "fr-CA": "proches aidants", en: "caregivers" },
  supportStaff: { "fr-CA": "personnel de soutien", en: "support staff" },
  presentWithConsent: { "fr-CA": " (avec le consentement de la personne)", en: " (with the person's consent)" },
  presentWithoutConsent: {
    "fr-CA": " (consentement de la personne non obtenu)",
    en: " (the person's consent not obtained)",
  },
  interpreter: { "fr-CA": "interprète", en: "interpreter" },
  learners: { "fr-CA": "apprenants : {parts}", en: "learners: {parts}" },
  nobodyElse: { "fr-CA": "aucune autre personne consignée dans Balises", en: "nobody else recorded in Balises" },
  othersNotRecorded: {
    "fr-CA": "autres présences non consignées dans Balises — à préciser",
    en: "anyone else not recorded in Balises — to be completed",
  },
  observed: { "fr-CA": "a observé", en: "observed" },
  wasObserved: { "fr-CA": "a mené la rencontre sous observation", en: "conducted the encounter under observation" },
  led: { "fr-CA": "a mené la rencontre", en: "led the encounter" },
  participants: { "fr-CA": "Participants (patients)", en: "Participants (patients)" },
  group: { "fr-CA": "Activité de groupe", en: "Group activity" },
  groupCounts: {
    "fr-CA": "{participants}, {consents}; une note au dossier est requise pour chacune des interventions ({source})",
    en: "{participants}, {consents}; a note in the record is required for each intervention ({source})",
  },
} satisfies Record<string, Record<Locale, string>>;

const PARTICIPANTS: NounForms = {
  "fr-CA": { one: "personne participante", other: "personnes participantes" },
  en: { one: "participant", other: "participants" },
};
const CONSENTS: NounForms = {
  "fr-CA": { one: "consentement consigné", other: "consentements consignés" },
  en: { one: "consent recorded", other: "consents recorded" },
};

const line = (label: string, text: string) => `${label} : ${text}`;

function offerText(offer: NoteInPersonOffer | undefined, locale: Locale): string {
  if (offer === undefined) return T.notRecorded[locale];
  if (offer === "accepted") return format(T.accepted[locale], { source: citeSource("003 §1.3.7", locale) });
  return T[offer][locale];
}

function companionItems(c: NonNullable<NotePeopleFacts["companions"]>, locale: Locale): string[] {
  const present = (who: "caregivers" | "supportStaff") =>
    c[who] === "none" ? [] : [T[who][locale] + T[c[who]][locale]];
  return [...present("caregivers"), ...present("supportStaff"), ...(c.interpreter ? [T.interpreter[locale]] : [])];
}

/** Learners by role and part, never by name (§9.3, §9.4). */
function learnerItem(learners: NonNullable<NotePeopleFacts["learners"]>, locale: Locale): string[] {
  if (learners.length === 0) return [];
  const role = (r: LearnerRole) => LEARNER_ROLE_LABELS[r][locale].toLowerCase();
  const parts = learners.map((l) => `${role(l.role)} (${T[l.participation][locale]})`).join(", ");
  return [format(T.learners[locale], { parts })];
}

function presentText(facts: NotePeopleFacts, locale: Locale): string {
  const learners = learnerItem(facts.learners ?? [], locale);
  if (!facts.companions) return [...learners, T.othersNotRecorded[locale]].join("; ");
  const items = [...companionItems(facts.companions, locale), ...learners];
  return items.length === 0 ? T.nobodyElse[locale] : items.join("; ");
}

/** 003 §1.1: every patient of a group consents; §8.8: a note in the record for each intervention. */
function participantsLine(facts: NotePeopleFacts, locale: Locale): string {
  const { group, participantCount } = facts;
  if (!group) return line(T.participants[locale], participantCount ? String(participantCount) : T.notRecorded[locale]);
  return line(
    T.group[locale],
    format(T.groupCounts[locale], {
      participants: counted(group.participants, PARTICIPANTS, locale),
      consents: counted(group.consentsRecorded, CONSENTS, locale),
      source: citeSource("003 §8.8", locale),
    }),
  );
}

/** The identity, in-person, participants and presence lines, in that order. */
export function peopleLines(facts: NotePeopleFacts, locale: Locale): string[] {
  const identity = facts.identityDocument ? T[facts.identityDocument][locale] : T.notRecorded[locale];
  return [
    line(T.identity[locale], identity),
    line(T.inPerson[locale], offerText(facts.inPersonOffer, locale)),
    participantsLine(facts, locale),
    line(T.present[locale], presentText(facts, locale)),
  ];
}
