/**
 * Activities for the fuzz of POST /api/messages: every kind Teams sends (messages and commands in a personal
 * chat, a meeting chat and a channel; the bot or members added and removed; installation updates; card
 * actions with each verb; invokes Balises does not handle; meeting events; the rest), each a valid template
 * that hostile mutations then break, field by field; and the envelopes around them (methods, content types,
 * encodings, bodies that are not activities, sizes, headers).
 */
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { CLINICIAN, COLLEAGUE, BOT_ID, TENANT_ID } from "../support/activities.js";
import {
  applyMutations,
  deepNestingText,
  jsonText,
  mutations,
  nastyId,
  nastyString,
  type FieldPath,
} from "./hostileValues.js";
import type { FuzzRequest } from "./fuzzService.js";

export interface BotWorld {
  serviceUrl: string;
  meetingId: string;
  meetingChatId: string;
  /** An encounter opened in that meeting (its card actions reach the real handlers). */
  encounterId: string;
  team: { groupId: string; threadId: string; channelId: string };
}

type Activity = Record<string, unknown>;

function base(world: BotWorld, type: string, where: "personal" | "meeting" | "channel" = "personal"): Activity {
  const user = CLINICIAN;
  const conversation =
    where === "meeting"
      ? { id: world.meetingChatId, conversationType: "groupChat", isGroup: true, tenantId: TENANT_ID }
      : where === "channel"
        ? { id: world.team.channelId, conversationType: "channel", isGroup: true, tenantId: TENANT_ID }
        : { id: `a:personal-${user.aadObjectId}`, conversationType: "personal", tenantId: TENANT_ID };
  return {
    type,
    id: "f:1",
    timestamp: "2026-11-23T15:00:00.000Z",
    channelId: "msteams",
    serviceUrl: world.serviceUrl,
    from: { id: user.id, aadObjectId: user.aadObjectId, name: user.name },
    recipient: { id: BOT_ID, name: "Balises" },
    conversation,
    channelData: {
      tenant: { id: TENANT_ID },
      ...(where === "meeting" ? { meeting: { id: world.meetingId } } : {}),
      ...(where === "channel"
        ? {
            team: { id: world.team.threadId, aadGroupId: world.team.groupId, name: "Équipe" },
            channel: { id: world.team.channelId },
          }
        : {}),
    },
    locale: "fr-CA",
    entities: [{ type: "clientInfo", locale: "fr-CA", country: "CA", platform: "Web" }],
  };
}

const JoinUrl = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_fuzz%40thread.v2/0";

const COMMANDS = [
  "aide",
  "HELP",
  "matrice",
  "consentement",
  "contingence",
  "note",
  "équipe",
  "team",
  "<at>Balises</at> matrice",
  "bonjour",
];

const cardAction = (world: BotWorld, verb: string, data: Activity): Activity => ({
  ...base(world, "invoke", "meeting"),
  name: "adaptiveCard/action",
  value: { action: { type: "Action.Execute", verb, data }, trigger: "manual" },
});

