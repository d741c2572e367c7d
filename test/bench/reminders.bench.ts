/**
 * Reminder scheduler benchmark (loopback only, bounded): 10,000 future reminders in the queue plus 1,000 that
 * fall due in the same minute, sent through the real CloudAdapter to a local Bot Connector stand-in that answers
 * like Teams (20–80 ms latency, 2 % of sends refused with 429 + Retry-After 1 s).
 * Reports: due→sent latency (p50/p99), sustained messages/s, the scheduler's storage reads per poll.
 *
 *   npm run bench -- reminders          (or: node --import tsx test/bench/reminders.bench.ts)
 *
 * Scenarios: one tenant (a whole CIUSSS ending 1,000 meetings at once: the per-tenant budget,
 * PROACTIVE_TENANT_RPS=25 per instance, is the bottleneck by design), then ten tenants.
 */
import { loadConfig } from "../../bot/src/config.js";
import { createLogger } from "../../bot/src/logger.js";
import { compose, type AppPorts } from "../../bot/src/composition.js";
import type { PollStats } from "../../bot/src/jobs/jobScheduler.js";
import type { NoteObligation } from "../../bot/src/storage/noteObligationRepository.js";
import { INDEX_PARTITION, queueRow } from "../../bot/src/storage/reminderRepository.js";
import { TableClient, type TableTransaction } from "@azure/data-tables";
import { startAzurite } from "../support/azurite.js";
import { startFakeConnector, type FakeConnector } from "../support/fakeConnector.js";

const FUTURE = 10_000;
const DUE = 1_000;
const BOT_ID = "28:balises-bench";

interface Scenario {
  name: string;
  tenants: number;
  /** Due times spread over this many ms inside the minute (0: all at the same instant). */
  spreadMs: number;
}

const SCENARIOS: Scenario[] = [
  { name: "1 tenant, 1,000 due at the same second", tenants: 1, spreadMs: 0 },
  { name: "10 tenants, 1,000 due at the same second", tenants: 10, spreadMs: 0 },
];

function tenantId(t: number): string {
  return `00000000-0000-4000-8000-${String(t).padStart(12, "0")}`;
}

async function pool<T>(
  items: T[],
  concurrency: number,
  work: (item: T, index: number) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i]!, i);
      }
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Bulk-loads the future reminders (same rows as ReminderRepository.enqueue, written by batch for speed). */
async function seedFuture(services: AppPorts, client: TableClient, now: number): Promise<void> {
  await services.jobs.buckets.dueBuckets(now); // creates the table
  const byPartition = new Map<string, Array<Record<string, unknown>>>();
  for (let i = 0; i < FUTURE; i++) {
    const job = {
      tenantId: tenantId(i % 10),
      subject: `future.${i}`,
      kind: "reminder",
      seq: 1,
      // Spread over the next 22 h, from 10 minutes on: never due during the benchmark.
      dueAt: new Date(now + 600_000 + Math.floor((i / FUTURE) * 22 * 3_600_000)),
    };
    const row = queueRow(job, services.jobs.buckets.locate(job, now));
    const pk = String(row.partitionKey);
    byPartition.set(pk, [...(byPartition.get(pk) ?? []), row]);
  }
  await pool([...byPartition.entries()], 16, async ([pk, rows]) => {
    for (let i = 0; i < rows.length; i += 100) {
      const batch: TableTransaction["actions"] = rows
        .slice(i, i + 100)
        .map((r) => ["create", r as { partitionKey: string; rowKey: string }]);
      await client.submitTransaction(batch);
    }
    await client.upsertEntity(
      { partitionKey: INDEX_PARTITION, rowKey: pk.slice("queue|".length), bucket: pk.slice("queue|".length) },
      "Replace",
    );
  });
}

async function seedDue(
  services: AppPorts,
  connector: FakeConnector,
  scenario: Scenario,
  dueAt: (i: number) => Date,
): Promise<void> {
  const endedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
  await pool(
    Array.from({ length: DUE }, (_, i) => i),
    32,
    async (i) => {
      const tenant = tenantId(i % scenario.tenants);
      const clinicianId = `dddddddd-0000-4000-8000-${String(i).padStart(12, "0")}`;
      const encounterId = `due.${i}`;
      await services.conversations.savePersonal(tenant, clinicianId, {
        reference: {
          channelId: "msteams",
          serviceUrl: connector.serviceUrl,
          conversation: { id: `a:bench-${i}`, conversationType: "personal", tenantId: tenant },
          bot: { id: BOT_ID },
          user: { id: `29:bench-${i}`, aadObjectId: clinicianId },
        },
        scope: "personal",
        installedAt: endedAt,
      });
      const obligation: NoteObligation = {
        tenantId: tenant,
        encounterId,
        clinicianId,
        locale: i % 2 === 0 ? "fr-CA" : "en",
        endedAt,
        deadline: new Date(Date.parse(endedAt) + 24 * 3_600_000).toISOString(),
        openedAt: endedAt,
        openedBy: "meetingEnd",
        reminderTimes: [dueAt(i).toISOString()],
        facts: {
          startedAt: new Date(Date.parse(endedAt) - 45 * 60_000).toISOString(),
          endedAt,
          modality: "video",
          consent: {
            kind: "recorded",
            method: "verbal",
            scope: { session: true, recording: false, informationSharing: true },
            substitute: false,
            complete: true,
          },
          participantCount: 1,
          planAgreed: true,
          connectionLostCount: 0,
        },
        jobsScheduled: true,
        cardDelivery: "sent",
      };
      await services.reminders.obligations.create(obligation);
      await services.jobs.queue.schedule({
        tenantId: tenant,
        subject: encounterId,
        kind: "reminder",
        seq: 1,
        dueAt: dueAt(i),
        recipientId: clinicianId,
      });
    },
  );
}

