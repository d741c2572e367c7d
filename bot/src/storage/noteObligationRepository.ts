/**
 * Note obligations, in the Reminders table, one partition per encounter:
 *   PK = tenant|note|<encounterId>   RK = obligation            the obligation (opened exactly once: create-if-absent)
 *                                    RK = job|<kind>|<seq>      the records of the encounter's jobs (jobRecordRepository.ts)
 * Columns are ids, times, counts, codes and yes/no; the note facts are the same kinds (no free text, no patient identifier).
 */
import { z } from "zod";
import { isoInstant as iso, optionalColumn } from "./columns.js";
import { AlreadyExistsError, EtagConflictError } from "../errors.js";
import {
  COMPANION_PRESENCE,
  CONSENT_GAPS,
  CONSENT_METHODS,
  IDENTITY_DOCUMENT_KINDS,
  IN_PERSON_ANSWERS,
} from "../domain/consent.js";
import { LEARNER_ROLES } from "../domain/learners.js";
import { MAX_LEARNERS_PER_ENCOUNTER, PARTICIPATIONS } from "../domain/supervision.js";
import { MAX_INCIDENTS } from "../domain/contingency.js";
import { REGION_CODES } from "../domain/quebecRegions.js";
import { CLOSED_BY, type ClosedBy } from "../domain/encounter.js";
import type { ProgressNoteFacts } from "../domain/noteObligationBlock.js";
import type { Locale } from "../i18n/locale.js";
import { compositeKey } from "./keys.js";
import type { QueueLocation } from "./reminderRepository.js";
import type { Row, TableGateway } from "./tableGateway.js";

export type CardDelivery = "pending" | "sent" | "personalAppNotInstalled" | "unreachable";

export interface NoteObligation {
  tenantId: string;
  encounterId: string;
  /** Entra object id of the clinician who owes the note. */
  clinicianId: string;
  /** Their Teams user id (29:…) when known: needed to open a personal chat proactively. */
  clinicianUserId?: string;
  meetingConversationId?: string;
  teamKey?: string;
  locale: Locale;
  endedAt: string;
  deadline: string;
  openedAt: string;
  /** How the obligation was opened: whichever comes first (Teams meeting events may never arrive). */
  openedBy: ClosedBy;
  reminderTimes: string[];
  facts: ProgressNoteFacts;
  /** All its jobs were enqueued (a crash before that is repaired by the noteCard job). */
  jobsScheduled: boolean;
  filedAt?: string;
  filedBy?: string;
  filedOnTime?: boolean;
  filedWithin24h?: boolean;
  overdueAt?: string;
  cardDelivery: CardDelivery;
  cardDeliveryReason?: string;
  cardActivityId?: string;
  personalConversationId?: string;
}

export interface StoredObligation {
  obligation: NoteObligation;
  etag: string;
}

const json = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .transform((text) => JSON.parse(text) as unknown)
    .pipe(schema);

