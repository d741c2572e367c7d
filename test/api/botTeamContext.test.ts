/**
 * The bot's cards use the team's configuration: a pilot configures a team through the API, then the
 * matrix card in that team's conversations shows its matrix and the §4 notice follows its corridors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startAzurite } from "../support/azurite.js";
import { cardActionActivity, firstCard, messageActivity, postActivity, replies, type TestUser } from "../support/activities.js";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { MATRIX_STRINGS } from "../../bot/src/cards/matrix/matrixStrings.js";
import { as, defaults, DEV_TENANT_ID, DEV_OTHER_TENANT_ID, install, OID, putConfig, type Client } from "./apiClient.js";

let service: TestService;
let pilot: Client;

const TEAM = "19:equipe-gmf@thread.tacv2";
const CHANNEL_CONVERSATION = "19:general-canal@thread.tacv2;messageid=1700000000000";
const GROUP_CHAT = "19:meeting_abc123@thread.v2";
const USER: TestUser = { id: "29:pilote", aadObjectId: OID.pilote!, name: "Pilote clinique" };
const NOTICE = MATRIX_STRINGS.noCorridor["fr-CA"];

/** A channel activity: Teams puts the team in channelData.team. */
function withTeam<T>(activity: T): T {
  ((activity as unknown as { channelData: Record<string, unknown> }).channelData).team = { id: TEAM };
  return activity;
}

function inChannel(text: string, tenantId = DEV_TENANT_ID) {
  return withTeam(messageActivity(text, { user: USER, tenantId, conversationId: CHANNEL_CONVERSATION, conversationType: "channel" }));
}

const cardText = async (activity: unknown) => {
  const response = await postActivity(service.url, activity);
  expect(response.status).toBe(200);
  const card = firstCard(response.body);
  expect(card).toBeDefined();
  expect(validateCard(card!).errors).toEqual([]);
  return JSON.stringify(card);
};

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
});
afterAll(async () => {
  await service.close();
  await service.azurite.stop();
});

describe("matrix card in a team's conversations", () => {
  it("shows the §4 notice in a team that never configured Balises (no corridor is known)", async () => {
    expect(await cardText(inChannel("matrice"))).toContain(NOTICE);
    expect(await cardText(messageActivity("matrice", { user: USER, tenantId: DEV_TENANT_ID, conversationId: GROUP_CHAT, conversationType: "groupChat" }))).toContain(NOTICE);
  });

  it("does not claim anything about a team in a personal chat", async () => {
    expect(await cardText(messageActivity("matrice", { user: USER, tenantId: DEV_TENANT_ID }))).not.toContain(NOTICE);
  });

  it("uses the configured team's matrix and drops the notice once a valid corridor exists", async () => {
    const installed = await install(pilot, TEAM);
    const configuration = defaults();
    configuration.matrix.localSituations = [{ id: "suiviPlaie", label: { "fr-CA": "Suivi de plaie chronique", en: "Chronic wound follow-up" }, ratings: { phone: null, video: "++", inPerson: "+++" } }];
    configuration.matrix.cells = [{ situationId: "screening", modality: "phone", rating: null }];
    // An ED "corridor" is refused by the API, so the team first saves a configuration with no corridor at all.
    const saved = await putConfig(pilot, TEAM, configuration, installed.body.etag);
    expect(saved.status).toBe(200);
    const withoutCorridor = await cardText(inChannel("matrice"));
    expect(withoutCorridor).toContain("Suivi de plaie chronique");
    expect(withoutCorridor).toContain(NOTICE);

    configuration.corridors = [{ id: "gmf", name: "GMF des Rivières", kind: "gmf", contact: "poste 1234" }];
    expect((await putConfig(pilot, TEAM, configuration, saved.body.etag)).status).toBe(200);
    const withCorridor = await cardText(inChannel("matrice"));
    expect(withCorridor).toContain("Suivi de plaie chronique");
    expect(withCorridor).not.toContain(NOTICE);
  });

  it("recommends from the team's ratings (screening by phone removed by the team)", async () => {
    const activity = withTeam(cardActionActivity("matrix.recommend", { situationId: "screening", visitDate: "2026-11-23" }, { user: USER, tenantId: DEV_TENANT_ID, conversationId: CHANNEL_CONVERSATION, conversationType: "channel" }));
    const response = await postActivity(service.url, activity);
    const value = (replies(response.body)[0]?.value as { body: { statusCode: number; value: Record<string, unknown> } }).body;
    expect(value.statusCode).toBe(200);
    const text = JSON.stringify(value.value);
    expect(text).toMatch(/Rencontre téléphonique[^}]*Non indiqué/);
  });

  it("reads the configuration of the activity's tenant only", async () => {
    const elsewhere = await cardText(inChannel("matrice", DEV_OTHER_TENANT_ID));
    expect(elsewhere).not.toContain("Suivi de plaie chronique");
    expect(elsewhere).toContain(NOTICE);
  });

  it("keeps answering with the MSSS defaults while storage is down", async () => {
    const port = service.azurite.port;
    await service.azurite.stop();
    try {
      const text = await cardText(inChannel("matrice"));
      expect(text).toContain("Activités de dépistage");
      expect(text).not.toContain("Suivi de plaie chronique");
    } finally {
      service.azurite = await startAzurite(port);
    }
  });
});
