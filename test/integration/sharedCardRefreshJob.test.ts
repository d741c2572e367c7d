/**
 * The shared-card refresh as a durable job (encounters/sharedCardRefresh.ts, teams/proactive/sharedCardRefreshJob.ts),
 * in-process against Azurite and the fake Bot Connector, the scheduler driven by the test on a clock it moves:
 * each update renders the stored encounter; many changes in a row cost one update; 5xx and 429 are retried (after
 * Retry-After), 403 ends the job with its reason; the per-conversation rate limit holds; a connector that does not
 * answer meets the call's deadline; a job queued by one instance is done by another (a restart loses nothing).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compose } from "../../bot/src/composition.js";
import { createLogger } from "../../bot/src/logger.js";
import { loadConfig } from "../../bot/src/config.js";
import { recordConsent, recordPlan, type Encounter } from "../../bot/src/domain/encounter.js";
import type { ConsentRecord } from "../../bot/src/domain/consent.js";
import {
  refreshSeq,
  refreshTarget,
  SHARED_CARD_REFRESH,
  sharedCards,
  type SharedCardKind,
} from "../../bot/src/encounters/sharedCardRefresh.js";
import { BOT_ID, TENANT_ID } from "../support/activities.js";
import { cardOf, seedEncounter, startHarness, type Harness } from "../reminders/support/harness.js";
import { completeConsent } from "../support/consentFixtures.js";

let h: Harness;

beforeAll(async () => {
  h = await startHarness({}, { start: "2026-11-23T14:00:00.000Z" });
});
afterAll(async () => {
  await h?.stop();
});

const text = (x: unknown) => JSON.stringify(x);
const consent = (minute: number, method: ConsentRecord["method"] = "verbal"): ConsentRecord =>
  completeConsent({
    method,
    recordedAt: new Date(Date.parse("2026-11-23T14:00:00.000Z") + minute * 60_000).toISOString(),
  });

/** An encounter whose three cards were posted (their message ids remembered), in French. */
async function withCards(harness: Harness = h, conversationId?: string): Promise<Encounter> {
  const seeded = await seedEncounter(harness);
  const result = await harness.services.encounters.update(TENANT_ID, seeded.id, (e) => ({
    ...e,
    ...(conversationId ? { conversationId } : {}),
    consentActivityId: `consent-${e.id}`,
    contingencyActivityId: `plan-${e.id}`,
    teamActivityId: `team-${e.id}`,
    cardLocale: "fr-CA" as const,
  }));
  return result!.encounter;
}

/** A change saved, then its cards' refresh queued — as a card action does. */
async function change(e: Encounter, apply: (e: Encounter) => Encounter, cards: SharedCardKind[], harness = h) {
  const result = (await harness.services.encounters.update(TENANT_ID, e.id, apply))!;
  await sharedCards(harness.services.jobs.queue, () => new Date(harness.clock.now())).refresh(e, result.version, cards);
  return result;
}

const updatesOf = (harness: Harness, activityId: string) =>
  harness.connector.activities.filter((a) => a.method === "PUT" && a.activityId === activityId);
const refreshRecords = async (e: Encounter, harness = h) =>
  (await harness.services.jobs.queue.recordsOf(TENANT_ID, e.id)).filter((r) => r.kind === SHARED_CARD_REFRESH);

