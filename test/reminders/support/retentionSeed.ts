/**
 * Retention tests: an encounter with everything an encounter can leave behind (consent, plan, clinician, team
 * and learner index rows, note obligation, job records, queued reminders, team audit entries), and a full
 * listing of every table of the test's storage prefix — a scan, for checking only, never in the service.
 */
import { TableClient, TableServiceClient } from "@azure/data-tables";
import { recordConsent, recordPlan, type Encounter } from "../../../bot/src/domain/encounter.js";
import type { ConsentRecord } from "../../../bot/src/domain/consent.js";
import type { ContingencyPlan } from "../../../bot/src/domain/contingency.js";
import { openEncounter } from "../../../bot/src/encounters/encounterLifecycle.js";
import type { AppPorts } from "../../../bot/src/composition.js";
import { BOT_ID, type TestUser } from "../../support/activities.js";
import type { Harness } from "./harness.js";

export interface FullEncounter {
  tenantId: string;
  meetingId: string;
  startedAt: string;
  teamKey: string;
  clinician: TestUser;
  learnerId: string;
}

let users = 0;

export function newClinician(): TestUser {
  users += 1;
  return {
    id: `29:retention-${users}`,
    aadObjectId: `cccccccc-0000-4000-8000-${String(users).padStart(12, "0")}`,
    name: "Clinicienne",
  };
}

const consent = (by: string, at: string): ConsentRecord => ({
  method: "verbal",
  scope: { session: true, recording: false, informationSharing: true },
  identityDocumentKind: "ramqCard",
  limitsExplained: true,
  inPersonOffered: true,
  caregivers: "none",
  supportStaff: "none",
  substituteConsent: false,
  emergencyException: false,
  recordedBy: by,
  recordedAt: at,
});

const plan = (by: string, at: string): ContingencyPlan => ({
  callbackDelayMinutes: 5,
  phoneVerified: true,
  emailVerified: false,
  emergencyContactConfirmed: true,
  agreedWithPatient: true,
  recordedBy: by,
  recordedAt: at,
});

/** Opens the encounter through the lifecycle (so the `opened` listeners run) and records consent, plan and a learner. */
export async function seedFull(h: Pick<Harness, "services" | "connector">, s: FullEncounter): Promise<Encounter> {
  const { services } = h;
  const conversationId = `19:meeting_${s.meetingId}@thread.v2`;
  const at = s.startedAt;
  await services.conversations.saveConversation(s.tenantId, {
    reference: {
      channelId: "msteams",
      serviceUrl: h.connector.serviceUrl,
      conversation: { id: conversationId, conversationType: "groupChat", tenantId: s.tenantId, isGroup: true },
      bot: { id: BOT_ID },
    },
    scope: "meeting",
    installedAt: at,
  });
  await services.conversations.savePersonal(s.tenantId, s.clinician.aadObjectId, {
    reference: {
      channelId: "msteams",
      serviceUrl: h.connector.serviceUrl,
      conversation: { id: personalChat(s.clinician), conversationType: "personal", tenantId: s.tenantId },
      bot: { id: BOT_ID },
      user: { id: s.clinician.id, aadObjectId: s.clinician.aadObjectId },
    },
    scope: "personal",
    installedAt: at,
  });
  const { encounter } = await openEncounter(services, {
    tenantId: s.tenantId,
    meetingId: s.meetingId,
    conversationId,
    startedAt: at,
    teamKey: s.teamKey,
    organizerId: s.clinician.aadObjectId,
    organizerUserId: s.clinician.id,
  });
  const by = s.clinician.aadObjectId;
  const learner = {
    learnerId: s.learnerId,
    role: "resident" as const,
    participation: "wasObserved" as const,
    recordedBy: by,
    recordedAt: at,
  };
  const updated = await services.encounters.update(s.tenantId, encounter.id, (e) => ({
    ...recordPlan(recordConsent(e, consent(by, at)), plan(by, at)),
    learners: [learner],
  }));
  return updated!.encounter;
}

export const personalChat = (user: TestUser) => `a:personal-${user.aadObjectId}`;

export async function auditTeam(
  services: AppPorts,
  tenantId: string,
  teamKey: string,
  by: string,
  at: string,
): Promise<void> {
  await services.audit.append(tenantId, teamKey, {
    at,
    by,
    action: "config.update",
    changes: [{ path: "reminderPolicy.offsets", before: ["PT2H"], after: ["PT2H", "PT20H"] }],
  });
  await services.audit.append(tenantId, teamKey, {
    at,
    by,
    action: "learner.designate",
    changes: [{ path: "designated", before: false, after: true }],
  });
}

export interface TableRow {
  table: string;
  partitionKey: string;
  rowKey: string;
  text: string;
}

/** Every row of every table of the harness's prefix (check only). */
export async function allRows(h: Pick<Harness, "azurite" | "services">): Promise<TableRow[]> {
  const prefix = h.services.config.storage.tablePrefix;
  const service = TableServiceClient.fromConnectionString(h.azurite.connectionString, {
    allowInsecureConnection: true,
  });
  const out: TableRow[] = [];
  for await (const t of service.listTables()) {
    if (!t.name?.startsWith(prefix)) continue;
    const client = TableClient.fromConnectionString(h.azurite.connectionString, t.name, {
      allowInsecureConnection: true,
    });
    for await (const e of client.listEntities()) {
      const { etag: _etag, timestamp: _timestamp, ...value } = e as Record<string, unknown>;
      out.push({
        table: t.name.slice(prefix.length),
        partitionKey: String(e.partitionKey),
        rowKey: String(e.rowKey),
        text: JSON.stringify(value),
      });
    }
  }
  return out;
}

/** The rows of one tenant's encounter, wherever they are (the encounter id appears in each of its keys or columns). */
export function rowsOf(rows: TableRow[], tenantId: string, encounterId: string): TableRow[] {
  return rows.filter(
    (r) =>
      r.text.includes(encounterId) &&
      (r.partitionKey.startsWith(tenantId + "|") || r.text.includes(`"tenantId":"${tenantId}"`)),
  );
}