/** One valid activity of each kind Balises meets. */
export function templates(world: BotWorld): Record<string, Activity> {
  const encounter = { encounterId: world.encounterId, rev: 0 };
  const list: Record<string, Activity> = {
    personalCommand: { ...base(world, "message"), text: "aide" },
    meetingCommand: { ...base(world, "message", "meeting"), text: "consentement" },
    channelCommand: { ...base(world, "message", "channel"), text: "matrice" },
    botAdded: { ...base(world, "conversationUpdate"), membersAdded: [{ id: BOT_ID }] },
    botAddedToTeam: { ...base(world, "conversationUpdate", "channel"), membersAdded: [{ id: BOT_ID }] },
    membersAdded: {
      ...base(world, "conversationUpdate", "channel"),
      membersAdded: [{ id: COLLEAGUE.id, aadObjectId: COLLEAGUE.aadObjectId }],
    },
    membersRemoved: {
      ...base(world, "conversationUpdate", "channel"),
      membersRemoved: [{ id: COLLEAGUE.id, aadObjectId: COLLEAGUE.aadObjectId }],
    },
    teamRenamed: {
      ...base(world, "conversationUpdate", "channel"),
      channelData: {
        tenant: { id: TENANT_ID },
        eventType: "teamRenamed",
        team: { id: world.team.threadId, name: "Nouveau" },
      },
    },
    installationAdd: { ...base(world, "installationUpdate"), action: "add" },
    installationRemove: { ...base(world, "installationUpdate", "channel"), action: "remove" },
    matrixOpen: cardAction(world, "matrix.open", {}),
    matrixRecommend: cardAction(world, "matrix.recommend", { situationId: "screening", visitDate: "2026-11-23" }),
    consentRecord: cardAction(world, "consent.record", {
      ...encounter,
      method: "verbal",
      participants: 2,
      consentsRecorded: 1,
    }),
    consentWithdraw: cardAction(world, "consent.withdraw", encounter),
    consentRefresh: cardAction(world, "consent.refresh", { encounterId: world.encounterId }),
    contingencyRecord: cardAction(world, "contingency.record", { ...encounter, phoneVerified: "true" }),
    contingencyLost: cardAction(world, "contingency.connectionLost", encounter),
    contingencyPhone: cardAction(world, "contingency.switchToPhone", encounter),
    contingencyLocation: cardAction(world, "contingency.location", {
      ...encounter,
      regionCode: "06",
      confidentialPlace: "yes",
    }),
    contingencyCrisis: cardAction(world, "contingency.crisis", encounter),
    contingencyCrisisResources: cardAction(world, "contingency.crisisResources", {
      encounterId: world.encounterId,
      at: "2026-11-23T15:20:00.000Z",
    }),
    noteFiled: cardAction(world, "note.filed", { encounterId: world.encounterId }),
    noteLater: cardAction(world, "note.remindLater", { encounterId: world.encounterId }),
    teamOpen: cardAction(world, "team.open", { encounterId: world.encounterId }),
    teamSet: cardAction(world, "team.set", { encounterId: world.encounterId, teamKey: world.team.groupId }),
    meetingStart: {
      ...base(world, "event", "meeting"),
      name: "application/vnd.microsoft.meetingStart",
      value: {
        Id: world.meetingId,
        JoinUrl,
        Title: "Suivi",
        MeetingType: "Scheduled",
        StartTime: "2026-11-23T15:00:00Z",
      },
    },
    meetingEnd: {
      ...base(world, "event", "meeting"),
      name: "application/vnd.microsoft.meetingEnd",
      value: {
        Id: world.meetingId,
        JoinUrl,
        Title: "Suivi",
        MeetingType: "Scheduled",
        EndTime: "2026-11-23T16:00:00Z",
      },
    },
    reaction: { ...base(world, "messageReaction"), reactionsAdded: [{ type: "like" }], replyToId: "1" },
    typing: base(world, "typing"),
    endOfConversation: base(world, "endOfConversation"),
    messageUpdate: { ...base(world, "messageUpdate"), text: "x" },
    messageDelete: base(world, "messageDelete"),
    unknownType: base(world, "balisesFuzzType"),
  };
  for (const name of [
    "task/fetch",
    "task/submit",
    "composeExtension/query",
    "composeExtension/fetchTask",
    "composeExtension/submitAction",
    "config/fetch",
    "signin/verifyState",
    "signin/tokenExchange",
    "application/search",
    "tab/fetch",
    "fileConsent/invoke",
    "actionableMessage/executeAction",
    "",
  ])
    list[`invoke ${name || "(no name)"}`] = { ...base(world, "invoke"), name, value: { data: {} } };
  list["invoke without name"] = { ...base(world, "invoke"), value: {} };
  return list;
}

/** Where the mutations strike: every field the bot or botbuilder reads, and a few it should ignore. */
const PATHS: FieldPath[] = [
  ["type"],
  ["id"],
  ["name"],
  ["text"],
  ["locale"],
  ["timestamp"],
  ["channelId"],
  ["serviceUrl"],
  ["deliveryMode"],
  ["replyToId"],
  ["action"],
  ["entities"],
  ["entities", 0],
  ["entities", 0, "type"],
  ["entities", 0, "locale"],
  ["from"],
  ["from", "id"],
  ["from", "aadObjectId"],
  ["recipient"],
  ["recipient", "id"],
  ["conversation"],
  ["conversation", "id"],
  ["conversation", "tenantId"],
  ["conversation", "conversationType"],
  ["channelData"],
  ["channelData", "tenant"],
  ["channelData", "tenant", "id"],
  ["channelData", "team"],
  ["channelData", "team", "id"],
  ["channelData", "team", "aadGroupId"],
  ["channelData", "meeting", "id"],
  ["channelData", "eventType"],
  ["membersAdded"],
  ["membersAdded", 0],
  ["membersAdded", 0, "id"],
  ["membersAdded", 0, "aadObjectId"],
  ["membersRemoved", 0, "id"],
  ["value"],
  ["value", "action"],
  ["value", "action", "type"],
  ["value", "action", "verb"],
  ["value", "action", "data"],
  ["value", "action", "data", "encounterId"],
  ["value", "action", "data", "rev"],
  ["value", "action", "data", "situationId"],
  ["value", "action", "data", "teamKey"],
  ["value", "action", "data", "method"],
  ["value", "action", "data", "regionCode"],
  ["value", "action", "data", "at"],
  ["value", "Id"],
  ["value", "StartTime"],
  ["value", "EndTime"],
  ["value", "JoinUrl"],
  ["value", "Title"],
  ["attachments"],
  ["__proto__"],
  ["constructor", "prototype"],
];

