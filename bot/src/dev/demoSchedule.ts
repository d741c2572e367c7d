/**
 * When the demo team's telehealth visits happened and what each one was like, before any rule is applied:
 * about a month of weekdays before `now` (five weeks, so that a vulnerable new patient's one-month in-person
 * follow-up, §2.3, can be past due), Québec business hours, 40 visits, plus one two hours before the seed
 * runs. Deterministic: a seeded PRNG and `now`, nothing else. Ids and codes only.
 */
import { DateTime } from "luxon";
import type { ClosedBy } from "../domain/encounter.js";
import { CLINIC_ZONE } from "../domain/followUp.js";
import type { Participation } from "../domain/supervision.js";
import type { DemoPersonaId } from "./demoTeam.js";
import { isoInstant } from "../domain/clock.js";
import type { RegionCode } from "../domain/quebecRegions.js";

export const DEMO_VISITS = 40;
export const DEMO_WINDOW_DAYS = 35;

export type DemoConsent = "verbal" | "written" | "emailReply" | "missing" | "withdrawn";
export type DemoPlan = "agreed" | "contactNotVerified" | "none";
export type DemoNote = { status: "due" } | { status: "filed" | "overdue"; at: string };

export interface DemoLearnerPart {
  who: "resident" | "etudiant";
  participation: Participation;
  atTrainingSite?: boolean;
}

export interface DemoVisit {
  index: number;
  chatId: string;
  organizer: DemoPersonaId;
  startedAt: string;
  endedAt: string;
  closedBy: ClosedBy;
  consent: DemoConsent;
  identity: "ramqCard" | "otherId";
  caregivers: boolean;
  informationSharing: boolean;
  plan: DemoPlan;
  phoneVerified: boolean;
  emailVerified: boolean;
  emergencyContact: boolean;
  incidents: Array<"connectionLost" | "switchedToPhone">;
  note: DemoNote;
  learner?: DemoLearnerPart;
  /** `offeredAt`: when the clinician recorded the in-person follow-up as offered, after the visit. */
  newPatient?: { vulnerable: boolean; offeredAt?: string };
  /** Where the person was, as the clinician confirmed it at the start (condition 4 needs it); absent: not confirmed. */
  location?: { regionCode: RegionCode; confidential: boolean };
}

/** mulberry32: a small seeded PRNG, so every seed of the same day gives the same visits. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SLOTS = ["08:30", "09:15", "10:00", "10:45", "11:30", "13:00", "13:45", "14:30", "15:15", "16:00"];
const ORGANIZERS: DemoPersonaId[] = [
  "clinicien",
  "superviseur",
  "pilote2",
  "clinicien",
  "superviseur",
  "pilote",
  "clinicien",
  "superviseur",
  "pilote2",
  "superviseur",
];
/** The supervisor's visits in order: the student observes three, then is observed (§9.3); the resident leads (§9.4). */
const SUPERVISED: Array<DemoLearnerPart | undefined> = [
  { who: "etudiant", participation: "observed", atTrainingSite: true },
  { who: "resident", participation: "led" },
  { who: "etudiant", participation: "observed", atTrainingSite: true },
  undefined,
  { who: "resident", participation: "led" },
  { who: "etudiant", participation: "observed", atTrainingSite: true },
  { who: "resident", participation: "led" },
  { who: "etudiant", participation: "wasObserved", atTrainingSite: true },
  { who: "resident", participation: "led" },
  { who: "etudiant", participation: "wasObserved", atTrainingSite: false },
  { who: "resident", participation: "led" },
];
const MISSING_CONSENT = new Set([9, 26]);
const WITHDRAWN_CONSENT = 17;
const CONNECTION_LOST = new Set([5, 21, 33]);
const SWITCHED_TO_PHONE = new Set([12, 21]);
/** Both Dre Camille Roy's (the clinician persona): « Mes rencontres » shows her overdue notes. */
const NOTE_OVERDUE = new Set([6, 23]);
const NOTE_LATE = new Set([3, 15, 28, 34]);
/** Visits whose location was never confirmed: condition 4 stays "to confirm" (the rest are in the team's region). */
const LOCATION_UNCONFIRMED = new Set([9, 14, 26]);
/** A person who joined from the neighbouring region; one who could not speak in private where they were. */
const CENTRE_DU_QUEBEC = new Set([4, 19, 30]);
const NOT_CONFIDENTIAL = 27;
const NEW_PATIENTS = new Map([
  [0, true],
  [1, true],
  [13, false],
  [24, true],
  [35, false],
]);
/** The new patients whose follow-up the clinician recorded as offered (§2.3): one, so the tab shows both states. */
const FOLLOW_UPS_OFFERED = new Set([13]);

/** Two days after the visit, or an hour ago for a recent one: never in the future. */
function offeredAt(i: number, end: DateTime, now: DateTime): { offeredAt?: string } {
  if (!FOLLOW_UPS_OFFERED.has(i)) return {};
  const twoDaysLater = end.plus({ days: 2 });
  return { offeredAt: isoInstant(twoDaysLater < now ? twoDaysLater : now.minus({ hours: 1 })) };
}

/** A Teams meeting chat id (`19:meeting_<base64 of a GUID>@thread.v2`) drawn from the PRNG. */
function meetingChatId(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join("");
  const guid = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  return `19:meeting_${Buffer.from(guid, "utf8").toString("base64")}@thread.v2`;
}

/** `count` distinct slots of one day, drawn with the PRNG, in time order. */
function slotsOfDay(count: number, random: () => number): string[] {
  const drawn = SLOTS.map((slot) => ({ slot, key: random() })).sort((a, b) => a.key - b.key);
  return drawn
    .slice(0, count)
    .map((d) => d.slot)
    .sort();
}