const factsSchema = z
  .object({
    startedAt: iso,
    startedAtFirstUse: z.literal(true).optional(),
    endedAt: iso,
    modality: z.enum(["video", "phone"]),
    switchedToPhoneAt: iso.optional(),
    consent: z.discriminatedUnion("kind", [
      z
        .object({
          kind: z.literal("recorded"),
          method: z.enum(CONSENT_METHODS),
          scope: z.object({ session: z.boolean(), recording: z.boolean(), informationSharing: z.boolean() }).strict(),
          substitute: z.boolean(),
          complete: z.boolean(),
          gaps: z.array(z.enum(CONSENT_GAPS)).max(CONSENT_GAPS.length).optional(),
        })
        .strict(),
      z.object({ kind: z.literal("emergencyException") }).strict(),
      z.object({ kind: z.literal("withdrawn"), at: iso, inPersonOffered: z.boolean().optional() }).strict(),
      z.object({ kind: z.literal("refused") }).strict(),
      z.object({ kind: z.literal("notRecorded") }).strict(),
    ]),
    participantCount: z.number().int().min(1).max(1000).optional(),
    // Issue 13: who took part and the in-person offer, as recorded (kinds, roles and counts — never a name).
    identityDocument: z.enum(IDENTITY_DOCUMENT_KINDS).optional(),
    inPersonOffer: z.enum(["notOffered", "offered", ...IN_PERSON_ANSWERS]).optional(),
    companions: z
      .object({
        caregivers: z.enum(COMPANION_PRESENCE),
        supportStaff: z.enum(COMPANION_PRESENCE),
        interpreter: z.boolean().optional(),
      })
      .strict()
      .optional(),
    learners: z
      .array(z.object({ role: z.enum(LEARNER_ROLES), participation: z.enum(PARTICIPATIONS) }).strict())
      .max(MAX_LEARNERS_PER_ENCOUNTER)
      .optional(),
    group: z
      .object({ participants: z.number().int().min(1).max(1000), consentsRecorded: z.number().int().min(0).max(1000) })
      .strict()
      .optional(),
    planAgreed: z.boolean(),
    planAgreedAt: iso.optional(),
    connectionLostCount: z.number().int().min(0).max(1000),
    location: z
      .object({ regionCode: z.enum(REGION_CODES), confidential: z.boolean() })
      .strict()
      .optional(),
    emergencyContactConfirmed: z.boolean().optional(),
    crisesAt: z.array(iso).max(MAX_INCIDENTS).optional(),
    inPersonFollowUp: z
      .object({
        withinMonths: z.union([z.literal(1), z.literal(3)]),
        dueDate: z.iso.date(),
        vulnerable: z.boolean(),
        offeredOn: z.iso.date().optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

const obligationSchema = z.object({
  tenantId: z.string().min(1),
  encounterId: z.string().min(1),
  clinicianId: z.string().min(1).max(128),
  clinicianUserId: optionalColumn(z.string().max(256)),
  meetingConversationId: optionalColumn(z.string().max(512)),
  teamKey: optionalColumn(z.string().max(256)),
  locale: z.enum(["fr-CA", "en"]),
  endedAt: iso,
  deadline: iso,
  openedAt: iso,
  openedBy: z.enum(CLOSED_BY),
  reminderTimes: json(z.array(iso)),
  facts: json(factsSchema),
  jobsScheduled: z.boolean(),
  filedAt: optionalColumn(iso),
  filedBy: optionalColumn(z.string().max(128)),
  filedOnTime: optionalColumn(z.boolean()),
  filedWithin24h: optionalColumn(z.boolean()),
  overdueAt: optionalColumn(iso),
  cardDelivery: z.enum(["pending", "sent", "personalAppNotInstalled", "unreachable"]),
  cardDeliveryReason: optionalColumn(z.string().max(200)),
  cardActivityId: optionalColumn(z.string().max(512)),
  personalConversationId: optionalColumn(z.string().max(512)),
});

/** An encounter's note obligation, and the records of every job about a subject (jobRecordRepository.ts). */
export function obligationPartition(tenantId: string, encounterId: string): string {
  return compositeKey(tenantId, "note", encounterId);
}

const OBLIGATION_ROW = "obligation";
const MAX_ATTEMPTS = 8;

function obligationColumns(o: NoteObligation): Row {
  return { ...o, reminderTimes: JSON.stringify(o.reminderTimes), facts: JSON.stringify(o.facts) };
}

function isOf(stored: StoredObligation, tenantId: string, encounterId: string): boolean {
  return stored.obligation.tenantId === tenantId && stored.obligation.encounterId === encounterId;
}

export class NoteObligationRepository {
  constructor(private readonly table: TableGateway) {}

  /** Create-if-absent: the obligation opens exactly once; `created: false` returns the one already open. */
  async create(o: NoteObligation): Promise<{ created: boolean; stored: StoredObligation }> {
    const partitionKey = obligationPartition(o.tenantId, o.encounterId);
    try {
      const etag = await this.table.create({ partitionKey, rowKey: OBLIGATION_ROW, ...obligationColumns(o) });
      return { created: true, stored: { obligation: o, etag } };
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
      const existing = await this.get(o.tenantId, o.encounterId);
      if (!existing) throw error;
      return { created: false, stored: existing };
    }
  }

  async get(tenantId: string, encounterId: string): Promise<StoredObligation | undefined> {
    const row = await this.table.get(obligationPartition(tenantId, encounterId), OBLIGATION_ROW);
    if (!row) return undefined;
    const stored = { obligation: obligationSchema.parse(row.value) as NoteObligation, etag: row.etag };
    return isOf(stored, tenantId, encounterId) ? stored : undefined;
  }

  /**
   * Applies a pure change with the row's ETag, re-reading on a concurrent write. `change` returns the same object for
   * "nothing to do". A caller that has just read the row passes it as `known`: the first attempt then writes with its
   * ETag without reading again, and a write made since costs one re-read, as any conflict does.
   */
  async update(
    tenantId: string,
    encounterId: string,
    change: (o: NoteObligation) => NoteObligation,
    known?: StoredObligation,
  ): Promise<{ obligation: NoteObligation; changed: boolean } | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current =
        attempt === 1 && known && isOf(known, tenantId, encounterId) ? known : await this.get(tenantId, encounterId);
      if (!current) return undefined;
      const next = change(current.obligation);
      if (next === current.obligation) {
        // "Nothing to do" judged on the caller's copy may be stale: judged again on the row as stored.
        if (current === known) continue;
        return { obligation: next, changed: false };
      }
      try {
        await this.table.replace(
          {
            partitionKey: obligationPartition(tenantId, encounterId),
            rowKey: OBLIGATION_ROW,
            ...obligationColumns(next),
          },
          current.etag,
        );
        return { obligation: next, changed: true };
      } catch (error) {
        if (!(error instanceof EtagConflictError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * Retention: every row of the encounter's partition (obligation and job records, whatever they hold), one
   * single-partition read, with the queue row each job record points to. Read leniently: a row this version
   * cannot parse is still listed, so that it is deleted too.
   */
  async partitionRows(
    tenantId: string,
    encounterId: string,
  ): Promise<Array<{ rowKey: string; queue?: QueueLocation }>> {
    const out: Array<{ rowKey: string; queue?: QueueLocation }> = [];
    for await (const { value } of this.table.list(obligationPartition(tenantId, encounterId))) {
      const { rowKey, queuePartitionKey, queueRowKey } = value;
      const queue =
        typeof queuePartitionKey === "string" && typeof queueRowKey === "string"
          ? { partitionKey: queuePartitionKey, rowKey: queueRowKey }
          : undefined;
      out.push({ rowKey: String(rowKey), queue });
    }
    return out;
  }

  /** Retention: deletes one row of the encounter's partition (a missing row counts as deleted). */
  async deleteRow(tenantId: string, encounterId: string, rowKey: string): Promise<void> {
    await this.table.delete(obligationPartition(tenantId, encounterId), rowKey);
  }
}
