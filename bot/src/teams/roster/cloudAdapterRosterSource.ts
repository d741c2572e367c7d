/**
 * The roster work's view of Teams (rosters/ports.ts) through botbuilder: a proactive turn on the team's
 * thread, then TeamsInfo. Each call waits for a slot of the tenant's budget (shared with proactive sends and
 * every instance), has a deadline, and is retried a bounded number of times when Teams is busy (a 429 holds the
 * whole tenant back).
 */
import { TeamsInfo, type CloudAdapter, type ConversationReference, type TurnContext } from "botbuilder";
import type { RosterAccount } from "../../domain/teams.js";
import { withDeadline, withRetries } from "../../outbound/deadline.js";
import type { RosterSource, TeamAddress, TeamDetails } from "../../rosters/ports.js";
import { classifySendError, retryDelay } from "../../jobs/retryPolicy.js";
import { shareThrottling, takeSendSlot, type SendBudget } from "../../jobs/sendBudget.js";
import { TransientSendExhausted } from "../../jobs/sendGate.js";
import { toSendError } from "../proactive/sendErrors.js";

export interface RosterSourceOptions {
  adapter: CloudAdapter;
  /** MicrosoftAppId, or "" in local mode. */
  appId: string;
  budget: SendBudget;
  deadlineMs?: number;
  attempts?: number;
  pageSize?: number;
}

/** Longest Retry-After worth waiting for inside a call; beyond it the caller's own retry (a job) takes over. */
const MAX_INLINE_WAIT_MS = 10_000;
const BACKOFF = { baseMs: 500, capMs: 5_000, jitter: 0.2 };

export class CloudAdapterRosterSource implements RosterSource {
  constructor(private readonly o: RosterSourceOptions) {}

  async teamDetails(team: TeamAddress): Promise<TeamDetails> {
    const details = await this.call(team, "getTeamDetails", (context) =>
      TeamsInfo.getTeamDetails(context, team.threadId),
    );
    return { groupId: details.aadGroupId, name: details.name };
  }

  async *rosterPages(team: TeamAddress): AsyncIterable<RosterAccount[]> {
    let token: string | undefined;
    do {
      // Outside data: a page may come without members.
      const page: Partial<Awaited<ReturnType<typeof TeamsInfo.getPagedTeamMembers>>> = await this.call(
        team,
        "getPagedTeamMembers",
        (context) => TeamsInfo.getPagedTeamMembers(context, team.threadId, this.o.pageSize ?? 200, token),
      );
      yield page.members ?? [];
      token = page.continuationToken || undefined;
    } while (token);
  }

  async member(team: TeamAddress, userId: string): Promise<RosterAccount | undefined> {
    try {
      return await this.call(team, "getTeamMember", (context) =>
        TeamsInfo.getTeamMember(context, team.threadId, userId),
      );
    } catch (error) {
      if (classifySendError(error).kind === "permanent") return undefined;
      throw error;
    }
  }

  /** A wait for the tenant's budget inside a call: short ones only. */
  private async inlineWait(ms: number): Promise<void> {
    if (ms > MAX_INLINE_WAIT_MS) throw new TransientSendExhausted("rateLimited", ms);
    await this.o.budget.sleep(ms);
  }

  private async call<T>(team: TeamAddress, operation: string, run: (context: TurnContext) => Promise<T>): Promise<T> {
    const retry = {
      attempts: this.o.attempts ?? 3,
      delayAfter: (error: unknown, attempt: number) => {
        const failure = classifySendError(error);
        if (failure.kind === "permanent") return undefined;
        const delay = retryDelay(failure, attempt, BACKOFF);
        return delay <= MAX_INLINE_WAIT_MS ? delay : undefined;
      },
    };
    return withRetries(retry, async () => {
      await takeSendSlot(this.o.budget, team.tenantId, (ms) => this.inlineWait(ms));
      try {
        return await withDeadline(operation, this.o.deadlineMs ?? 10_000, () => this.inTurn(team, operation, run));
      } catch (error) {
        await shareThrottling(this.o.budget, team.tenantId, classifySendError(error), BACKOFF.baseMs);
        throw error;
      }
    });
  }

  private async inTurn<T>(team: TeamAddress, operation: string, run: (context: TurnContext) => Promise<T>): Promise<T> {
    const reference: Partial<ConversationReference> = {
      channelId: "msteams",
      serviceUrl: team.serviceUrl,
      conversation: {
        id: team.threadId,
        isGroup: true,
        conversationType: "channel",
        tenantId: team.tenantId,
        name: "",
      },
      bot: { id: this.o.appId ? `28:${this.o.appId}` : "balises", name: "Balises" },
    };
    let result: { value: T } | undefined;
    let failure: unknown;
    // Errors are caught inside the turn: thrown through, the adapter's onTurnError would swallow them.
    await this.o.adapter.continueConversationAsync(this.o.appId, reference, async (context) => {
      try {
        result = { value: await run(context) };
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw toSendError("send", failure);
    if (!result) throw toSendError("send", new Error(`${operation}: the turn did not run`));
    return result.value;
  }
}
