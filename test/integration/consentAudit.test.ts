/** DESIGN (privacy): consent events are written to the append-only audit, with codes only. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { CLINICIAN, TENANT_ID, postActivity } from "../support/activities.js";
import {
  MEETING_CHAT_ID,
  MEETING_ID,
  meetingInvokeActivity,
  meetingStartActivity,
} from "../support/meetingActivities.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";

const START = "2026-11-23T14:00:00.000Z";
let service: TestService;
let connector: FakeConnector;

beforeAll(async () => {
  connector = await startFakeConnector();
  service = await startTestService({}, { now: () => new Date("2026-11-23T14:05:00.000Z") });
  connector.meetings.set(MEETING_ID, {
    details: {
      id: MEETING_ID,
      scheduledStartTime: START,
      scheduledEndTime: "2026-11-23T14:30:00.000Z",
      type: "Scheduled",
    },
    conversation: { id: MEETING_CHAT_ID },
    organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
  });
  connector.participants.set(MEETING_ID, new Map([[CLINICIAN.aadObjectId, "Organizer"]]));
});
afterAll(async () => {
  await service.stop();
  await connector.stop();
});

const invoke = (verb: string, data: Record<string, unknown>) =>
  postActivity(service.url, meetingInvokeActivity(verb, data, { user: CLINICIAN, serviceUrl: connector.serviceUrl }));

describe("consent events in the audit trail", () => {
  it("records who recorded and who withdrew consent, with codes only, newest first", async () => {
    await postActivity(
      service.url,
      meetingStartActivity({ user: CLINICIAN, serviceUrl: connector.serviceUrl, startTime: START }),
    );
    const encounterId = encounterIdFor(MEETING_ID, START);
    await invoke("consent.record", {
      encounterId,
      rev: 0,
      method: "verbal",
      scopeSession: "true",
      identityDocumentKind: "ramqCard",
      limitsExplained: "true",
      inPersonOffered: "true",
    });
    await invoke("consent.withdraw", { encounterId, rev: 1 });

    const page = await service.services.audit.pageForEncounter(TENANT_ID, encounterId, 10);
    expect(page.items.map((e) => e.action)).toEqual(["consent.withdraw", "consent.record"]);
    expect(page.items.every((e) => e.by === CLINICIAN.aadObjectId)).toBe(true);
    const recorded = page.items[1]!.changes[0]!.after as Record<string, unknown>;
    expect(recorded).toMatchObject({ method: "verbal", identityDocumentKind: "ramqCard", scope: { session: true } });
    expect(Object.keys(recorded)).not.toContain("recordedBy");

    // A replay of the same (now outdated) action changes nothing and audits nothing.
    await invoke("consent.record", { encounterId, rev: 0, method: "written" });
    expect((await service.services.audit.pageForEncounter(TENANT_ID, encounterId, 10)).items).toHaveLength(2);
  });
});
