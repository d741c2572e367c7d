/**
 * Ids shaped as Microsoft Teams really sends them, taken from Microsoft's documented payloads
 * (learn.microsoft.com/microsoftteams/platform: "Conversation events in your Teams bot" — the bot added to a
 * team; "Get team details"; "Meeting apps APIs" — meeting details), so tests see what a tenant sees:
 * - a team is an Entra group id (a GUID) to the tab (`context.team.groupId`) and a thread
 *   `19:…@thread.tacv2` to the bot (`channelData.team.id`), with `channelData.team.aadGroupId` beside it;
 * - a private meeting has its own chat `19:meeting_…@thread.v2` and no team; its meeting id is the
 *   base64 of `0#<chat id>#0`;
 * - users are `29:…` Teams ids with an `aadObjectId`.
 * The tenant and the users' object ids are the local development identity's (the tab's tokens in tests are
 * signed for them); every test that crosses the tab and the bot gives the tab a group id and the bot a
 * thread id, never one made-up key for both.
 */
import { DEV_PERSONAS, DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";

export const TENANT = DEV_TENANT_ID;
/** The Bot Connector's public service URL, as in the documented payloads (tests put the fake connector's). */
export const DOCUMENTED_SERVICE_URL = "https://smba.trafficmanager.net/amer/";
export const BOT_MRI = "28:608cacfd-1cea-40c9-b678-4b93e69bb72b";

export interface TeamIds {
  /** The tab's key: `context.team.groupId`, the bot's `channelData.team.aadGroupId`. */
  groupId: string;
  /** The bot's `channelData.team.id` (also the General channel's id). */
  threadId: string;
  /** Another channel of the team. */
  channelId: string;
  name: string;
}

/** "Team members added": the bot added to a team (aadGroupId, a team thread with two '@', a selected channel). */
export const TEAM_G: TeamIds = {
  groupId: "f3ec8cd2-e704-4344-8c47-9a3a21d683c0",
  threadId: "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2",
  channelId: "19:0b7f32667e064dd9b25d7969801541f4@thread.tacv2",
  name: "GMF des Rivières — Santé mentale",
};

/** "Get team details": a second team (its thread id is the one documented for channel events). */
export const TEAM_H: TeamIds = {
  groupId: "02ce3874-dd86-41ba-bddc-013f34019978",
  threadId: "19:efa9296d959346209fea44151c742e73@thread.tacv2",
  channelId: "19:6d97d816470f481dbcda38244b98689a@thread.tacv2",
  name: "CLSC Rosemont — Soutien à domicile",
};

export interface MeetingIds {
  chatId: string;
  meetingId: string;
}

function meeting(chatId: string): MeetingIds {
  return { chatId, meetingId: Buffer.from(`0#${chatId}#0`, "utf8").toString("base64") };
}

/** "Meeting apps APIs", meeting details: a private meeting's chat. */
export const PRIVATE_MEETING = meeting("19:meeting_NjkxMTViNDQtMDliMi00NzcwLTg2MDAtNTU5ZDRlMWI5Y2Ni@thread.v2");
export const OTHER_PRIVATE_MEETING = meeting("19:meeting_ZGQ2NDU0ZjItYmFkMy00MDk1LWE1NGUtYjQ3OWZmOTA0YzAx@thread.v2");

export interface TeamsUser {
  /** Teams user id (29:…), the bot's `from.id`. */
  id: string;
  aadObjectId: string;
  name: string;
}

const persona = (personaId: string, id: string): TeamsUser => {
  const p = DEV_PERSONAS.find((x) => x.id === personaId);
  if (!p) throw new Error(`no dev persona ${personaId}`);
  return { id, aadObjectId: p.oid, name: p.name };
};

/** Staff, with `29:` ids of the documented shape and the dev personas' object ids and names. */
export const USERS = {
  pilote: persona(
    "pilote",
    "29:1I9Is_Sx0OIy2rQ7Xz1lcaPKlO9eqmBRTBuW6XzkFtcjqxTjPaCMij8BVMdBcL9L_RwWNJyAHFQb0TRzXgyQvA",
  ),
  clinicien: persona(
    "clinicien",
    "29:1wR7IdIRIoerMIWbewMi75JA3scaMuxvFon9eRQW2Nix5loMDo0362st2IaRVRirPZBv1WdXT8TIFWWmlQCizZQ",
  ),
  superviseur: persona(
    "superviseur",
    "29:1_LCi5Up14pAy65yZuaJzG1uIT7ujYhjjSTsUNqjORsZHjLHKiQIBJa4cX2XsAsRoaY7va2w6ZymA9-1VtSY_g",
  ),
  resident: persona(
    "resident",
    "29:1ljv6N86roXr5pjPrCJVIz6xHh5QxjIzB3vZr0aQ7mK9cJ2sLwT4eYfDhUgNpXoRtS1bVaCiEkMlOq8nWyHd5Gz",
  ),
  etudiant: persona(
    "etudiant",
    "29:1o3ACjiKGl-dCCbmGyRBCmFRQzc8TWRxXzzAG9Tav0fG0FnqqJeVZIoo2d-sOIO4AJsfBE8lFeT6_AdBQ4jOOsQ",
  ),
  pilote2: persona(
    "pilote2",
    "29:1GcS4EyB_oSI8A88XmWBN7NJFyMqe3QGnJdgLfFGkJnVelzRGos0bPbpsfJjcbAD22bmKc4GMbrY2g4JDrrA8vM06X1",
  ),
} satisfies Record<string, TeamsUser>;

/** A patient joining from a browser: no Entra object id, a guest role. */
export const ANONYMOUS_PATIENT = { id: "29:1anonymous-guest-7b2f0c", name: "Invité" };
