/**
 * The durable, multi-instance scheduler. Each poll reads the bucket index and the due buckets only
 * (reminderRepository.ts), claims each due job with an ETag-conditional merge, runs it through the rate
 * limiter and the retry gate, records the outcome and removes the job with the claim's ETag.
 *
 * Guarantees: a job is never lost — until its outcome is recorded and it is removed, it stays in Azure Tables,
 * and a crashed claimer's lease expires so another instance takes it. It is sent once in practice: claims are
 * exclusive, the record is checked before sending, and the lease is extended before every wait. The remaining
 * window (a crash after the connector accepted the message, before the record is written) gives at-least-once.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import type { Logger } from "../logger.js";
import type { QueuedJob, ReminderRepository } from "../storage/reminderRepository.js";
import type { JobExecutor } from "./jobExecutor.js";
import { givesUp } from "./jobs.js";
import { SlidingWindowLimiter } from "./rateLimiter.js";
import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from "./retryPolicy.js";
import { createSendGate, LeaseLostError, TransientSendExhausted } from "./sendGate.js";

export interface SchedulerOptions {
  instanceId?: string;
  pollIntervalMs: number;
  leaseMs: number;
  tenantRps: number;
  /** Jobs run at the same time by this instance. */
  concurrency?: number;
  /** Connector retries inside one claim, and the longest wait worth holding a claim for. */
  maxInProcessAttempts?: number;
  maxInProcessWaitMs?: number;
  backoff?: BackoffOptions;
  /** Backoff between claims when a job keeps failing (persisted through `availableAt`). */
  storageBackoff?: BackoffOptions;
  /** A job still failing this long after its due time ends with reason "gaveUp" (purge jobs never give up: jobs.ts givesUp). */
  giveUpAfterMs?: number;
  /** Test hook (never in production): wait this long between claim and run. */
  pauseAfterClaimMs?: number;
  /** Told after each poll of the loop (metrics, benchmark). */
  onPoll?: (stats: PollStats) => void;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface PollStats {
  indexReads: number;
  bucketReads: number;
  dueBuckets: number;
  due: number;
  claimed: number;
  sent: number;
  retried: number;
  ended: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/** The service is stopping: a job waiting (pause, backoff, rate limit) gives its claim back. */
class SchedulerStopping extends Error {}

export class ReminderScheduler {
  readonly instanceId: string;
  readonly limiter: SlidingWindowLimiter;
  private readonly o: Required<Omit<SchedulerOptions, "pauseAfterClaimMs" | "instanceId" | "onPoll">> &
    Pick<SchedulerOptions, "pauseAfterClaimMs" | "onPoll">;
  private running = false;
  private stopped = false;
  private loop?: Promise<void>;
  private wakeUp?: () => void;
  private woken = false;
  private readonly inFlight = new Set<string>();
  private signalStop!: () => void;
  private readonly stopping = new Promise<void>((resolve) => (this.signalStop = resolve));

  constructor(
    private readonly queue: ReminderRepository,
    private readonly executor: JobExecutor,
    private readonly logger: Logger,
    options: SchedulerOptions,
  ) {
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
    this.o = {
      concurrency: 16,
      maxInProcessAttempts: 4,
      maxInProcessWaitMs: 30_000,
      backoff: DEFAULT_BACKOFF,
      storageBackoff: { baseMs: 5_000, capMs: 15 * 60_000, jitter: 0.2 },
      giveUpAfterMs: 48 * 3_600_000,
      now: Date.now,
      sleep: realSleep,
      random: Math.random,
      ...options,
    };
    this.limiter = new SlidingWindowLimiter(this.o.now, (ms) => this.sleep(ms));
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    this.signalStop();
    this.wake();
    await this.loop;
  }

  /** A wait that ends early, with SchedulerStopping, when the service stops. */
  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.reject(new SchedulerStopping());
    return Promise.race([this.o.sleep(ms), this.stopping.then(() => Promise.reject(new SchedulerStopping()))]);
  }

  /** Poll now (jobs were just scheduled by this instance). */
  wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    while (this.running) {
      this.woken = false;
      try {
        const stats = await this.pollOnce();
        this.o.onPoll?.(stats);
      } catch (error) {
        this.logger.error(
          { err: { name: (error as Error).name, message: (error as Error).message } },
          "reminder poll failed",
        );
      }
      if (!this.running) break;
      if (this.woken) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.o.pollIntervalMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** One pass: what is due now, claimed and run. Returns what it cost and did. */
  async pollOnce(): Promise<PollStats> {
    const before = { ...this.queue.stats };
    const now = this.o.now();
    const stats: PollStats = {
      indexReads: 0,
      bucketReads: 0,
      dueBuckets: 0,
      due: 0,
      claimed: 0,
      sent: 0,
      retried: 0,
      ended: 0,
    };
    const ready: QueuedJob[] = [];
    for (const bucket of await this.queue.dueBuckets(now)) {
      stats.dueBuckets += 1;
      const jobs = await this.queue.dueJobs(bucket.bucket, now);
      if (jobs.length === 0) {
        await this.queue.retireBucket(bucket, now);
        continue;
      }
      stats.due += jobs.length;
      const free = jobs.filter(
        (j) =>
          j.availableAt <= now &&
          !(j.claimedUntil !== undefined && j.claimedUntil > now) &&
          !this.inFlight.has(j.location.rowKey),
      );
      ready.push(...shuffle(free, this.o.random));
    }
    stats.indexReads = this.queue.stats.indexReads - before.indexReads;
    stats.bucketReads = this.queue.stats.bucketReads - before.bucketReads;
    await runPool(ready, this.o.concurrency, async (job) => {
      this.inFlight.add(job.location.rowKey);
      try {
        const result = await this.process(job);
        if (result !== "lost") stats.claimed += 1;
        if (result === "sent") stats.sent += 1;
        if (result === "retry") stats.retried += 1;
        if (result === "ended") stats.ended += 1;
      } catch (error) {
        // Storage unreachable while claiming or releasing: the row stays, its lease expires, a later poll retries.
        this.logger.error(
          { job: job.location.rowKey, err: { name: (error as Error).name, message: (error as Error).message } },
          "reminder job failed",
        );
      } finally {
        this.inFlight.delete(job.location.rowKey);
      }
    });
    return stats;
  }

  private async process(job: QueuedJob): Promise<"lost" | "sent" | "retry" | "ended"> {
    const lease = { etag: "", until: this.o.now() + this.o.leaseMs };
    const claimed = await this.queue.claim(job, this.instanceId, lease.until);
    if (!claimed) return "lost";
    lease.etag = claimed;
    this.logger.debug({ job: job.location.rowKey, instance: this.instanceId }, "reminder claimed");
    if (this.o.pauseAfterClaimMs) {
      this.logger.warn(
        { job: job.location.rowKey, ms: this.o.pauseAfterClaimMs },
        "test hook: pausing between claim and send",
      );
      try {
        await this.sleep(this.o.pauseAfterClaimMs);
      } catch {
        await this.queue.release(job, lease.etag, this.o.now(), "stopped");
        return "lost";
      }
    }

    const holdLease = async (ms: number) => {
      const now = this.o.now();
      const needed = ms + this.o.leaseMs / 2;
      if (lease.until - now >= needed) return;
      const until = now + Math.max(this.o.leaseMs, needed);
      const etag = await this.queue.extend(job, lease.etag, until);
      if (!etag) throw new LeaseLostError();
      lease.etag = etag;
      lease.until = until;
    };
    const gate = createSendGate({
      tenantId: job.tenantId,
      limiter: this.limiter,
      tenantRps: this.o.tenantRps,
      backoff: this.o.backoff,
      maxAttempts: this.o.maxInProcessAttempts,
      maxWaitMs: this.o.maxInProcessWaitMs,
      now: this.o.now,
      sleep: (ms) => this.sleep(ms),
      random: this.o.random,
      holdLease,
      onRetry: (info) => this.logger.info({ job: job.location.rowKey, ...info }, "proactive send refused, retrying"),
    });

    try {
      const outcome = await this.executor.run(job, gate);
      await this.queue.complete(job, lease.etag);
      return outcome.kind === "ended" ? "ended" : "sent";
    } catch (error) {
      if (error instanceof LeaseLostError) {
        this.logger.warn({ job: job.location.rowKey }, "claim lost to another instance");
        return "lost";
      }
      if (error instanceof SchedulerStopping) {
        await this.queue.release(job, lease.etag, this.o.now(), "stopped");
        return "lost";
      }
      const reason =
        error instanceof TransientSendExhausted
          ? error.reason
          : `${(error as Error).name}: ${(error as Error).message}`;
      if (givesUp(job.kind) && this.o.now() - job.dueAt.getTime() > this.o.giveUpAfterMs) {
        await this.executor.end(job, "gaveUp");
        await this.queue.complete(job, lease.etag);
        this.logger.error({ job: job.location.rowKey, reason }, "reminder given up");
        return "ended";
      }
      const delay = Math.max(
        error instanceof TransientSendExhausted ? error.delayMs : 0,
        backoffDelay(job.attempts + 1, this.o.storageBackoff, this.o.random),
      );
      await this.queue.release(job, lease.etag, this.o.now() + delay, reason);
      this.logger.warn({ job: job.location.rowKey, reason, delay }, "reminder will be retried");
      return "retry";
    }
  }
}

function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

async function runPool<T>(items: T[], concurrency: number, worker: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++]!;
      await worker(item);
    }
  });
  await Promise.all(runners);
}
