/**
 * The reminders stack in-process against a real Azurite and the fake Bot Connector: real services, real
 * CloudAdapter, a scheduler driven by the test (pollOnce) on a clock the test moves. Sleeps advance that clock
 * and are recorded, so retries, Retry-After and rate limits are asserted without waiting.
 */
import { loadConfig } from "../../../bot/src/config.js";
import { createLogger } from "../../../bot/src/logger.js";
import { compose, type AppPorts } from "../../../bot/src/composition.js";
import type { JobScheduler, SchedulerOptions } from "../../../bot/src/jobs/jobScheduler.js";
import { openEncounter, closeEncounter } from "../../../bot/src/encounters/encounterLifecycle.js";
import type { ClosedBy, Encounter } from "../../../bot/src/domain/encounter.js";
import { startAzurite, type RunningAzurite } from "../../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../../support/fakeConnector.js";
import { BOT_ID, CLINICIAN, TENANT_ID, type TestUser } from "../../support/activities.js";

export interface Clock {
  now: () => number;
  set: (iso: string) => void;
  advance: (ms: number) => void;
  /** Every sleep the code asked for, in order. */
  slept: number[];
  sleep: (ms: number) => Promise<void>;
}

export function fakeClock(startIso: string): Clock {
  let t = Date.parse(startIso);
  const slept: number[] = [];
  return {
    now: () => t,
    set: (iso) => (t = Date.parse(iso)),
    advance: (ms) => (t += ms),
    slept,
    sleep: (ms) => {
      slept.push(ms);
      t += ms;
      return Promise.resolve();
    },
  };
}

export interface Harness {
  azurite: RunningAzurite;
  connector: FakeConnector;
  services: AppPorts;
  scheduler: JobScheduler;
  clock: Clock;
  stop: () => Promise<void>;
}

export async function startHarness(
  env: Record<string, string> = {},
  options: { start?: string; scheduler?: Partial<SchedulerOptions> } = {},
): Promise<Harness> {
  const azurite = await startAzurite();
  const connector = await startFakeConnector();
  const clock = fakeClock(options.start ?? "2026-11-23T14:00:00.000Z");
  const config = loadConfig({
    LOG_LEVEL: process.env.HARNESS_LOG ?? "silent",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: "t" + Math.random().toString(36).slice(2, 10),
    ...env,
  });
  const logger = createLogger(config.logLevel);
  // The service as composed in production, without its HTTP server: storage, job kinds, scheduler on a fake clock.
  const { ports: services, scheduler } = compose(config, logger, {
    now: () => new Date(clock.now()),
    scheduler: { now: clock.now, sleep: clock.sleep, random: () => 0.5, ...options.scheduler },
  });
  return {
    azurite,
    connector,
    services,
    scheduler,
    clock,
    stop: async () => {
      await scheduler.stop();
      await connector.stop();
      await azurite.stop();
    },
  };
}

let meetings = 0;

/** What seeding needs: storage (services), the connector's serviceUrl, and a clock. */
export type Seeder = Pick<Harness, "services" | "connector"> & { clock: Pick<Clock, "now"> };

export interface EncounterSetup {
  clinician?: TestUser;
  tenantId?: string;
  scheduledEnd?: string;
  /** Store the clinician's personal chat with the bot (as after a personal install). */
  personal?: boolean;
  /** Store the meeting chat's reference (as after the bot was added to the meeting). */
  meetingChat?: boolean;
}

/** An open encounter with its meeting chat (and optionally the clinician's personal chat) remembered. */
export async function seedEncounter(h: Seeder, setup: EncounterSetup = {}): Promise<Encounter> {
  const clinician = setup.clinician ?? CLINICIAN;
  const tenantId = setup.tenantId ?? TENANT_ID;
  meetings += 1;
  const meetingId = `meeting-${meetings}-${Math.random().toString(36).slice(2, 8)}`;
  const conversationId = `19:meeting_${meetingId}@thread.v2`;
  const installedAt = new Date(h.clock.now()).toISOString();
  if (setup.meetingChat !== false) {
    await h.services.conversations.saveConversation(tenantId, {
      reference: {
        channelId: "msteams",
        serviceUrl: h.connector.serviceUrl,
        conversation: { id: conversationId, conversationType: "groupChat", tenantId, isGroup: true },
        bot: { id: BOT_ID },
      },
      scope: "meeting",
      installedAt,
    });
  }
  if (setup.personal) {
    const personalId = `a:personal-${clinician.aadObjectId}`;
    await h.services.conversations.savePersonal(tenantId, clinician.aadObjectId, {
      reference: {
        channelId: "msteams",
        serviceUrl: h.connector.serviceUrl,
        conversation: { id: personalId, conversationType: "personal", tenantId },
        bot: { id: BOT_ID },
        user: { id: clinician.id, aadObjectId: clinician.aadObjectId },
      },
      scope: "personal",
      installedAt,
    });
  }
  const { encounter } = await openEncounter(h.services, {
    tenantId,
    meetingId,
    conversationId,
    startedAt: installedAt,
    organizerId: clinician.aadObjectId,
    organizerUserId: clinician.id,
    scheduledEnd: setup.scheduledEnd,
  });
  return encounter;
}

export async function close(h: Seeder, e: Encounter, closedBy: ClosedBy = "clinician") {
  return closeEncounter(h.services, {
    tenantId: e.tenantId,
    encounterId: e.id,
    endedAt: new Date(h.clock.now()).toISOString(),
    closedBy,
  });
}

export type CardContent = {
  body: Array<Record<string, unknown>>;
  actions?: Array<{ verb?: string; data?: { encounterId?: string } }>;
};

export function cardOf(activity: { body: Record<string, unknown> }): CardContent | undefined {
  return (activity.body.attachments as Array<{ content: CardContent }> | undefined)?.[0]?.content;
}

export function headingOf(activity: { body: Record<string, unknown> }): string | undefined {
  return cardOf(activity)?.body[0]?.text as string | undefined;
}
