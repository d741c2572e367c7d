/**
 * What Teams says about a meeting and a participant. Both calls need the meeting RSC permissions and may
 * fail (some tenants, anonymous users): a failure means "unknown", never a crash. Roles are asked every
 * time (never cached): a co-organiser can be promoted or demoted during the meeting.
 */
import { TeamsInfo, type TurnContext } from "botbuilder";
import type { BotPorts } from "../turn/botPorts.js";

export interface MeetingFacts {
  organizerId?: string;
  /** Teams user id (29:…) of the organiser, for refresh.userIds. */
  organizerUserId?: string;
  scheduledEnd?: string;
}

function isoOrUndefined(value: unknown): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const date = new Date(value as string);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

export async function fetchMeetingFacts(
  context: TurnContext,
  meetingId: string,
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer">,
): Promise<MeetingFacts> {
  try {
    // The meeting API's answer is outside data: any part of it may be missing.
    const info: Partial<Awaited<ReturnType<typeof TeamsInfo.getMeetingInfo>>> = await TeamsInfo.getMeetingInfo(
      context,
      meetingId,
    );
    const organizer: Partial<NonNullable<typeof info.organizer>> | undefined = info.organizer;
    const details: Partial<NonNullable<typeof info.details>> | undefined = info.details;
    return {
      organizerId: organizer?.aadObjectId || undefined,
      organizerUserId: organizer?.id || undefined,
      scheduledEnd: isoOrUndefined(details?.scheduledEndTime),
    };
  } catch (error) {
    const organizerId = services.devMeetingOrganizer;
    services.logger.warn(
      {
        err: { name: (error as Error).name, message: (error as Error).message.slice(0, 200) },
        devOrganizer: Boolean(organizerId),
      },
      "meeting info unavailable: organiser unknown",
    );
    // Development only (refused in production by loadConfig): local clients have no meeting APIs.
    return organizerId ? { organizerId } : {};
  }
}

/** True when Teams says this Entra user is an organiser (or co-organiser) of the meeting. */
export async function isMeetingOrganizer(
  context: TurnContext,
  meetingId: string,
  tenantId: string,
  objectId: string,
  services: Pick<BotPorts, "logger" | "devMeetingOrganizer">,
): Promise<boolean> {
  try {
    const participant = await TeamsInfo.getMeetingParticipant(context, meetingId, objectId, tenantId);
    return participant.meeting?.role === "Organizer";
  } catch (error) {
    services.logger.info(
      { err: { name: (error as Error).name, message: (error as Error).message.slice(0, 200) } },
      "meeting role unavailable: treated as not an organiser",
    );
    return false;
  }
}
