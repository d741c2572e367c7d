/** Reminder offsets and the note deadline are ISO-8601 durations (PT2H, PT90M); people think in hours. */
import { Duration } from "luxon";
import type { Locale } from "@shared/i18n/locale.js";

/** The draft keeps what people type (hours); saving turns it into ISO durations. */
export interface HoursPolicy {
  offsets: string[];
  deadline: string;
}

/** Hours as people type them: "2", "1,5" (the French decimal comma) or "1.5"; undefined when not a number. */
export function parseHours(text: string): number | undefined {
  const t = text.trim().replace(",", ".");
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

/** "1,5" in French, "1.5" in English. */
export function isoToHours(iso: string, locale: Locale): string {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid) return "";
  const hours = String(Math.round(duration.as("hours") * 100) / 100);
  return locale === "fr-CA" ? hours.replace(".", ",") : hours;
}

/** What is not a number of hours is sent as typed: the service refuses it at its field. */
export function hoursToIso(hours: string): string {
  const value = parseHours(hours);
  if (value === undefined) return hours;
  const minutes = Math.round(value * 60);
  return minutes % 60 === 0 ? `PT${minutes / 60}H` : `PT${minutes}M`;
}
