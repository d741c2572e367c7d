/**
 * The API contract (bot/src/contract) against the running service: each answer has exactly the fields its
 * schema names (no more, no fewer), so the routes, the tab's client and these tests cannot drift apart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { startTestService, type TestService } from "../support/service.js";
import { as, DEV_TENANT_ID, install, OID, seededTeam, teamPath, type Client } from "./apiClient.js";
import { newPrivateMeeting, seedEncounter } from "./activityFixtures.js";
import {
  activityPageSchema,
  activitySummarySchema,
  apiErrorBodySchema,
  auditItemSchema,
  auditPageSchema,
  baselineSchema,
  encountersWithoutTeamSchema,
  learnerAnswerSchema,
  learnerListSchema,
  learnerViewSchema,
  meetingTeamViewSchema,
  memberPageSchema,
  meSchema,
  myEncountersSchema,
  myTeamsSchema,
  newPatientAnswerSchema,
  participationAnswerSchema,
  reconcileAnswerSchema,
  shareViewSchema,
  supervisionSettingsSchema,
  teamConfigViewSchema,
} from "../../bot/src/contract/index.js";

let service: TestService;
let pilot: Client;
let teamKey = "";
let encounterId = "";

/** The body has the schema's fields, and only those. */
function expectShape(schema: z.ZodObject, body: unknown): void {
  expect(schema.strict().safeParse(body).error?.issues ?? []).toEqual([]);
}

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  teamKey = await seededTeam(service);
  expectShape(teamConfigViewSchema, (await install(pilot, teamKey)).body);
  encounterId = await seedEncounter(service.services, {
    tenantId: DEV_TENANT_ID,
    teamKey,
    organizerId: OID.clinicien!,
    startedAt: "2026-03-10T14:00:00.000Z",
    consent: "verbal",
    plan: true,
  });
});
afterAll(() => service.stop());

describe("the contract matches the answers", () => {
  it("the caller, the baseline, the team's configuration and roster", async () => {
    expectShape(baselineSchema, (await pilot.get("/api/matrix/baseline")).body);
    expectShape(meSchema, (await pilot.get(`/api/me?team=${teamKey}`)).body);
    expectShape(teamConfigViewSchema, (await pilot.get(teamPath(teamKey, "config"))).body);
    expectShape(memberPageSchema, (await pilot.get(teamPath(teamKey, "members"))).body);
    const audit = await pilot.get<{ items: unknown[] }>(teamPath(teamKey, "audit"));
    expectShape(auditPageSchema, audit.body);
    expectShape(auditItemSchema, audit.body.items[0]);
  });

  it("learners, one learner and the supervision settings", async () => {
    const registered = await pilot.post(teamPath(teamKey, "learners"), {
      oid: OID.resident,
      role: "resident",
      supervisors: [OID.superviseur],
      trainingSite: "GMF-U Maizerets",
    });
    expect(registered.status).toBe(201);
    expectShape(learnerAnswerSchema, registered.body);
    expectShape(learnerAnswerSchema, (await pilot.get(teamPath(teamKey, `learners/${OID.resident!}`))).body);
    const list = await pilot.get<{ items: unknown[] }>(teamPath(teamKey, "learners"));
    expectShape(learnerListSchema, list.body);
    expectShape(learnerViewSchema, list.body.items[0]);
    expectShape(supervisionSettingsSchema, (await pilot.get(teamPath(teamKey, "supervision-settings"))).body);
  });

  it("a learner's part and the new-patient fact on an encounter", async () => {
    const part = await pilot.put(`/api/encounters/${encounterId}/learners/${OID.resident!}`, {
      participation: "observed",
    });
    expect(part.status).toBe(200);
    expectShape(participationAnswerSchema, part.body);
    const fact = await pilot.put(`/api/encounters/${encounterId}/new-patient`, { vulnerable: true });
    expectShape(newPatientAnswerSchema, fact.body);
  });

  it("the activity view, its summary and the share of telehealth", async () => {
    const range = "from=2026-03-01&to=2026-03-31";
    expectShape(activityPageSchema, (await pilot.get(teamPath(teamKey, `activity?view=team&${range}`))).body);
    const summary = await pilot.get(teamPath(teamKey, `activity/summary?view=team&${range}`));
    expectShape(activitySummarySchema, summary.body);
    expectShape(shareViewSchema, (await pilot.get("/api/activity/share/2026")).body);
    const month = { view: "team", month: "2026-03" };
    expectShape(reconcileAnswerSchema, (await pilot.post(teamPath(teamKey, "activity/reconcile"), month)).body);
  });

  it("the caller's teams, a meeting's team, their encounters and those without a team", async () => {
    expectShape(myTeamsSchema, (await pilot.get("/api/me/teams")).body);
    expectShape(encountersWithoutTeamSchema, (await pilot.get("/api/me/encounters-without-team")).body);
    expectShape(myEncountersSchema, (await pilot.get("/api/me/encounters")).body);
    const meeting = newPrivateMeeting().meetingId;
    expectShape(meetingTeamViewSchema, (await pilot.get(`/api/meetings/${encodeURIComponent(meeting)}/team`)).body);
  });

  it("errors, with field details when the data is invalid", async () => {
    const refused = await (await as(service, "autre-locataire")).get(teamPath(teamKey, "config"));
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expectShape(apiErrorBodySchema, refused.body);
    const invalid = await pilot.post<{ error: { details?: unknown[] } }>(teamPath(teamKey, "learners"), {});
    expect(invalid.status).toBe(400);
    expectShape(apiErrorBodySchema, invalid.body);
    expect(invalid.body.error.details?.length).toBeGreaterThan(0);
  });
});
