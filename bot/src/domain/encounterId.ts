/** An encounter's id: its meeting and the occurrence's start, safe as a table key and in a URL. */

function base64url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url");
}

/**
 * A recurring meeting keeps one meeting id across its occurrences, and a standing meeting link may be
 * reused for successive patients: the occurrence is the meeting id plus the start time Teams reports
 * (to the millisecond). The same meetingStart delivered twice gives the same id.
 */
export function encounterIdFor(meetingId: string, startedAt: string): string {
  const ms = Date.parse(startedAt);
  if (Number.isNaN(ms)) throw new RangeError(`invalid start time: ${startedAt}`);
  return `${base64url(meetingId)}.${ms}`;
}

export const ENCOUNTER_ID_PATTERN = /^[A-Za-z0-9_-]{1,512}\.[0-9]{1,15}$/;

export function parseEncounterId(id: string): { meetingId: string; startedAtMs: number } | undefined {
  if (!ENCOUNTER_ID_PATTERN.test(id)) return undefined;
  const dot = id.lastIndexOf(".");
  const meetingId = Buffer.from(id.slice(0, dot), "base64url").toString("utf8");
  return meetingId ? { meetingId, startedAtMs: Number(id.slice(dot + 1)) } : undefined;
}
