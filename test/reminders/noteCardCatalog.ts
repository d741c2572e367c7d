/** Every state of the note-obligation card, for test/cards (validated in fr-CA and en by the official renderer). */
import type { Locale } from "../../bot/src/i18n/locale.js";
import type { AdaptiveCard } from "../../bot/src/cards/renderCard.js";
import {
  buildNoteObligationCard,
  type NoteObligationCardInput,
} from "../../bot/src/cards/noteObligation/noteObligationCard.js";
import { progressNoteBlock, type ProgressNoteFacts } from "../../bot/src/domain/noteObligationBlock.js";
import { inPersonFollowUpDue } from "../../bot/src/domain/followUp.js";

const FACTS: ProgressNoteFacts = {
  startedAt: "2026-11-23T19:00:00.000Z",
  endedAt: "2026-11-23T19:45:00.000Z",
  modality: "phone",
  switchedToPhoneAt: "2026-11-23T19:20:00.000Z",
  consent: {
    kind: "recorded",
    method: "verbal",
    scope: { session: true, recording: false, informationSharing: true },
    substitute: false,
    complete: true,
  },
  participantCount: 1,
  identityDocument: "ramqCard",
  inPersonOffer: "declined",
  companions: { caregivers: "presentWithConsent", supportStaff: "none", interpreter: true },
  learners: [{ role: "resident", participation: "wasObserved" }],
  planAgreed: true,
  connectionLostCount: 1,
  location: { regionCode: "04", confidential: true },
  emergencyContactConfirmed: true,
  crisesAt: ["2026-11-23T19:25:00.000Z"],
  inPersonFollowUp: inPersonFollowUpDue("2026-11-23", false),
};

function card(locale: Locale, extra: Partial<NoteObligationCardInput>): AdaptiveCard {
  return buildNoteObligationCard({
    locale,
    state: "open",
    encounterId: "bWVldGluZw.1795460400000",
    endedAt: FACTS.endedAt,
    deadline: "2026-11-24T19:45:00.000Z",
    block: progressNoteBlock(FACTS, locale),
    now: "2026-11-23T19:46:00.000Z",
    ...extra,
  });
}

/** 003 §1.1, §8.8: a group session, one consent short, with learners. */
const GROUP: ProgressNoteFacts = {
  ...FACTS,
  participantCount: 8,
  group: { participants: 8, consentsRecorded: 7 },
  learners: [
    { role: "medicalStudent", participation: "observed" },
    { role: "fellow", participation: "led" },
  ],
};

export const NOTE_CARD_CATALOG: Array<{ name: string; build: (locale: Locale) => AdaptiveCard }> = [
  { name: "note obligation, open", build: (locale) => card(locale, {}) },
  {
    name: "note obligation, open, group activity with learners",
    build: (locale) => card(locale, { block: progressNoteBlock(GROUP, locale) }),
  },
  {
    name: "note obligation, open, closed at the meeting's scheduled end",
    build: (locale) => card(locale, { closedBy: "scheduler", block: progressNoteBlock(FACTS, locale, "scheduler") }),
  },
  {
    name: "note obligation, reminder",
    build: (locale) => card(locale, { state: "reminder", now: "2026-11-24T15:45:00.000Z" }),
  },
  {
    name: "note obligation, remind me later",
    build: (locale) => card(locale, { state: "reminder", snoozedUntil: "2026-11-23T20:46:00.000Z" }),
  },
  {
    name: "note obligation, overdue past a local 4-hour deadline",
    build: (locale) =>
      card(locale, { state: "overdue", deadline: "2026-11-23T23:45:00.000Z", now: "2026-11-24T00:00:00.000Z" }),
  },
  {
    name: "note obligation, overdue",
    build: (locale) => card(locale, { state: "overdue", now: "2026-11-24T19:46:00.000Z" }),
  },
  {
    name: "note obligation, filed on time",
    build: (locale) => card(locale, { state: "filed", filedAt: "2026-11-23T21:00:00.000Z", filedOnTime: true }),
  },
  {
    name: "note obligation, filed late",
    build: (locale) => card(locale, { state: "filed", filedAt: "2026-11-25T09:00:00.000Z", filedOnTime: false }),
  },
];
