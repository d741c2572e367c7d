/**
 * The durable, multi-instance scheduler. Each poll reads the bucket index and the due buckets only
 * (reminderRepository.ts), claims each due job with an ETag-conditional merge, runs it through its kind's handler
 * behind the rate limits and the retry gate, records the outcome and removes the job with the claim's ETag
 * (claimedJob.ts). Between polls it waits for its interval, or for the wake signal rung when a job is scheduled.
 *
 * Guarantees: a job is never lost — until its outcome is recorded and it is removed, it stays in Azure Tables,
 * and a crashed claimer's lease expires so another instance takes it. It is sent once in practice: claims are
 * exclusive, the record is checked before sending, and the lease is extended before every wait. The remaining
 * window (a crash after the connector accepted the message, before the record is written) gives at-least-once.
 */
import { hostname } from "node:os";
import { randomBytes } from "node:crypto";
import { loggedError, type Logger } from "../logger.js";
import { asBackgroundWork } from "../outbound/deadline.js";
import { preciseSleep } from "../outbound/preciseClock.js";
import type { JobRecordRepository } from "../storage/jobRecordRepository.js";
import type { QueuedJob, ReminderRepository } from "../storage/reminderRepository.js";
import { processClaimed, SchedulerStopping, type ClaimContext, type ClaimSettings } from "./claimedJob.js";
import type { JobKinds } from "./jobKinds.js";
import { JobRunner } from "./jobRunner.js";
import { runPool, shuffle } from "./pool.js";
import { SlidingWindowLimiter } from "./rateLimiter.js";
import { DEFAULT_BACKOFF, type BackoffOptions } from "./retryPolicy.js";
import type { SendBudget } from "./sendBudget.js";
import type { WakeSignal } from "./wakeSignal.js";

export interface SchedulerOptions {
  instanceId?: string;
  pollIntervalMs: number;
  leaseMs: number;
  /** Jobs run at the same time by this instance. */
  concurrency?: number;
  /** Connector retries inside one claim, and the longest wait worth holding a claim for. */
  maxInProcessAttempts?: number;
  maxInProcessWaitMs?: number;
  backoff?: BackoffOptions;
  /** Backoff between claims when a job keeps failing (persisted through `availableAt`). */
  storageBackoff?: BackoffOptions;
  /** A job still failing this long after its due time ends with reason "gaveUp" (unless its kind never gives up). */
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

/** The queue operations of a poll and of a claim. */
export type SchedulerQueue = Pick<
  ReminderRepository,
  "stats" | "dueBuckets" | "dueJobs" | "retireBucket" | "claim" | "extend" | "release" | "complete"
>;

export interface JobSchedulerDeps {
  queue: SchedulerQueue;
  runner: ClaimContext["runner"];
  kinds: ClaimContext["kinds"];
  /** Rung by the job queue when this process schedules a job. */
  wake: WakeSignal;
  logger: Logger;
  /** The tenant's budget of calls to Teams, shared with the roster reads and with every other instance. */
  budget: SendBudget;
}

export class JobScheduler {
  readonly instanceId: string;
  private readonly pollIntervalMs: number;
  private readonly concurrency: number;
  private readonly sleepFor: (ms: number) => Promise<void>;
  private readonly onPoll?: (stats: PollStats) => void;
  private readonly claims: ClaimContext;
  private running = false;
  private stopped = false;
  private loop?: Promise<void>;
  private readonly inFlight = new Set<string>();
  private signalStop!: () => void;
  private readonly stopping = new Promise<void>((resolve) => (this.signalStop = resolve));

  constructor(
    private readonly deps: JobSchedulerDeps,
    options: SchedulerOptions,
  ) {
    this.instanceId = options.instanceId ?? `${hostname()}-${process.pid}-${randomBytes(3).toString("hex")}`;
    this.pollIntervalMs = options.pollIntervalMs;
    this.concurrency = options.concurrency ?? 16;
    this.sleepFor = options.sleep ?? preciseSleep;
    this.onPoll = options.onPoll;
    const settings = claimSettings(options);
    this.claims = {
      ...deps,
      instanceId: this.instanceId,
      limiter: new SlidingWindowLimiter(settings.now),
      settings,
      sleep: (ms) => this.sleep(ms),
    };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    // Nobody waits on a job: its outbound calls get the longer deadlines of background work.
    this.loop = asBackgroundWork(() => this.run());
  }

