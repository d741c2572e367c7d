/**
 * Preferences table: each clinician's usual consent choices (domain/consentPreferences.ts), to start their next
 * consent form. PK = tenant|consentPreferences, RK = <the clinician's Entra object id>: one point read per panel
 * answer. Holds a clinician's practice only — nothing about a patient, no encounter or meeting id.
 */
import { z } from "zod";
import { CONSENT_METHODS, IDENTITY_DOCUMENT_KINDS } from "../domain/consent.js";
import type { ConsentPreferences } from "../domain/consentPreferences.js";
import { compositeKey, escapeKeyPart } from "./keys.js";
import type { TableGateway } from "./tableGateway.js";

/** Read back with the schema: a row an older or newer version wrote that does not fit is no preference. */
const rowSchema = z.object({
  method: z.enum(CONSENT_METHODS),
  scopeSession: z.boolean(),
  scopeInformationSharing: z.boolean(),
  identityDocumentKind: z.enum(IDENTITY_DOCUMENT_KINDS),
  limitsExplained: z.boolean(),
  inPersonOffered: z.boolean(),
}) satisfies z.ZodType<ConsentPreferences>;

export class ConsentPreferenceRepository {
  constructor(private readonly table: TableGateway) {}

  private static partition(tenantId: string): string {
    return compositeKey(tenantId, "consentPreferences");
  }

  async get(tenantId: string, clinicianId: string): Promise<ConsentPreferences | undefined> {
    const row = await this.table.get(ConsentPreferenceRepository.partition(tenantId), escapeKeyPart(clinicianId));
    const parsed = rowSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : undefined;
  }

  async save(tenantId: string, clinicianId: string, preferences: ConsentPreferences, at: string): Promise<void> {
    await this.table.upsert({
      partitionKey: ConsentPreferenceRepository.partition(tenantId),
      rowKey: escapeKeyPart(clinicianId),
      ...rowSchema.parse(preferences),
      at,
    });
  }
}
