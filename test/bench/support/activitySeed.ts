/**
 * The activity benchmark's store: ENCOUNTERS index rows of one team over 2026 (the rows the encounter repository
 * writes: PK tenant|team|<teamKey>, RK <startedAt>|<encounterId>), then each month's aggregate made by the reconcile
 * itself (storage/activityReconcile.ts), which also marks the month checked. The team, its roster and its pilots'
 * names go in as the bot would record them.
 *
 * Rows go in batch transactions of 100 (TableGateway.transaction), two at a time (Azurite is single-threaded), each
 * retried on a dropped connection or a deadline. A batch is all or nothing, so one that finds its rows already there
 * (409) was applied by an earlier attempt or an earlier, interrupted run: seeding resumes where it stopped.
 */
import type { TransactionAction } from "@azure/data-tables";
import { createTableClientFactory } from "../../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../../bot/src/storage/tableGateway.js";
import { EncounterRepository, indexRow, teamPartition } from "../../../bot/src/storage/encounterRepository.js";
import { summaryColumns } from "../../../bot/src/storage/encounterRows.js";
import { TeamRepository } from "../../../bot/src/storage/teamRepository.js";
import { PeopleRepository } from "../../../bot/src/storage/peopleRepository.js";
import { asBackgroundWork, withRetries } from "../../../bot/src/outbound/deadline.js";
import { runPool } from "../../../bot/src/jobs/pool.js";
import { AlreadyExistsError, StorageUnavailableError } from "../../../bot/src/errors.js";
import { DEV_PERSONAS, DEV_TENANT_ID } from "../../../bot/src/auth/devIdentityProvider.js";
import type { EncounterSummary } from "../../../bot/src/domain/encounter.js";

export interface SeedPlan {
  connectionString: string;
  tablePrefix: string;
  teamKey: string;
  encounters: number;
  progress: (line: string) => void;
}

/**
 * A plausible mix: video/phone, consent kinds, plans, notes on time/late/overdue, some new patients and learners, and
 * the regulation's conditions as the repository keeps them (consent and plan as recorded, some to confirm, a few
 * establishment activities): the aggregates sum them too.
 */
function summaryFor(i: number, startMs: number, teamKey: string): EncounterSummary {
  const startedAt = new Date(startMs).toISOString();
  const minutes = 15 + (i % 46);
  const endedAt = new Date(startMs + minutes * 60_000).toISOString();
  const filed = i % 10 < 8;
  const part: EncounterSummary["learners"] = [
    { learnerId: DEV_PERSONAS[2]!.oid, role: "resident", participation: i % 2 ? "led" : "wasObserved" },
  ];
  return {
    encounterId: `${Buffer.from(`bench-meeting-${i}`).toString("base64url")}.${startMs}`,
    startedAt,
    endedAt,
    status: "closed",
    modality: i % 7 === 0 ? "phone" : "video",
    durationMinutes: minutes,
    consentStatus: i % 20 === 0 ? "missing" : "valid",
    consentKind: i % 20 === 0 ? undefined : (["verbal", "written", "emailReply"] as const)[i % 3],
    planAgreed: i % 6 !== 0,
    incidentsCount: i % 25 === 0 ? 1 : 0,
    noteStatus: filed ? "filed" : i % 10 === 8 ? "overdue" : "due",
    noteStatusAt: filed ? new Date(Date.parse(endedAt) + (i % 17 === 0 ? 30 : 2) * 3_600_000).toISOString() : undefined,
    clinicianId: DEV_PERSONAS[i % 5]!.oid,
    teamKey,
    inPersonFollowUpDue: i % 11 === 0 ? new Date(startMs + 90 * 86_400_000).toISOString().slice(0, 10) : undefined,
    learners: i % 9 === 0 ? part : undefined,
    regulation: {
      consent: i % 20 === 0 ? "notMet" : "met",
      noPhysicalPresence: i % 13 === 0 ? "toConfirm" : "met",
      contingencyPlan: i % 6 !== 0 ? "met" : "notMet",
      inPersonFollowUp: i % 30 === 0 ? "notApplicable" : i % 4 === 0 ? "toConfirm" : "met",
    },
  };
}

/** A dropped connection or a missed deadline is tried again, a little later each time. */
const transient = {
  attempts: 5,
  delayAfter: (e: unknown, n: number) => (e instanceof StorageUnavailableError ? n * 1000 : undefined),
};

/** Seeds the store; resolves to the seconds it took. */
export function seedActivity(plan: SeedPlan): Promise<number> {
  return asBackgroundWork(async () => {
    const storage = {
      kind: "connectionString" as const,
      connectionString: plan.connectionString,
      tablePrefix: plan.tablePrefix,
    };
    const tables = createTableClientFactory(storage);
    const encounters = new TableGateway(tables.client("Encounters"));
    const t0 = performance.now();
    const partitionKey = teamPartition(DEV_TENANT_ID, plan.teamKey);
    const step = (365 * 86_400_000) / plan.encounters;
    const starts = Array.from({ length: Math.ceil(plan.encounters / 100) }, (_, b) => b * 100);
    let done = 0;
    await runPool(starts, 2, async (first) => {
      const batch = Array.from({ length: Math.min(100, plan.encounters - first) }, (_, k) => {
        const s = summaryFor(first + k, Math.floor(Date.UTC(2026, 0, 1, 5) + (first + k) * step), plan.teamKey);
        const action: TransactionAction = ["create", { partitionKey, rowKey: indexRow(s), ...summaryColumns(s, 1) }];
        return action;
      });
      await withRetries(transient, () =>
        encounters.transaction(batch).catch((error: unknown) => {
          if (!(error instanceof AlreadyExistsError)) throw error;
        }),
      );
      if (++done % 50 === 0) plan.progress(`${done * 100} rows in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    });
    const repo = new EncounterRepository(encounters);
    const months = Array.from({ length: 12 }, (_, m) => `2026-${String(m + 1).padStart(2, "0")}`);
    await runPool(months, 2, (month) =>
      withRetries(transient, () =>
        repo.reconcileMonth(DEV_TENANT_ID, { by: "team", teamKey: plan.teamKey }, month),
      ).then(() => undefined),
    );
    await installTeam(tables, plan.teamKey);
    return (performance.now() - t0) / 1000;
  });
}

/** The team as the bot records it when added to Teams: installed, its roster and names (every dev persona). */
async function installTeam(tables: ReturnType<typeof createTableClientFactory>, groupId: string): Promise<void> {
  const at = new Date().toISOString();
  const teams = new TeamRepository(new TableGateway(tables.client("Teams")));
  await teams.saveInstalled(DEV_TENANT_ID, {
    groupId,
    threadId: "19:bench-activity@thread.tacv2",
    name: "Banc d'essai",
    serviceUrl: "https://smba.trafficmanager.net/amer/",
    installedAt: at,
  });
  const staff = DEV_PERSONAS.filter((p) => p.tenantId === DEV_TENANT_ID).map((p) => ({ oid: p.oid, name: p.name }));
  await teams.putMembers(DEV_TENANT_ID, groupId, staff, at);
  await new PeopleRepository(new TableGateway(tables.client("People"))).save(DEV_TENANT_ID, staff, at);
}
