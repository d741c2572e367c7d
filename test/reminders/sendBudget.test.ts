/**
 * The per-tenant budget of calls to Teams shared by every instance, against real storage (Azurite): several
 * budgets on one storage stand for several service instances. Teams allows "50 requests per second per app per
 * tenant" (learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit); Balises plans 45 in any second,
 * all instances together, and lets at most 47 go (a batch on time is counted on its slots: sendSlots.ts); a 429
 * seen by one instance holds the others back; storage out of reach means no call, and calls resume when it
 * answers again, without restart. Calls are counted where the budget lets them start.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../bot/src/logger.js";
import type { AppConfig } from "../../bot/src/config.js";
import { ProactiveSendError } from "../../bot/src/jobs/retryPolicy.js";
import { takeSendSlot } from "../../bot/src/jobs/sendBudget.js";
import { createSendGate } from "../../bot/src/jobs/sendGate.js";
import { freshBatch, TEAMS_TENANT_BUDGET } from "../../bot/src/jobs/sendSlots.js";
import { SharedSendBudget } from "../../bot/src/jobs/sharedSendBudget.js";
import { SlidingWindowLimiter } from "../../bot/src/jobs/rateLimiter.js";
import {
  SEND_BUDGET_DEADLINES,
  SendBudgetRepository,
  type SendSlotLog,
} from "../../bot/src/storage/sendBudgetRepository.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway, type StorageDeadlinesByUrgency } from "../../bot/src/storage/tableGateway.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { connectionStringThrough, startFreezableRelay } from "../support/frozenPeer.js";
import { eventually } from "./support/childService.js";
import { maxInAnyWindow } from "./support/windows.js";

const TENANT = "00000000-0000-4000-8000-0000000b0d9e";
/** How long after a pause is written another instance may still start a call: its batch claimed just before. */
const HELD_BATCH_MS =
  TEAMS_TENANT_BUDGET.leadMs + freshBatch("held", 0, TEAMS_TENANT_BUDGET.batchSize, TEAMS_TENANT_BUDGET).until;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let azurite: RunningAzurite;

beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.stop();
});

interface Instance {
  budget: SharedSendBudget;
  /** Every call start the budget allowed, at the time it read when it allowed it. */
  starts: number[];
  /** The start of the slot each of those calls stood for. */
  slots: number[];
  /** Writes to the budget's row it tried, lost races included. */
  writes: number;
  /** The logs it tried to write. */
  saved: SendSlotLog[];
}

/** One service instance's budget: its own table client on the shared storage. */
function instance(
  storage: AppConfig["storage"],
  deadlines: StorageDeadlinesByUrgency = SEND_BUDGET_DEADLINES,
): Instance {
  const gateway = new TableGateway(createTableClientFactory(storage).client("SendBudget"), deadlines);
  let lastRead = 0;
  const store = new SendBudgetRepository(gateway);
  const now = () => (lastRead = Date.now());
  const budget = new SharedSendBudget({ store, now, sleep, logger: createLogger("silent") });
  const starts: number[] = [];
  const slots: number[] = [];
  const save = store.save.bind(store);
  store.save = (...args) => {
    self.writes += 1;
    self.saved.push(args[1]);
    return save(...args);
  };
  // A slot's `use()` reads the clock once: the time it allowed the call is the last time read.
  const reserve = budget.reserve.bind(budget);
  budget.reserve = async (tenantId) => {
    const reservation = await reserve(tenantId);
    if (reservation.kind === "wait") return reservation;
    const use = () => {
      const allowed = reservation.use();
      if (allowed) {
        starts.push(lastRead);
        // startsInMs() reads the clock again: the slot's start is that reading plus what it returns.
        const slotIn = reservation.startsInMs();
        slots.push(lastRead + slotIn);
      }
      return allowed;
    };
    return { ...reservation, use };
  };
  const self = { budget, starts, slots, writes: 0, saved: [] as SendSlotLog[] };
  return self;
}

/** `workers` callers of the instance taking slots one after the other until `enough`; the errors they met. */
function callers({ budget }: Instance, workers: number, enough: () => boolean) {
  const errors: unknown[] = [];
  const done = Promise.all(
    Array.from({ length: workers }, async () => {
      while (!enough()) {
        try {
          await takeSendSlot(budget, TENANT, sleep);
        } catch (error) {
          errors.push(error);
          await sleep(20);
        }
      }
    }),
  );
  return { errors, done };
}

