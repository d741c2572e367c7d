/**
 * The "sharedCard.refresh" job kind (encounters/sharedCardRefresh.ts): replaces everyone's copy of one of an
 * encounter's cards in the meeting chat with the card rendered from the stored encounter. The job runs after the
 * card action was answered, through the send gate (per-conversation and per-tenant rate limits, backoff on 429
 * and 5xx, the claim kept alive), with a deadline on every Bot Connector call; a job still failing is handed back
 * to the queue and retried later, a refusal Teams will repeat (403, 404, 400, 413) ends it with its reason.
 *
 * The card is rendered when the gate lets the call through, so what is sent is the latest record: a job held back
 * by the rate limit never puts an older state over a newer one. A job that finds its card's refresh queued for a
 * later version of the encounter leaves the update to that job ("superseded"): many changes in a row cost one
 * update, not one each.
 */
import type { AdaptiveCard } from "../../cards/renderCard.js";
import { DEFAULT_LOCALE } from "../../i18n/locale.js";
import type { Job, JobKind, JobOutcome } from "../../jobs/job.js";
import { PermanentSendFailure, type SendGate } from "../../jobs/sendGate.js";
import { withDeadline } from "../../outbound/deadline.js";
import {
  refreshSeq,
  refreshTarget,
  SHARED_CARD_REFRESH,
  type SharedCardKind,
} from "../../encounters/sharedCardRefresh.js";
import type { StoredConversationReference } from "../../storage/conversationReferenceRepository.js";
import type { ConversationReferenceRepository } from "../../storage/conversationReferenceRepository.js";
import type { EncounterRepository, StoredEncounter } from "../../storage/encounterRepository.js";
import type { JobRecordRepository } from "../../storage/jobRecordRepository.js";
import { sharedCard, sharedCardActivityId } from "../meeting/encounterCards.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import type { BotPorts } from "../turn/botPorts.js";
import type { ConsentAuditTrail } from "../../encounters/consentAudit.js";

/** Replaces a message the bot posted (Bot Connector: PUT /v3/conversations/{id}/activities/{activityId}). */
export interface SharedCardUpdater {
  update: (reference: StoredConversationReference, activityId: string, card: AdaptiveCard) => Promise<void>;
}

/**
 * The longest wait for the connector's answer to one update. It stays under half the default claim lease (60 s),
 * which the gate keeps ahead of every call; a call past it counts as a transient failure, retried.
 */
export const SHARED_CARD_UPDATE_DEADLINE_MS = 25_000;

export interface SharedCardRefreshDeps extends Pick<BotPorts, "logger" | "teamConfigs" | "teams"> {
  encounters: Pick<EncounterRepository, "get">;
  conversations: Pick<ConversationReferenceRepository, "getConversation">;
  /** The jobs' records: whether a later refresh of the same card is queued. */
  records: Pick<JobRecordRepository, "get">;
  updater: SharedCardUpdater;
  /** The encounter's consent events not yet in the audit are written by this job when the answer's write was lost. */
  consentAudit: Pick<ConsentAuditTrail, "write">;
  deadlineMs?: number;
}

type Target = { version: number; card: SharedCardKind };
type Checked = { outcome: JobOutcome } | { stored: StoredEncounter; activityId: string };

export function sharedCardRefreshJob(deps: SharedCardRefreshDeps): JobKind {
  return { kind: SHARED_CARD_REFRESH, run: (job, gate) => refreshCard(deps, job, gate) };
}

async function refreshCard(deps: SharedCardRefreshDeps, job: Job, gate: SendGate): Promise<JobOutcome> {
  const target = refreshTarget(job.seq);
  if (!target) return { kind: "ended", reason: "unknownCard" };
  // Checked before the gate too, so that a superseded job spends none of the conversation's budget.
  const first = await check(deps, job, target);
  if ("outcome" in first) return first.outcome;
  const { conversationId } = first.stored.encounter;
  const meetingChat = await deps.conversations.getConversation(job.tenantId, conversationId);
  if (!meetingChat) return { kind: "ended", reason: "meetingConversationUnknown" };
  try {
    return await gate(conversationId, async (): Promise<JobOutcome> => {
      const latest = await check(deps, job, target);
      if ("outcome" in latest) return latest.outcome;
      const card = await render(deps, latest.stored, target.card);
      await withDeadline("updateActivity", deps.deadlineMs ?? SHARED_CARD_UPDATE_DEADLINE_MS, () =>
        deps.updater.update(meetingChat.reference, latest.activityId, card),
      );
      return { kind: "sent", activityId: latest.activityId, conversationId };
    });
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return { kind: "ended", reason: error.failure.reason };
  }
}

/** The encounter to render, unless it is gone, its card was never posted, or a later refresh will do it. */
async function check(deps: SharedCardRefreshDeps, job: Job, target: Target): Promise<Checked> {
  const stored = await deps.encounters.get(job.tenantId, job.subject);
  if (!stored) return { outcome: { kind: "ended", reason: "encounterGone" } };
  await deps.consentAudit.write(stored.encounter);
  if (stored.version > target.version) {
    const later = await deps.records.get(
      job.tenantId,
      job.subject,
      SHARED_CARD_REFRESH,
      refreshSeq(stored.version, target.card),
    );
    if (later) return { outcome: { kind: "cancelled", reason: "superseded" } };
  }
  const activityId = sharedCardActivityId(target.card, stored.encounter);
  if (!activityId) return { outcome: { kind: "ended", reason: "cardNotPosted" } };
  return { stored, activityId };
}

/** The card everyone sees, in the language it was posted in. */
async function render(deps: SharedCardRefreshDeps, stored: StoredEncounter, card: SharedCardKind) {
  const e = stored.encounter;
  return sharedCard(card, e, e.cardLocale ?? DEFAULT_LOCALE, await teamContextForEncounter(deps, e));
}