  async stop(): Promise<void> {
    this.running = false;
    this.stopped = true;
    this.signalStop();
    this.deps.wake.ring();
    await this.loop;
  }

  /** Read afresh after each await (`stop` may have run meanwhile). */
  private isRunning(): boolean {
    return this.running;
  }

  /** A wait that ends early, with SchedulerStopping, when the service stops. */
  private sleep(ms: number): Promise<void> {
    if (this.stopped) return Promise.reject(new SchedulerStopping());
    return Promise.race([this.sleepFor(ms), this.stopping.then(() => Promise.reject(new SchedulerStopping()))]);
  }

  private async run(): Promise<void> {
    while (this.isRunning()) {
      try {
        const stats = await this.pollOnce();
        this.onPoll?.(stats);
      } catch (error) {
        this.deps.logger.error({ err: loggedError(error) }, "reminder poll failed");
      }
      if (!this.isRunning()) break;
      await this.deps.wake.wait(this.pollIntervalMs);
    }
  }

  /** One pass: what is due now, claimed and run. Returns what it cost and did. */
  async pollOnce(): Promise<PollStats> {
    const { queue } = this.deps;
    const before = { ...queue.stats };
    const now = this.claims.settings.now();
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
    for (const bucket of await queue.dueBuckets(now)) {
      stats.dueBuckets += 1;
      const jobs = await queue.dueJobs(bucket.bucket, now);
      if (jobs.length === 0) {
        await queue.retireBucket(bucket, now);
        continue;
      }
      stats.due += jobs.length;
      ready.push(
        ...shuffle(
          jobs.filter((j) => this.claimable(j, now)),
          this.claims.settings.random,
        ),
      );
    }
    stats.indexReads = queue.stats.indexReads - before.indexReads;
    stats.bucketReads = queue.stats.bucketReads - before.bucketReads;
    await runPool(ready, this.concurrency, (job) => this.runOne(job, stats));
    return stats;
  }

  private claimable(j: QueuedJob, now: number): boolean {
    const claimed = j.claimedUntil !== undefined && j.claimedUntil > now;
    return j.availableAt <= now && !claimed && !this.inFlight.has(j.location.rowKey);
  }

  private async runOne(job: QueuedJob, stats: PollStats): Promise<void> {
    this.inFlight.add(job.location.rowKey);
    try {
      const result = await processClaimed(this.claims, job);
      if (result !== "lost") stats.claimed += 1;
      if (result === "sent") stats.sent += 1;
      if (result === "retry") stats.retried += 1;
      if (result === "ended") stats.ended += 1;
    } catch (error) {
      // Storage unreachable while claiming or releasing: the row stays, its lease expires, a later poll retries.
      this.deps.logger.error({ job: job.location.rowKey, err: loggedError(error) }, "reminder job failed");
    } finally {
      this.inFlight.delete(job.location.rowKey);
    }
  }
}

function claimSettings(options: SchedulerOptions): ClaimSettings {
  return {
    leaseMs: options.leaseMs,
    maxInProcessAttempts: options.maxInProcessAttempts ?? 4,
    maxInProcessWaitMs: options.maxInProcessWaitMs ?? 30_000,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    storageBackoff: options.storageBackoff ?? { baseMs: 5_000, capMs: 15 * 60_000, jitter: 0.2 },
    giveUpAfterMs: options.giveUpAfterMs ?? 48 * 3_600_000,
    pauseAfterClaimMs: options.pauseAfterClaimMs,
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
  };
}

export interface JobSchedulerParts {
  queue: SchedulerQueue;
  records: Pick<JobRecordRepository, "get" | "save">;
  kinds: JobKinds;
  wake: WakeSignal;
  logger: Logger;
  now: () => Date;
  budget: SendBudget;
}

/** The scheduler with its runner: what the composition root calls, once the job kinds are registered. */
export function createJobScheduler(parts: JobSchedulerParts, options: SchedulerOptions): JobScheduler {
  const runner = new JobRunner({ records: parts.records, kinds: parts.kinds, now: parts.now });
  const { queue, kinds, wake, logger, budget } = parts;
  return new JobScheduler({ queue, runner, kinds, wake, logger, budget }, options);
}
