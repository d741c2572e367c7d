/** Reminder offsets and the note deadline are ISO-8601 durations (PT2H, PT90M); people think in hours. */
import { Duration } from "luxon";

/** The draft keeps what people type (hours); saving turns it into ISO durations. */
export interface HoursPolicy {
  offsets: string[];
  deadline: string;
}

export function isoToHours(iso: string): string {
  const duration = Duration.fromISO(iso);
  if (!duration.isValid) return "";
  return String(Math.round(duration.as("hours") * 100) / 100);
}

export function hoursToIso(hours: string): string {
  const value = Number(hours.replace(",", "."));
  if (!Number.isFinite(value) || hours.trim() === "") return hours;
  const minutes = Math.round(value * 60);
  return minutes % 60 === 0 ? `PT${minutes / 60}H` : `PT${minutes}M`;
}
