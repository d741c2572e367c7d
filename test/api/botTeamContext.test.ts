/**
 * The bot's cards use the team's configuration: a pilot configures team G in the tab (by its Entra group id),
 * then the matrix card in G's channels (which the bot knows by G's thread id and `aadGroupId`) shows G's
 * matrix and the §4 notice follows G's corridors. Outside channels, a person's own team applies.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startAzurite } from "../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import {
  cardActionActivity,
  firstCard,
  messageActivity,
  postActivity,
  replies,
  type TestUser,
} from "../support/activities.js";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { MATRIX_STRINGS } from "../../bot/src/cards/matrix/matrix.strings.js";
import { TEAM_G, TENANT, USERS } from "../support/teamsIds.js";
import { installInTeam } from "../support/teams.js";
import {
  as,
  defaults,
  DEV_OTHER_TENANT_ID,
  putConfig,
  teamPath,
  type Client,
  type ConfigViewBody,
} from "./apiClient.js";

let service: TestService;
let connector: FakeConnector;
let pilot: Client;

const NOTICE = MATRIX_STRINGS.noCorridor["fr-CA"];
const GROUP_CHAT = "19:2a7b3c1d9e0f4a5b8c6d7e8f9a0b1c2d@thread.v2";

/** A channel activity as Teams sends it: the team's thread in channelData.team, with its aadGroupId (or without). */
function inChannel(activity: Record<string, unknown>, withGroupId = true) {
  (activity.channelData as Record<string, unknown>).team = {
    id: TEAM_G.threadId,
    ...(withGroupId ? { aadGroupId: TEAM_G.groupId } : {}),
  };
  return activity;
}

const channelMessage = (text: string, options: { tenantId?: string; withGroupId?: boolean; user?: TestUser } = {}) =>
  inChannel(
    messageActivity(text, {
      user: options.user ?? USERS.pilote,
      tenantId: options.tenantId ?? TENANT,
      serviceUrl: connector.serviceUrl,
      conversationId: `${TEAM_G.channelId};messageid=1700000000000`,
      conversationType: "channel",
    }),
    options.withGroupId,
  );

const cardText = async (activity: unknown) => {
  const response = await postActivity(service.url, activity);
  expect(response.status).toBe(200);
  const card = firstCard(response.body);
  expect(card).toBeDefined();
  expect(validateCard(card!).errors).toEqual([]);
  return JSON.stringify(card);
};

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  await installInTeam(service, connector, TEAM_G, USERS.pilote, [USERS.pilote, USERS.clinicien]);
});
afterAll(async () => {
  await service.close();
  await service.azurite.stop();
  await connector.stop();
});

describe("matrix card in a team's conversations", () => {
  it("shows the §4 notice in a team that has not configured a corridor", async () => {
    expect(await cardText(channelMessage("matrice"))).toContain(NOTICE);
  });

  it("outside channels, uses the person's own team: its §4 notice for a member of G, none for someone in no team", async () => {
    const member = { user: USERS.clinicien, tenantId: TENANT, serviceUrl: connector.serviceUrl };
    expect(
      await cardText(
        messageActivity("matrice", { ...member, conversationId: GROUP_CHAT, conversationType: "groupChat" }),
      ),
    ).toContain(NOTICE);
    expect(await cardText(messageActivity("matrice", member))).toContain(NOTICE);
    const stranger = { user: USERS.etudiant, tenantId: TENANT, serviceUrl: connector.serviceUrl };
    expect(await cardText(messageActivity("matrice", stranger))).not.toContain(NOTICE);
  });

  it("uses G's configured matrix, saved in the tab by group id, and drops the notice once a valid corridor exists", async () => {
    const current = await pilot.get<ConfigViewBody>(teamPath(TEAM_G.groupId, "config"));
    const configuration = defaults();
    configuration.matrix.localSituations = [
      {
        id: "suiviPlaie",
        label: { "fr-CA": "Suivi de plaie chronique", en: "Chronic wound follow-up" },
        ratings: { phone: null, video: "++", inPerson: "+++" },
      },
    ];
    configuration.matrix.cells = [{ situationId: "screening", modality: "phone", rating: null }];
    const saved = await putConfig(pilot, TEAM_G.groupId, configuration, current.body.etag);
    expect(saved.status).toBe(200);
    const withoutCorridor = await cardText(channelMessage("matrice"));
    expect(withoutCorridor).toContain("Suivi de plaie chronique");
    expect(withoutCorridor).toContain(NOTICE);

    configuration.corridors = [{ id: "gmf", name: "GMF des Rivières", kind: "gmf", contact: "poste 1234" }];
    expect((await putConfig(pilot, TEAM_G.groupId, configuration, saved.body.etag)).status).toBe(200);
    const withCorridor = await cardText(channelMessage("matrice"));
    expect(withCorridor).toContain("Suivi de plaie chronique");
    expect(withCorridor).not.toContain(NOTICE);
  });

  it("finds G from its thread when a channel activity carries no aadGroupId", async () => {
    expect(await cardText(channelMessage("matrice", { withGroupId: false }))).toContain("Suivi de plaie chronique");
  });

  it("recommends from the team's ratings (screening by phone removed by the team)", async () => {
    const activity = inChannel(
      cardActionActivity(
        "matrix.recommend",
        { situationId: "screening", visitDate: "2026-11-23" },
        {
          user: USERS.pilote,
          tenantId: TENANT,
          serviceUrl: connector.serviceUrl,
          conversationId: TEAM_G.channelId,
          conversationType: "channel",
        },
      ),
    );
    const response = await postActivity(service.url, activity);
    const value = (replies(response.body)[0]?.value as { body: { statusCode: number; value: Record<string, unknown> } })
      .body;
    expect(value.statusCode).toBe(200);
    expect(JSON.stringify(value.value)).toMatch(/Rencontre téléphonique[^}]*Non indiqué/);
  });

  it("reads the configuration of the activity's tenant only", async () => {
    const elsewhere = await cardText(channelMessage("matrice", { tenantId: DEV_OTHER_TENANT_ID }));
    expect(elsewhere).not.toContain("Suivi de plaie chronique");
    expect(elsewhere).toContain(NOTICE);
  });

  it("keeps answering with the MSSS defaults while storage is down", async () => {
    const port = service.azurite.port;
    await service.azurite.stop();
    try {
      const text = await cardText(channelMessage("matrice"));
      expect(text).toContain("Activités de dépistage");
      expect(text).not.toContain("Suivi de plaie chronique");
    } finally {
      service.azurite = await startAzurite(port);
    }
  });
});
