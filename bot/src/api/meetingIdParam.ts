/**
 * The meeting of a tab API route: the Teams meeting id of the tab's context (`context.meeting.id`, the bot's
 * `channelData.meeting.id`: base64 of `0#19:meeting_…@thread.v2#0`).
 */
import type { Request } from "express";
import { ValidationError } from "../errors.js";
import type { Localized } from "../i18n/locale.js";

const MEETING_ID = /^[A-Za-z0-9+/=_-]{1,512}$/;
const BAD_MEETING: Localized = { "fr-CA": "Identifiant de réunion Teams invalide.", en: "Invalid Teams meeting id." };

export function meetingIdOf(req: Request): string {
  const id = String(req.params.meetingId ?? "");
  if (!MEETING_ID.test(id)) throw new ValidationError([{ path: "meetingId", message: BAD_MEETING }], BAD_MEETING);
  return id;
}
