/**
 * Issue 15: an encounter's consent history is bounded by design (domain/consentHistory.ts), so withdrawal always
 * works (003 §1.3.2). Over HTTP against the running service and Azurite: 500 consents recorded on one encounter
 * (the report saw the 93rd fail, then every withdrawal), then the patient withdraws. Every answer is the card;
 * the encounter keeps the most recent consents and counts the others; the audit holds all 501 events; the
 * clinician's view says truthfully where the oldest are; everyone's card ends on the withdrawal.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector, type RecordedActivity } from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { CONSENT_RECORDS_KEPT } from "../../bot/src/domain/consentHistory.js";
import type { AuditEntry } from "../../bot/src/storage/auditRepository.js";
import { seedTeam } from "../support/teams.js";
import { TEAM_G } from "../support/teamsIds.js";

const START = "2026-11-23T14:00:00.000Z";
const RECORDS = 500;
let service: TestService;
let connector: FakeConnector;
/** One second passes between clicks (the per-conversation rate limits count in the service's time). */
let now = new Date("2026-11-23T14:01:00.000Z");

type Card = Record<string, unknown>;
type InvokeBody = { statusCode: number; type: string; value: Card };
const text = (x: unknown) => JSON.stringify(x);
const cardOf = (a: RecordedActivity) => (a.body.attachments as Array<{ content: Card }> | undefined)?.[0]?.content;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => now });
  connector.meetings.set(MEETING_ID, {
    details: { id: MEETING_ID, scheduledStartTime: START, type: "Scheduled" },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(MEETING_ID, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
  await seedTeam(service, TEAM_G, [CLINICIAN], TENANT_ID);
});
afterAll(async () => {
  await service?.stop();
  await connector?.stop();
});

async function invoke(verb: string, data: Record<string, unknown>, replyToId: string): Promise<InvokeBody> {
  const response = await postActivity(
    service.url,
    meetingInvokeActivity(verb, data, { user: CLINICIAN, serviceUrl: connector.serviceUrl, replyToId }),
  );
  expect(response.status).toBe(200);
  return response.body as unknown as InvokeBody;
}

async function auditOf(encounterId: string): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let token: string | undefined;
  do {
    const page = await service.services.audit.pageForEncounter(TENANT_ID, encounterId, 1000, token);
    entries.push(...page.items);
    token = page.continuationToken;
  } while (token);
  return entries;
}

describe(`${RECORDS} consents recorded on one encounter, then withdrawn`, () => {
  const encounterId = encounterIdFor(MEETING_ID, START);
  let consentCardId = "";

  it("meetingStart posts the consent card", async () => {
    await postActivity(
      service.url,
      meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
    );
    consentCardId = connector
      .sentTo(MEETING_CHAT_ID)
      .find((a) => text(cardOf(a)).includes("consent.refresh"))!.activityId!;
    expect(consentCardId).not.toBe("");
  });

  it(`records consent ${RECORDS} times: every click is saved and answered with the card`, async () => {
    for (let rev = 0; rev < RECORDS; rev++) {
      now = new Date(now.getTime() + 1_000);
      const answer = await invoke(
        "consent.record",
        {
          encounterId,
          rev,
          method: rev % 2 === 0 ? "verbal" : "written",
          scopeSession: "true",
          identityDocumentKind: "ramqCard",
          limitsExplained: "true",
          inPersonOffered: "true",
          participants: "3",
          consentsRecorded: "3",
          conductRulesCommitment: "true",
        },
        consentCardId,
      );
      if (answer.type !== "application/vnd.microsoft.card.adaptive" || !text(answer.value).includes("Enregistré."))
        throw new Error(`consent.record #${rev + 1} answered ${text(answer).slice(0, 300)}`);
    }
    const { encounter } = (await service.services.encounters.get(TENANT_ID, encounterId))!;
    expect(encounter.consentRev).toBe(RECORDS);
    expect(encounter.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(encounter.consentsInAuditOnly).toBe(RECORDS - CONSENT_RECORDS_KEPT);
  }, 240_000);

  it("the patient withdraws consent: saved, and the clinician's view says where the oldest are", async () => {
    now = new Date(now.getTime() + 60_000);
    const answer = await invoke("consent.withdraw", { encounterId, rev: RECORDS }, consentCardId);
    expect(answer.type).toBe("application/vnd.microsoft.card.adaptive");
    expect(text(answer.value)).toContain("Enregistré.");
    expect(text(answer.value)).toContain("Consentement retiré le");
    expect(text(answer.value)).toContain(`Historique : ${RECORDS} consentements consignés pendant cette rencontre`);
    expect(text(answer.value)).toContain(
      `Les ${RECORDS - CONSENT_RECORDS_KEPT} plus anciens ne sont plus conservés avec la rencontre : ils sont au journal d'audit.`,
    );
    const { encounter } = (await service.services.encounters.get(TENANT_ID, encounterId))!;
    expect(encounter.consents).toHaveLength(CONSENT_RECORDS_KEPT);
    expect(encounter.consents.at(-1)).toMatchObject({
      withdrawnAt: now.toISOString(),
      withdrawnBy: CLINICIAN.aadObjectId,
    });
  });

  it("everyone's card ends on the withdrawal", async () => {
    await connector.waitForActivity(
      (a) => a.method === "PUT" && a.activityId === consentCardId && text(cardOf(a)).includes("Consentement retiré le"),
      30_000,
    );
  });

  // The consent card's update writes the events not yet in the audit first (encounters/consentAudit.ts).
  it("the audit holds every event: the 500 consents and the withdrawal, newest first", async () => {
    const entries = await auditOf(encounterId);
    expect(entries).toHaveLength(RECORDS + 1);
    expect(entries[0]!.action).toBe("consent.withdraw");
    expect(entries.filter((e) => e.action === "consent.record")).toHaveLength(RECORDS);
  });
});
