/**
 * What a card action changes in the meeting chat for everyone happens after its answer, never before: the action
 * saves the change, queues durable jobs, and answers from what it saved. Three job kinds, each run through the send
 * gate (per-conversation and per-tenant rate limits, bounded retries) with a deadline on each Bot Connector call,
 * surviving a restart like every job:
 *  - "sharedCard.refresh" (teams/proactive/sharedCardRefreshJob.ts): one of the encounter's cards (consent,
 *    contingency plan, team) rendered from the stored encounter and replaced in place;
 *  - "connectionLost.steps" (teams/proactive/connectionLostStepsJob.ts): the steps to follow, posted (003 §3);
 *  - "crisisResources.post" (teams/proactive/crisisResourcesJob.ts): the crisis resources, posted (001, 004).
 *
 * A refresh job is named by its encounter (the subject), its card and the encounter's stored version after the change
 * (seq = version × 4 + the card's index): each change gets a job of its own, one that has not run yet — a
 * schedule is never a no-op on a job that already ran before the change. Many changes in a row coalesce: a job
 * finding the encounter at a later version for which a refresh of its card is queued leaves the update to that
 * one (the job kind's `superseded`).
 */
import type { JobScheduling } from "../jobs/job.js";
import type { Encounter } from "../domain/encounter.js";
import { RefreshesAfterAnswer, type ChatQueue } from "./refreshAfterAnswer.js";

/** The job's kind (stored in the queue: never rename). */
export const SHARED_CARD_REFRESH = "sharedCard.refresh";

/** The cards posted for everyone in the meeting chat, each updated in place. Order fixed: it is in the seq. */
export const SHARED_CARDS = ["consent", "contingency", "team"] as const;
export type SharedCardKind = (typeof SHARED_CARDS)[number];

const SLOTS = 4;

export function refreshSeq(version: number, card: SharedCardKind): number {
  return version * SLOTS + SHARED_CARDS.indexOf(card);
}

/** The card and version a refresh job's seq names; undefined for a seq no version of this code wrote. */
export function refreshTarget(seq: number): { version: number; card: SharedCardKind } | undefined {
  if (!Number.isSafeInteger(seq) || seq < 0) return undefined;
  const card = SHARED_CARDS[seq % SLOTS];
  return card ? { version: Math.floor(seq / SLOTS), card } : undefined;
}

/**
 * The connection-lost steps (003 §3) posted for everyone when a clinician reports the connection lost: a job too
 * (teams/proactive/connectionLostStepsJob.ts), named by the incident's time (seq = its ms), so a replay posts once.
 */
export const CONNECTION_LOST_STEPS = "connectionLost.steps";

/**
 * The crisis resources (001, 004) a clinician posts for the patient after reporting a crisis: a job too
 * (teams/proactive/crisisResourcesJob.ts), named by the crisis incident's time, so one crisis posts them once.
 */
export const CRISIS_RESOURCES = "crisisResources.post";

/** The job kinds that write to the meeting chat for everyone. */
export const MEETING_CHAT_JOB_KINDS: readonly string[] = [SHARED_CARD_REFRESH, CONNECTION_LOST_STEPS, CRISIS_RESOURCES];

/** What the card actions queue for everyone in the meeting chat, to be done after their answer. */
export interface SharedCards {
  /** Queues the update of these cards for everyone, from the encounter as stored at `version` or later. */
  refresh: (encounter: EncounterRef, version: number, cards: SharedCardKind[]) => Promise<void>;
  /**
   * The same, queued in the background after the answer (refreshAfterAnswer.ts): only for an encounter whose
   * follow-up chain is alive (encounterFollowUp.ts), which queues it if this instance dies first.
   */
  refreshAfterAnswer: (encounter: Encounter, version: number, cards: SharedCardKind[], chat: ChatQueue) => void;
  /** Queues the post of the steps to follow after the connection was lost at `at`. */
  postConnectionLostSteps: (encounter: EncounterRef, at: string) => Promise<void>;
  /** Queues the post of the crisis resources for the crisis recorded at `at`. */
  postCrisisResources: (encounter: EncounterRef, at: string) => Promise<void>;
}

type EncounterRef = Pick<Encounter, "tenantId" | "id">;

export function sharedCards(jobs: JobScheduling, now: () => Date): SharedCards {
  const schedule = (encounter: EncounterRef, kind: string, seq: number) =>
    jobs.schedule({ tenantId: encounter.tenantId, subject: encounter.id, kind, seq, dueAt: now() });
  const refresh = async (encounter: EncounterRef, version: number, cards: SharedCardKind[]) => {
    await Promise.all(cards.map((card) => schedule(encounter, SHARED_CARD_REFRESH, refreshSeq(version, card))));
  };
  const afterAnswer = new RefreshesAfterAnswer<SharedCardKind>(refresh);
  return {
    refresh,
    refreshAfterAnswer: (encounter, version, cards, chat) => afterAnswer.later(encounter, version, cards, chat),
    postConnectionLostSteps: (encounter, at) => schedule(encounter, CONNECTION_LOST_STEPS, Date.parse(at)),
    postCrisisResources: (encounter, at) => schedule(encounter, CRISIS_RESOURCES, Date.parse(at)),
  };
}
