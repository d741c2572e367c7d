/**
 * Issue 14: three service instances on one storage, each remembering the encounters its card actions wrote
 * (storage/encounterRepository.ts `getForChange`). Clicks on one encounter's consent card go to instances at
 * random, with the card's latest revision or an outdated one: every answer is the one a single instance would
 * give (saved, nothing to change, or "this card was out of date"), and the stored encounter ends as the model
 * says — no change lost, none brought back by an instance's stale copy.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { createLogger } from "../../bot/src/logger.js";
import { startService, type RunningService } from "../../bot/src/server.js";
import { currentConsent } from "../../bot/src/domain/consent.js";
import { consentsRecordedCount } from "../../bot/src/domain/consentHistory.js";
import { encounterIdFor } from "../../bot/src/domain/encounter.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";
import { TENANT_ID, postActivity } from "../support/activities.js";
import { meetingInvokeActivity, meetingStartActivity } from "../support/meetingActivities.js";
import { PRIVATE_MEETING, USERS } from "../support/teamsIds.js";

const CLINICIAN = USERS.clinicien;
const START = "2026-11-23T14:00:00.000Z";
let azurite: RunningAzurite;
let connector: FakeConnector;
const instances: RunningService[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  connector = await startFakeConnector();
  for (let i = 0; i < 3; i++) {
    const config = loadConfig({
      PORT: "0",
      LOG_LEVEL: "silent",
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      STORAGE_TABLE_PREFIX: "three",
      // One instance runs the jobs (the cards' refresh): what is checked here is what the answers say.
      REMINDER_SCHEDULER: i === 0 ? "on" : "off",
    });
    instances.push(await startService(config, { logger: createLogger("silent") }));
  }
});
afterAll(async () => {
  for (const instance of instances) await instance.close();
  await connector?.stop();
  await azurite?.stop();
});

type Click = { instance: number; kind: "record" | "withdraw" | "outdatedRecord" };
const click: fc.Arbitrary<Click> = fc.record({
  instance: fc.integer({ min: 0, max: 2 }),
  kind: fc.constantFrom<Click["kind"]>("record", "record", "withdraw", "outdatedRecord"),
});

const SAVED = "Enregistré.";
const OUTDATED = "n'était plus à jour";

describe("three instances, one storage", () => {
  it("answer every click as one instance would and keep every change, whatever each remembers", async () => {
    const options = {
      serviceUrl: connector.serviceUrl,
      user: CLINICIAN,
      meetingId: PRIVATE_MEETING.meetingId,
      conversationId: PRIVATE_MEETING.chatId,
    };
    connector.meetings.set(PRIVATE_MEETING.meetingId, {
      details: { id: PRIVATE_MEETING.meetingId, scheduledStartTime: START, type: "Scheduled" },
      conversation: { id: PRIVATE_MEETING.chatId },
      organizer: { id: CLINICIAN.id, aadObjectId: CLINICIAN.aadObjectId, tenantId: TENANT_ID },
    });
    await postActivity(instances[0]!.url, meetingStartActivity({ ...options, startTime: START }));
    const encounterId = encounterIdFor(PRIVATE_MEETING.meetingId, START);
    const model = { rev: 0, recorded: 0, withdrawn: false };

    const clicks = fc.sample(fc.array(click, { minLength: 40, maxLength: 40 }), { seed: 20261127, numRuns: 1 })[0]!;
    for (const [i, { instance, kind }] of clicks.entries()) {
      const rev = kind === "outdatedRecord" ? model.rev - 1 : model.rev;
      if (rev < 0) continue;
      const verb = kind === "withdraw" ? "consent.withdraw" : "consent.record";
      const data = { encounterId, rev, method: "verbal", scopeSession: "true", identityDocumentKind: "ramqCard" };
      const answer = JSON.stringify(
        (await postActivity(instances[instance]!.url, meetingInvokeActivity(verb, data, options))).body,
      );
      const withdrawable = model.recorded > 0 && !model.withdrawn;
      const step = `click ${i}: ${kind} on instance ${instance}`;
      if (kind === "outdatedRecord") {
        expect(answer, step).toContain(OUTDATED);
      } else if (kind === "record" || withdrawable) {
        expect(answer, step).toContain(SAVED);
        model.rev++;
        if (kind === "record") model.recorded++;
        model.withdrawn = kind === "withdraw";
      } else {
        expect(answer, step).not.toContain(SAVED);
        expect(answer, step).not.toContain(OUTDATED);
      }
    }

    const stored = (await instances[1]!.services.encounters.get(TENANT_ID, encounterId))!.encounter;
    expect(stored.consentRev).toBe(model.rev);
    expect(consentsRecordedCount(stored)).toBe(model.recorded);
    expect(Boolean(currentConsent(stored.consents)?.withdrawnAt)).toBe(model.withdrawn);
  });
});
