/** One audit entry per change a person makes through the API (Audit table, read back by auditRoutes.ts). */
import type { Identity } from "../auth/tokenValidator.js";
import type { FieldChange } from "../domain/configDiff.js";
import type { AuditRepository } from "../storage/auditRepository.js";

export type AuditLog = Pick<AuditRepository, "append">;

export async function recordChange(
  audit: AuditLog,
  who: Identity,
  teamKey: string,
  entry: { at: Date; action: string; changes: FieldChange[] },
): Promise<void> {
  await audit.append(who.tenantId, teamKey, {
    at: entry.at.toISOString(),
    by: who.userId,
    action: entry.action,
    changes: entry.changes,
  });
}