/** Start times (Québec) of the past visits: DEMO_VISITS spread over the window's weekdays, oldest first. */
function pastStarts(now: DateTime, random: () => number): DateTime[] {
  const days: DateTime[] = [];
  for (let d = DEMO_WINDOW_DAYS - 1; d >= 1; d--) {
    const day = now.minus({ days: d }).startOf("day");
    if (day.weekday <= 5) days.push(day);
  }
  // Visit i falls on day ⌊i · days / visits⌋: the visits spread evenly over the weekdays.
  const countOn = (n: number) =>
    Array.from({ length: DEMO_VISITS }, (_, i) => Math.floor((i * days.length) / DEMO_VISITS)).filter((d) => d === n)
      .length;
  return days.flatMap((day, n) =>
    slotsOfDay(countOn(n), random).map((slot) =>
      day.set({ hour: Number(slot.slice(0, 2)), minute: Number(slot.slice(3)) }),
    ),
  );
}

function secondWeekdayAfter(day: DateTime): DateTime {
  let next = day;
  for (let weekdays = 0; weekdays < 2;) {
    next = next.plus({ days: 1 });
    if (next.weekday <= 5) weekdays++;
  }
  return next;
}

/**
 * Filed on time, late, left overdue, or still due when its 24 h (§1.1, §8.8) are not over. Dre Camille Roy
 * files her last day's notes later: « Mes rencontres » shows her open notes.
 */
function noteOf(
  visit: { index: number; organizer: DemoPersonaId },
  end: DateTime,
  now: DateTime,
  random: () => number,
): DemoNote {
  const { index } = visit;
  const deadline = end.plus({ hours: 24 });
  if (deadline > now) {
    const quick = end.plus({ minutes: 45 });
    const filesQuickly = index % 2 === 0 && visit.organizer !== "clinicien" && quick <= now;
    return filesQuickly ? { status: "filed", at: isoInstant(quick) } : { status: "due" };
  }
  if (NOTE_OVERDUE.has(index)) return { status: "overdue", at: isoInstant(deadline) };
  // On time: the same day, by 18 h 45 at the latest; late: the second weekday after, during office hours.
  const filed = NOTE_LATE.has(index)
    ? secondWeekdayAfter(end).set({ hour: 8 + Math.floor(random() * 8), minute: Math.floor(random() * 60) })
    : DateTime.min(end.plus({ minutes: 10 + Math.floor(random() * 200) }), end.set({ hour: 18, minute: 45 }));
  return filed <= now ? { status: "filed", at: isoInstant(filed) } : { status: "due" };
}

function consentOf(i: number): DemoConsent {
  if (MISSING_CONSENT.has(i)) return "missing";
  if (i === WITHDRAWN_CONSENT) return "withdrawn";
  if (i === 22) return "emailReply";
  return i % 7 === 3 ? "written" : "verbal";
}

function visitAt(
  i: number,
  start: DateTime,
  now: DateTime,
  random: () => number,
  learner: DemoLearnerPart | undefined,
): DemoVisit {
  const consent = consentOf(i);
  const minutes = consent === "withdrawn" ? 15 : 20 + Math.floor(random() * 35);
  const end = start.plus({ minutes });
  const newPatient = NEW_PATIENTS.get(i);
  const organizer = ORGANIZERS[i % ORGANIZERS.length] ?? "clinicien";
  return {
    index: i,
    chatId: meetingChatId(random),
    organizer,
    startedAt: isoInstant(start),
    endedAt: isoInstant(end),
    closedBy: consent === "withdrawn" || i % 6 === 4 ? "clinician" : "meetingEnd",
    consent,
    identity: i % 9 === 4 ? "otherId" : "ramqCard",
    caregivers: i % 8 === 5,
    informationSharing: i % 5 === 0,
    plan: consent === "missing" ? "none" : i === 31 ? "contactNotVerified" : "agreed",
    phoneVerified: i !== 31,
    emailVerified: i % 3 === 0,
    emergencyContact: i % 4 !== 1,
    incidents: [
      ...(CONNECTION_LOST.has(i) ? ["connectionLost" as const] : []),
      ...(SWITCHED_TO_PHONE.has(i) ? ["switchedToPhone" as const] : []),
    ],
    note: noteOf({ index: i, organizer }, end, now, random),
    ...(learner ? { learner } : {}),
    ...(newPatient !== undefined ? { newPatient: { vulnerable: newPatient, ...offeredAt(i, end, now) } } : {}),
    ...(LOCATION_UNCONFIRMED.has(i)
      ? {}
      : { location: { regionCode: CENTRE_DU_QUEBEC.has(i) ? "17" : "04", confidential: i !== NOT_CONFIDENTIAL } }),
  };
}

/** The visits of the demo team up to `now`, oldest first. */
export function demoSchedule(nowDate: Date, seed = 20_250_926): DemoVisit[] {
  const now = DateTime.fromJSDate(nowDate, { zone: CLINIC_ZONE });
  const random = seededRandom(seed);
  const starts = pastStarts(now, random);
  // Dre Camille Roy's last visit, two hours before the seed whatever the hour: its note is still open (§1.1).
  starts.push(now.minus({ hours: 2 }).startOf("minute"));
  let supervised = 0;
  return starts.map((start, i) => {
    const learner = ORGANIZERS[i % ORGANIZERS.length] === "superviseur" ? SUPERVISED[supervised++] : undefined;
    return visitAt(i, start, now, random, learner);
  });
}
