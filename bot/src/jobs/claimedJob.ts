/**
 * One due job, from its claim to its removal (jobScheduler.ts polls, this runs): claim with the row's ETag, run
 * through the runner behind a send gate that keeps the claim's lease ahead of every wait, then remove the row
 * with the claim's ETag — or give it back with a backoff, or end it when it has been failing for too long.
 */
import type { Logger } from "../logger.js";
import type { QueuedJob, ReminderRepository } from "../storage/reminderRepository.js";
import type { JobKinds } from "./jobKinds.js";
import type { JobRunner } from "./jobRunner.js";
import type { SlidingWindowLimiter } from "./rateLimiter.js";
import { backoffDelay, type BackoffOptions } from "./retryPolicy.js";
import type { SendBudget } from "./sendBudget.js";
import { createSendGate, LeaseLostError, TransientSendExhausted, type SendGate } from "./sendGate.js";

/** The service is stopping: a job waiting (pause, backoff, rate limit) gives its claim back. */
export class SchedulerStopping extends Error {
  constructor() {
    super("scheduler stopping");
    this.name = "SchedulerStopping";
  }
}

export type ClaimResult = "lost" | "sent" | "retry" | "ended";

/** The queue operations a claim makes. */
export type ClaimStore = Pick<ReminderRepository, "claim" | "extend" | "release" | "complete">;

export interface ClaimSettings {
  leaseMs: number;
  maxInProcessAttempts: number;
  maxInProcessWaitMs: number;
  backoff: BackoffOptions;
  storageBackoff: BackoffOptions;
  giveUpAfterMs: number;
  pauseAfterClaimMs?: number;
  now: () => number;
  random: () => number;
}

export interface ClaimContext {
  queue: ClaimStore;
  runner: Pick<JobRunner, "run" | "end">;
  kinds: Pick<JobKinds, "givesUp">;
  logger: Logger;
  instanceId: string;
  /** Per conversation, in this process. */
  limiter: SlidingWindowLimiter;
  /** Per tenant, shared by every instance. */
  budget: SendBudget;
  settings: ClaimSettings;
  /** A wait that rejects with SchedulerStopping when the service stops. */
  sleep: (ms: number) => Promise<void>;
}

interface Lease {
  etag: string;
  until: number;
}

export async function processClaimed(ctx: ClaimContext, job: QueuedJob): Promise<ClaimResult> {
  const lease = { etag: "", until: ctx.settings.now() + ctx.settings.leaseMs };
  const claimed = await ctx.queue.claim(job, ctx.instanceId, lease.until);
  if (!claimed) return "lost";
  lease.etag = claimed;
  ctx.logger.debug({ job: job.location.rowKey, instance: ctx.instanceId }, "reminder claimed");
  if (!(await pauseAfterClaim(ctx, job, lease))) return "lost";
  try {
    const outcome = await runAnnounced(ctx, job, lease);
    await ctx.queue.complete(job, lease.etag);
    return outcome.kind === "ended" ? "ended" : "sent";
  } catch (error) {
    return settleFailure(ctx, job, lease, error);
  }
}

/** Test hook (never in production): waits between claim and run; false when the service stopped meanwhile. */
async function pauseAfterClaim(ctx: ClaimContext, job: QueuedJob, lease: Lease): Promise<boolean> {
  const ms = ctx.settings.pauseAfterClaimMs;
  if (!ms) return true;
  ctx.logger.warn({ job: job.location.rowKey, ms }, "test hook: pausing between claim and send");
  try {
    await ctx.sleep(ms);
    return true;
  } catch {
    await ctx.queue.release(job, lease.etag, ctx.settings.now(), "stopped");
    return false;
  }
}

/** The run, announced to the tenant's budget while it may still call: slots are claimed for the jobs coming. */
async function runAnnounced(ctx: ClaimContext, job: QueuedJob, lease: Lease) {
  const done = ctx.budget.expectCalls(job.tenantId);
  try {
    return await ctx.runner.run(job, gateFor(ctx, job, lease));
  } finally {
    done();
  }
}

function gateFor(ctx: ClaimContext, job: QueuedJob, lease: Lease): SendGate {
  const s = ctx.settings;
  const holdLease = async (ms: number) => {
    const now = s.now();
    const needed = ms + s.leaseMs / 2;
    if (lease.until - now >= needed) return;
    const until = now + Math.max(s.leaseMs, needed);
    const etag = await ctx.queue.extend(job, lease.etag, until);
    if (!etag) throw new LeaseLostError();
    lease.etag = etag;
    lease.until = until;
  };
  return createSendGate({
    tenantId: job.tenantId,
    limiter: ctx.limiter,
    budget: ctx.budget,
    backoff: s.backoff,
    maxAttempts: s.maxInProcessAttempts,
    maxWaitMs: s.maxInProcessWaitMs,
    now: s.now,
    sleep: ctx.sleep,
    random: s.random,
    holdLease,
    onRetry: (info) => ctx.logger.info({ job: job.location.rowKey, ...info }, "proactive send refused, retrying"),
  });
}

/** The run threw: claim lost, service stopping, or a failure to retry later (or to give up on). */
async function settleFailure(ctx: ClaimContext, job: QueuedJob, lease: Lease, error: unknown): Promise<ClaimResult> {
  const s = ctx.settings;
  if (error instanceof LeaseLostError) {
    ctx.logger.warn({ job: job.location.rowKey }, "claim lost to another instance");
    return "lost";
  }
  if (error instanceof SchedulerStopping) {
    await ctx.queue.release(job, lease.etag, s.now(), "stopped");
    return "lost";
  }
  const reason =
    error instanceof TransientSendExhausted ? error.reason : `${(error as Error).name}: ${(error as Error).message}`;
  if (ctx.kinds.givesUp(job.kind) && s.now() - job.dueAt.getTime() > s.giveUpAfterMs) {
    await ctx.runner.end(job, "gaveUp");
    await ctx.queue.complete(job, lease.etag);
    ctx.logger.error({ job: job.location.rowKey, reason }, "reminder given up");
    return "ended";
  }
  const delay = Math.max(
    error instanceof TransientSendExhausted ? error.delayMs : 0,
    backoffDelay(job.attempts + 1, s.storageBackoff, s.random),
  );
  await ctx.queue.release(job, lease.etag, s.now() + delay, reason);
  ctx.logger.warn({ job: job.location.rowKey, reason, delay }, "reminder will be retried");
  return "retry";
}
