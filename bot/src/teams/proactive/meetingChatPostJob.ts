/**
 * A job kind that posts one card in an encounter's meeting chat for everyone, right after the clinician's click
 * was answered (encounters/sharedCardRefresh.ts): the connection-lost steps, the crisis resources. Its seq is the
 * time of the incident the card is about, so one incident posts once. The card is rendered from the stored
 * encounter in the language the shared cards were posted in; the post goes through the send gate (rate limits,
 * backoff, the claim kept alive) with a deadline on the Bot Connector call; a refusal Teams will repeat ends the job
 * with its reason.
 */
import type { AdaptiveCard } from "../../cards/renderCard.js";
import type { Encounter } from "../../domain/encounter.js";
import type { TeamConfiguration } from "../../domain/teamConfig.js";
import { DEFAULT_LOCALE, type Locale } from "../../i18n/locale.js";
import type { Job, JobKind, JobOutcome } from "../../jobs/job.js";
import { PermanentSendFailure, type SendGate } from "../../jobs/sendGate.js";
import { withDeadline } from "../../outbound/deadline.js";
import type { ProactiveSender } from "../../reminders/ports.js";
import { teamContextForEncounter } from "../turn/teamContext.js";
import { SHARED_CARD_UPDATE_DEADLINE_MS, type SharedCardRefreshDeps } from "./sharedCardRefreshJob.js";

export interface MeetingChatPostDeps extends Omit<SharedCardRefreshDeps, "records" | "updater"> {
  sender: Pick<ProactiveSender, "send">;
}

export interface MeetingChatCardInput {
  locale: Locale;
  encounter: Encounter;
  configuration: TeamConfiguration;
  /** The incident's time (the job's seq). */
  at: string;
}

/** The card to post and the notification text Teams shows for it. */
export type MeetingChatCard = (input: MeetingChatCardInput) => { card: AdaptiveCard; summary: string };

export function meetingChatPostJob(kind: string, deps: MeetingChatPostDeps, render: MeetingChatCard): JobKind {
  return { kind, run: (job, gate) => post(deps, render, job, gate) };
}

async function post(deps: MeetingChatPostDeps, render: MeetingChatCard, job: Job, gate: SendGate): Promise<JobOutcome> {
  if (!Number.isSafeInteger(job.seq) || job.seq <= 0) return { kind: "ended", reason: "noIncidentTime" };
  const stored = await deps.encounters.get(job.tenantId, job.subject);
  if (!stored) return { kind: "ended", reason: "encounterGone" };
  const encounter = stored.encounter;
  const meetingChat = await deps.conversations.getConversation(job.tenantId, encounter.conversationId);
  if (!meetingChat) return { kind: "ended", reason: "meetingConversationUnknown" };
  const locale = encounter.cardLocale ?? DEFAULT_LOCALE;
  const { configuration } = await teamContextForEncounter(deps, encounter);
  const { card, summary } = render({ locale, encounter, configuration, at: new Date(job.seq).toISOString() });
  const message = { kind: "card" as const, card, summary };
  try {
    const sent = await gate(encounter.conversationId, () =>
      withDeadline("sendActivity", deps.deadlineMs ?? SHARED_CARD_UPDATE_DEADLINE_MS, () =>
        deps.sender.send(meetingChat.reference, message),
      ),
    );
    return { kind: "sent", activityId: sent.activityId, conversationId: encounter.conversationId };
  } catch (error) {
    if (!(error instanceof PermanentSendFailure)) throw error;
    return { kind: "ended", reason: error.failure.reason };
  }
}
