/**
 * Where the tab was opened decides what it can show:
 * - a team (channel tab): the team's Balises, by its Entra group id;
 * - a meeting (meeting tab, side panel, meeting chat): the team the meeting belongs to, changeable;
 * - a group chat: Balises is configured in a team, so only the MSSS matrix;
 * - the personal tab (`?view=personal`): the person's own encounters (« Mes rencontres ») and their teams.
 * In Teams the context says it; outside Teams (dev identity) the URL does.
 */
import type { Host } from "./bootstrap.js";
import type { LaunchParams } from "./launchParams.js";

export type Place =
  | { kind: "team"; groupId: string }
  | { kind: "meeting"; meetingId: string }
  | { kind: "chat" }
  | { kind: "personal" }
  | { kind: "none" };

export function placeOf(host: Exclude<Host, { kind: "unavailable" }>, params: LaunchParams): Place {
  if (host.kind === "teams") {
    const { context } = host;
    if (host.teamKey) return { kind: "team", groupId: host.teamKey };
    if (context.meeting?.id) return { kind: "meeting", meetingId: context.meeting.id };
    if (context.chat?.id) return { kind: "chat" };
    return params.view === "personal" || !context.channel ? { kind: "personal" } : { kind: "none" };
  }
  if (params.view === "personal") return { kind: "personal" };
  if (params.meeting) return { kind: "meeting", meetingId: params.meeting };
  return host.teamKey ? { kind: "team", groupId: host.teamKey } : { kind: "none" };
}
