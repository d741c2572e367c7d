/**
 * In-person activity counts a clinician declares for a period (seed 003 §5, §7: the share of telehealth
 * needs the in-person side, which Balises cannot see). Stored in the Learners table (supervision data):
 *   PK = tenant|clinician|<oid>   RK = <period>  ("2026" or "2026-03")
 * A number, who and when; nothing about patients. ETag-conditional when the caller sends one.
 */
import { z } from "zod";
import { compositeKey } from "./keys.js";
import type { TableGateway } from "./tableGateway.js";

export interface InPersonCount {
  period: string;
  inPerson: number;
  updatedAt: string;
  etag: string;
}

const rowSchema = z.object({ period: z.string(), inPerson: z.number().int().min(0), updatedAt: z.string() });

export class ActivityCountRepository {
  constructor(private readonly table: TableGateway) {}

  static partition(tenantId: string, clinicianOid: string): string {
    return compositeKey(tenantId, "clinician", clinicianOid);
  }

  async get(tenantId: string, clinicianOid: string, period: string): Promise<InPersonCount | undefined> {
    const row = await this.table.get(ActivityCountRepository.partition(tenantId, clinicianOid), period);
    if (!row) return undefined;
    return { ...rowSchema.parse(row.value), etag: row.etag };
  }

  /** Upsert; with `etag`, only over that version (EtagConflictError otherwise). */
  async put(
    tenantId: string,
    clinicianOid: string,
    period: string,
    inPerson: number,
    at: string,
    etag?: string,
  ): Promise<InPersonCount> {
    const row = {
      partitionKey: ActivityCountRepository.partition(tenantId, clinicianOid),
      rowKey: period,
      period,
      inPerson,
      updatedAt: at,
    };
    const newEtag = etag ? await this.table.replace(row, etag) : await this.table.upsert(row);
    return { period, inPerson, updatedAt: at, etag: newEtag };
  }

  async delete(tenantId: string, clinicianOid: string, period: string): Promise<void> {
    await this.table.delete(ActivityCountRepository.partition(tenantId, clinicianOid), period);
  }
}