async function run(scenario: Scenario) {
  const azurite = await startAzurite();
  const connector = await startFakeConnector();
  const config = loadConfig({
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: "bench",
    REMINDER_POLL_INTERVAL: "PT1S",
  });
  const logger = createLogger("silent");
  const polls: Array<PollStats & { at: number }> = [];
  const { ports: services, scheduler } = compose(config, logger, {
    scheduler: { onPoll: (s) => polls.push({ ...s, at: Date.now() }) },
  });

  const seedStart = Date.now();
  const client = TableClient.fromConnectionString(azurite.connectionString, "benchReminders", {
    allowInsecureConnection: true,
  });
  await seedFuture(services, client, seedStart);
  const futureSeconds = (Date.now() - seedStart) / 1000;
  const futureBuckets = (await services.jobs.buckets.dueBuckets(seedStart + 24 * 3_600_000)).length;
  // All due in one minute bucket, at least 10 s after the due reminders are seeded.
  const minute = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000;
  const dueAt = (i: number) =>
    new Date(minute + (scenario.spreadMs === 0 ? 0 : Math.floor((i / DUE) * scenario.spreadMs)));
  await seedDue(services, connector, scenario, dueAt);
  if (Date.now() > minute - 2_000) throw new Error("seeding took too long: the due minute has started");
  connector.behaveLikeTeams({ latencyMs: [20, 80], throttleRate: 0.02, retryAfterSeconds: 1 });

  scheduler.start();
  const limit = minute + 5 * 60_000;
  const sent = () => connector.activities.filter((a) => a.conversationId.startsWith("a:bench-"));
  while (sent().length < DUE && Date.now() < limit) await new Promise((r) => setTimeout(r, 200));
  await scheduler.stop();

  const deliveries = sent();
  const latencies = deliveries
    .map((a) => a.receivedAt - dueAt(Number(a.conversationId.slice("a:bench-".length))).getTime())
    .sort((a, b) => a - b);
  const first = Math.min(...deliveries.map((a) => a.receivedAt));
  const last = Math.max(...deliveries.map((a) => a.receivedAt));
  const duplicates = deliveries.length - new Set(deliveries.map((a) => a.conversationId)).size;
  const throttled = connector.attempts.filter((a) => a.status === 429).length;
  const idle = polls.filter((p) => p.at < minute && p.due === 0);
  const busy = polls.filter((p) => p.at >= minute && p.due > 0);
  const reads = (p: PollStats) => p.indexReads + p.bucketReads;
  const result = {
    scenario: scenario.name,
    futureReminders: FUTURE,
    dueReminders: DUE,
    delivered: deliveries.length,
    duplicates,
    throttled429: throttled,
    latencyMs: { p50: percentile(latencies, 50), p99: percentile(latencies, 99), max: latencies.at(-1) },
    sustainedMsgsPerSecond: Number((deliveries.length / Math.max(0.001, (last - first) / 1000)).toFixed(1)),
    storageReadsPerPoll: {
      idle: idle.length > 0 ? Math.max(...idle.map(reads)) : null,
      whileDraining: busy.length > 0 ? { max: Math.max(...busy.map(reads)), polls: busy.length } : null,
    },
    futureBuckets,
    seedSeconds: { future: Number(futureSeconds.toFixed(1)) },
  };
  console.log(JSON.stringify(result, null, 2));
  await connector.stop();
  await azurite.stop();
  return result;
}

const results = [];
for (const scenario of SCENARIOS) results.push(await run(scenario));
console.log(
  "\nscenario | delivered | dup | 429s | p50 ms | p99 ms | msgs/s | reads/poll idle | reads/poll draining (max)",
);
for (const r of results) {
  console.log(
    `${r.scenario} | ${r.delivered} | ${r.duplicates} | ${r.throttled429} | ${r.latencyMs.p50} | ${r.latencyMs.p99} | ${r.sustainedMsgsPerSecond} | ${r.storageReadsPerPoll.idle} | ${r.storageReadsPerPoll.whileDraining?.max}`,
  );
}
if (results.some((r) => r.delivered !== DUE || r.duplicates !== 0)) process.exit(1);
process.exit(0);