describe("the shared-card refresh job", () => {
  it("is named by its encounter's version and its card, one job per change and card", () => {
    expect(refreshTarget(refreshSeq(12, "contingency"))).toEqual({ version: 12, card: "contingency" });
    expect(new Set([refreshSeq(3, "team"), refreshSeq(4, "consent"), refreshSeq(4, "team")]).size).toBe(3);
    expect(refreshTarget(refreshSeq(4, "team") + 1)).toBeUndefined();
  });

  it("replaces everyone's card in place with the stored encounter, in the language it was posted in", async () => {
    const e = await withCards();
    await change(e, (x) => recordConsent(x, consent(3)), ["consent"]);
    await h.scheduler.pollOnce();
    const [update] = updatesOf(h, `consent-${e.id}`);
    expect(text(cardOf(update!))).toContain("Consentement noté le 2026-11-23 à 09 h 03");
    expect(await refreshRecords(e)).toMatchObject([{ state: "sent", conversationId: e.conversationId }]);
  });

  it("coalesces: five changes in a row cost one update, showing the last", async () => {
    const e = await withCards();
    for (let i = 1; i <= 5; i++)
      await change(e, (x) => recordConsent(x, consent(i, i === 5 ? "written" : "verbal")), ["consent"]);
    await h.scheduler.pollOnce();
    const updates = updatesOf(h, `consent-${e.id}`);
    expect(updates).toHaveLength(1);
    expect(text(cardOf(updates[0]!))).toContain("Consentement noté le 2026-11-23 à 09 h 05");
    const states = (await refreshRecords(e)).map((r) => `${r.state}${r.endedReason ? `:${r.endedReason}` : ""}`);
    expect(states.sort()).toEqual([
      "cancelled:superseded",
      "cancelled:superseded",
      "cancelled:superseded",
      "cancelled:superseded",
      "sent",
    ]);
  });

  it("updates each card asked for, and only those", async () => {
    const e = await withCards();
    const plan = { callbackDelayMinutes: 5, phoneVerified: true, emailVerified: false };
    const agreed = { ...plan, emergencyContactConfirmed: false, agreedWithPatient: true };
    await change(e, (x) => recordPlan(x, { ...agreed, recordedBy: "oid", recordedAt: "2026-11-23T14:04:00.000Z" }), [
      "contingency",
      "team",
    ]);
    await h.scheduler.pollOnce();
    expect(text(cardOf(updatesOf(h, `plan-${e.id}`)[0]!))).toContain(
      "Plan convenu avec vous, consigné le 2026-11-23 à 09 h 04",
    );
    expect(updatesOf(h, `team-${e.id}`)).toHaveLength(1);
    expect(updatesOf(h, `consent-${e.id}`)).toHaveLength(0);
  });

  it("retries 503 and 429 (after its Retry-After), then updates once", async () => {
    const e = await withCards();
    h.connector.failNextFor(e.conversationId, { status: 503 }, { status: 429, retryAfterSeconds: 3 });
    h.clock.slept.length = 0;
    await change(e, (x) => recordConsent(x, consent(7)), ["consent"]);
    await h.scheduler.pollOnce();
    const attempts = h.connector.attempts.filter((a) => a.conversationId === e.conversationId).map((a) => a.status);
    expect(attempts).toEqual([503, 429, 200]);
    expect(h.clock.slept.some((ms) => ms >= 3000)).toBe(true);
    expect(updatesOf(h, `consent-${e.id}`)).toHaveLength(1);
  });

  it("ends on a refusal Teams will repeat (403: the bot removed from the chat), with its reason, and stops trying", async () => {
    const e = await withCards();
    h.connector.failConversation(e.conversationId, {
      status: 403,
      body: { error: { code: "BotNotInConversationRoster", message: "scripted" } },
    });
    await change(e, (x) => recordConsent(x, consent(8)), ["consent"]);
    await h.scheduler.pollOnce();
    expect(await refreshRecords(e)).toMatchObject([{ state: "ended", endedReason: "BotNotInConversationRoster" }]);
    const tried = h.connector.attempts.filter((a) => a.conversationId === e.conversationId).length;
    h.clock.advance(10 * 60_000);
    await h.scheduler.pollOnce();
    expect(h.connector.attempts.filter((a) => a.conversationId === e.conversationId)).toHaveLength(tried);
  });

  it("keeps to the per-conversation rate limit (7 a second): the 8th update of one chat waits", async () => {
    const chat = "19:meeting_rate-limited@thread.v2";
    await h.services.conversations.saveConversation(TENANT_ID, {
      reference: {
        channelId: "msteams",
        serviceUrl: h.connector.serviceUrl,
        conversation: { id: chat, conversationType: "groupChat", tenantId: TENANT_ID, isGroup: true },
        bot: { id: BOT_ID },
      },
      scope: "meeting",
      installedAt: new Date(h.clock.now()).toISOString(),
    });
    const encounters = [await withCards(h, chat), await withCards(h, chat), await withCards(h, chat)];
    h.clock.slept.length = 0;
    for (const e of encounters)
      await change(e, (x) => recordConsent(x, consent(9)), ["consent", "contingency", "team"]);
    await h.scheduler.pollOnce();
    expect(h.connector.activities.filter((a) => a.method === "PUT" && a.conversationId === chat)).toHaveLength(9);
    expect(h.clock.slept.some((ms) => ms > 0 && ms <= 1_000)).toBe(true);
  });
});

describe("a connector that does not answer", () => {
  it("meets the call's deadline; the job is handed back, then done once the connector answers", async () => {
    // A 2 s claim lease: each update call may take half of it (1 s) before it counts as failed.
    const slow = await startHarness({ REMINDER_CLAIM_LEASE: "PT2S" });
    try {
      const e = await withCards(slow);
      const held = slow.connector.holdActivities({ afterMs: 60_000 });
      await change(e, (x) => recordConsent(x, consent(3)), ["consent"], slow);
      const stats = await slow.scheduler.pollOnce();
      expect(stats.retried).toBe(1);
      expect(held.pending()).toBeGreaterThanOrEqual(1);
      expect(await refreshRecords(e, slow)).toMatchObject([{ state: "scheduled" }]);
      held.release();
      slow.clock.advance(30 * 60_000);
      await slow.scheduler.pollOnce();
      expect(await refreshRecords(e, slow)).toMatchObject([{ state: "sent" }]);
    } finally {
      await slow.stop();
    }
  });
});

describe("a restart", () => {
  it("loses nothing: a refresh queued by one instance is done by the next one", async () => {
    const e = await withCards();
    // Queued by this instance, whose scheduler then never polls again (as if it stopped).
    const result = (await h.services.encounters.update(TENANT_ID, e.id, (x) => recordConsent(x, consent(11))))!;
    await sharedCards(h.services.jobs.queue, () => new Date(h.clock.now())).refresh(e, result.version, ["consent"]);
    expect(
      await h.services.jobs.records.get(TENANT_ID, e.id, SHARED_CARD_REFRESH, refreshSeq(result.version, "consent")),
    ).toMatchObject({ state: "scheduled" });

    const config = loadConfig({
      LOG_LEVEL: "silent",
      STORAGE_CONNECTION_STRING: h.azurite.connectionString,
      STORAGE_TABLE_PREFIX: h.services.config.storage.tablePrefix,
    });
    const next = compose(config, createLogger("silent"), {
      now: () => new Date(h.clock.now()),
      scheduler: { now: h.clock.now, sleep: h.clock.sleep, random: () => 0.5 },
    });
    await next.scheduler.pollOnce();
    expect(text(cardOf(updatesOf(h, `consent-${e.id}`)[0]!))).toContain("Consentement noté le 2026-11-23 à 09 h 11");
    expect(await refreshRecords(e)).toMatchObject([{ state: "sent" }]);
  });
});