/** The ids the bot keeps in storage keys (conversation, tenant, user, team, meeting, activity). */
const ID_PATHS: FieldPath[] = [
  ["id"],
  ["replyToId"],
  ["from", "id"],
  ["from", "aadObjectId"],
  ["recipient", "id"],
  ["conversation", "id"],
  ["conversation", "tenantId"],
  ["channelData", "tenant", "id"],
  ["channelData", "team", "id"],
  ["channelData", "team", "aadGroupId"],
  ["channelData", "meeting", "id"],
  ["membersAdded", 0, "id"],
  ["membersAdded", 0, "aadObjectId"],
  ["value", "action", "data", "encounterId"],
];

/** Sometimes one id replaced by a nasty one (well-formed activities otherwise, so they reach storage). */
const idChange: fc.Arbitrary<Array<[FieldPath, unknown]>> = fc.oneof(
  { weight: 2, arbitrary: fc.constant<Array<[FieldPath, unknown]>>([]) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...ID_PATHS), nastyId)
      .map(([path, id]): Array<[FieldPath, unknown]> => [[path, id]]),
  },
);

export interface BotCase {
  label: string;
  request: FuzzRequest;
}

const json = (body: string, headers: Record<string, string> = {}): Omit<FuzzRequest, "method" | "path"> => ({
  headers: { "content-type": "application/json", ...headers },
  body,
});

/** What surrounds the activity: mostly a plain POST, otherwise a hostile envelope. */
function envelopes(activityText: string): fc.Arbitrary<[string, FuzzRequest]> {
  const post = (
    label: string,
    rest: Omit<FuzzRequest, "method" | "path">,
    path = "/api/messages",
  ): [string, FuzzRequest] => [label, { method: "POST", path, ...rest }];
  return fc.oneof(
    { weight: 30, arbitrary: fc.constant(post("plain", json(activityText))) },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom(
          "application/json; charset=latin1",
          "application/json; charset=utf-16",
          'application/json; charset="utf-8"; x=y',
          "text/plain",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/vnd.api+json",
          "application/json;;;",
          "*/*",
        )
        .map((type) => post(`content-type ${type}`, { headers: { "content-type": type }, body: activityText })),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom("gzip", "deflate", "br", "x-unknown", "gzip, gzip", "identity", "GZIP")
        .map((encoding) => post(`content-encoding ${encoding}`, json(activityText, { "content-encoding": encoding }))),
    },
    {
      weight: 1,
      arbitrary: fc.constant(
        post("gzipped for real", {
          headers: { "content-type": "application/json", "content-encoding": "gzip" },
          body: gzipSync(activityText),
        }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            "",
            "{",
            "{oops",
            "null",
            "[]",
            "1",
            '"x"',
            "true",
            "{}",
            "[{}]",
            '{"type":"message"}',
            "\u0000",
          ),
          deepNestingText,
          fc
            .integer({ min: 513, max: 700 })
            .map((kb) => JSON.stringify({ type: "message", text: "a".repeat(kb * 1024) })),
        )
        .map((body) => post(`body ${body.slice(0, 30)}…`, json(body))),
    },
    {
      weight: 2,
      arbitrary: fc
        .constantFrom("GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS")
        .map((method): [string, FuzzRequest] => [
          `method ${method}`,
          { method, path: "/api/messages", ...json(activityText) },
        ]),
    },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom("Bearer garbage", "Bearer ", "Basic YTpi", "Bearer a.b.c", "bearer eyJhbGciOiJub25lIn0.e30."),
          nastyString.map((s) => "Bearer " + s.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?")),
        )
        .map((authorization) =>
          post(`authorization ${authorization.slice(0, 20)}`, json(activityText, { authorization })),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom(
          "/api/messages/",
          "/api/messages?x=%zz",
          "/api//messages",
          "/API/MESSAGES",
          "/api/messages%00",
          "/api/messages?locale=a&locale=b",
        )
        .map((path) => post(`path ${path}`, json(activityText), path)),
    },
  );
}

/** An activity from a template, hostile mutations planted, inside an envelope. */
export function botCases(world: BotWorld): fc.Arbitrary<BotCase> {
  const all = templates(world);
  return fc
    .record({
      template: fc.constantFrom(...Object.keys(all)),
      command: fc.constantFrom(...COMMANDS),
      expectReplies: fc.integer({ min: 0, max: 9 }).map((n) => n < 7),
      changes: mutations(PATHS),
      ids: idChange,
    })
    .chain(({ template, command, expectReplies, changes: fieldChanges, ids }) => {
      const changes = [...ids, ...fieldChanges];
      const activity = { ...all[template]!, ...(typeof all[template]!.text === "string" ? { text: command } : {}) };
      const mutated = applyMutations(
        expectReplies ? { ...activity, deliveryMode: "expectReplies" } : activity,
        changes,
      );
      const label = `${template}${changes.length ? " + " + changes.map(([p]) => p.join(".")).join(", ") : ""}`;
      return envelopes(jsonText(mutated)).map(([envelope, request]) => ({ label: `${label} [${envelope}]`, request }));
    });
}