describe("the tenant's budget of calls to Teams, shared by every instance", () => {
  it("three instances on one storage never plan more than 45 calls in any 1-second window together, nor start more than 47, at a few writes a second", async () => {
    const storage = azurite.storage();
    const trio = [instance(storage), instance(storage), instance(storage)];
    const all = () => trio.flatMap((i) => i.starts);
    const planned = () => trio.flatMap((i) => i.slots);
    const runs = trio.map((i) => callers(i, 16, () => all().length >= 135));
    await Promise.all(runs.map((r) => r.done));

    expect(maxInAnyWindow(planned(), 1000)).toBeLessThanOrEqual(45);
    expect(maxInAnyWindow(all(), 1000)).toBeLessThanOrEqual(TEAMS_TENANT_BUDGET.usedPerWindow);
    // The budget is spent, not left idle, and by every instance.
    expect(maxInAnyWindow(all(), 1000)).toBeGreaterThanOrEqual(40);
    for (const i of trio) expect(i.starts.length).toBeGreaterThan(0);
    expect(runs.flatMap((r) => r.errors)).toEqual([]);
    // Cheap: one write claims several slots (fewer writes than half the calls, lost races included).
    expect(trio.reduce((sum, i) => sum + i.writes, 0)).toBeLessThan(all().length / 2);
  }, 30_000);

  it("claims a whole batch with one write: callers that come before it ends need no other", async () => {
    const alone = instance(azurite.storage());
    for (let i = 0; i < TEAMS_TENANT_BUDGET.batchSize; i++) await takeSendSlot(alone.budget, TENANT, sleep);
    expect(alone.starts).toHaveLength(TEAMS_TENANT_BUDGET.batchSize);
    expect(alone.writes).toBe(1);
  });

  it("claims only the slots its announced jobs still need: the last three jobs of a run, three slots, not ten", async () => {
    const alone = instance(azurite.storage());
    const jobs = [1, 2, 3].map(() => alone.budget.expectCalls(TENANT));
    await Promise.all(
      jobs.map(async (done) => {
        await takeSendSlot(alone.budget, TENANT, sleep);
        done();
      }),
    );
    expect(alone.starts).toHaveLength(3);
    // Ten would hold the same slots of the next second back on every instance until they passed unused.
    expect(alone.saved[0]?.batches.map((b) => b.count)).toEqual([3]);
  });

  it("an instance whose callers stopped coming settles its last batch on its own: the others' next second is not held back", async () => {
    const storage = azurite.storage();
    const alone = instance(storage);
    await Promise.all([1, 2, 3].map(() => takeSendSlot(alone.budget, TENANT, sleep)));
    const stored = new SendBudgetRepository(
      new TableGateway(createTableClientFactory(storage).client("SendBudget"), SEND_BUDGET_DEADLINES),
    );
    const batch = async () => (await stored.get(TENANT))?.log.batches[0];
    const claimed = freshBatch("claimed", alone.slots[0]!, 3, TEAMS_TENANT_BUDGET);

    // Unsettled, its slots count with their whole slack; no other call comes to write, it is settled all the same.
    await eventually(
      "the batch to be settled",
      async () => ((await batch())?.until ?? Infinity) < claimed.until,
      10_000,
      20,
    );
    expect(alone.writes).toBe(2);
  });

  it("a 429 seen by one instance holds the others back until its Retry-After has passed", async () => {
    const storage = azurite.storage();
    const [seer, other] = [instance(storage), instance(storage)];
    let pauseEnds = Infinity;
    const others = callers(other, 8, () => other.starts.some((t) => t >= pauseEnds));
    await eventually("the other instance to be calling", () => other.starts.length >= 20, 10_000, 5);

    // Teams answers the seer's call with 429, Retry-After 1.5 s.
    const gate = createSendGate({
      ...{ tenantId: TENANT, limiter: new SlidingWindowLimiter(), budget: seer.budget, maxAttempts: 1 },
      ...{ maxWaitMs: 2_000, backoff: { baseMs: 100, capMs: 100, jitter: 0 }, now: Date.now, sleep, random: () => 0 },
      holdLease: () => Promise.resolve(),
    });
    let seenAt = 0;
    const send = () => {
      seenAt = Date.now();
      return Promise.reject(new ProactiveSendError("send", 429, "TooManyRequests", 1500, "throttled"));
    };
    await expect(gate("a:conversation", send)).rejects.toMatchObject({ reason: "http429:TooManyRequests" });
    const written = Date.now();
    expect(await seer.budget.reserve(TENANT)).toMatchObject({ kind: "wait" });
    pauseEnds = seenAt + 1500;
    await others.done;

    expect(other.starts.filter((t) => t > written + HELD_BATCH_MS && t < pauseEnds)).toEqual([]);
    expect(other.starts.filter((t) => t >= pauseEnds).length).toBeGreaterThan(0);
    expect(others.errors).toEqual([]);
  }, 30_000);

  it("storage out of reach: no call starts without a slot, and calls resume when it answers, without restart", async () => {
    const relay = await startFreezableRelay(azurite.port);
    try {
      const storage = {
        ...azurite.storage(),
        connectionString: connectionStringThrough(azurite.connectionString, relay.port),
      };
      const deadline = { attemptMs: 300, callMs: 500, attempts: 2 };
      const alone = instance(storage, { person: deadline, background: deadline });
      let thawedAt = Infinity;
      const run = callers(alone, 8, () => alone.starts.filter((t) => t > thawedAt).length >= 20);
      await eventually("calls to start", () => alone.starts.length >= 20, 10_000, 5);

      relay.freeze();
      const frozenAt = Date.now();
      // Two claims refused at their deadline (each refusal answers all 8 waiting callers).
      await eventually("claims to fail", () => run.errors.length >= 16, 10_000, 5);
      expect(alone.starts.filter((t) => t > frozenAt + HELD_BATCH_MS)).toEqual([]);

      relay.thaw();
      thawedAt = Date.now();
      await run.done;
      expect(alone.starts.filter((t) => t > thawedAt).length).toBeGreaterThanOrEqual(20);
      expect(maxInAnyWindow(alone.slots, 1000)).toBeLessThanOrEqual(45);
      expect(maxInAnyWindow(alone.starts, 1000)).toBeLessThanOrEqual(TEAMS_TENANT_BUDGET.usedPerWindow);
    } finally {
      relay.thaw();
      await relay.stop();
    }
  }, 30_000);
});
