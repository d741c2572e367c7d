/**
 * Preferences table: each clinician's usual consent choices (domain/consentPreferences.ts), to start their next
 * consent form. PK = tenant|consentPreferences, RK = <the clinician's Entra object id>: one point read per panel
 * answer. Holds a clinician's practice only — nothing about a patient, no encounter or meeting id.
 * A save that repeats what this instance last read or wrote for the clinician writes nothing: recording consent
 * with the usual choices (the common case) keeps a card action at its one write (issue 14). Another instance's
 * write in between can leave, at worst, one stale preference until the clinician's next different choice.
 */
import { z } from "zod";
import { CONSENT_METHODS, IDENTITY_DOCUMENT_KINDS } from "../domain/consent.js";
import type { ConsentPreferences } from "../domain/consentPreferences.js";
import { compositeKey, escapeKeyPart } from "./keys.js";
import type { TableGateway } from "./tableGateway.js";
import { BoundedMap } from "../boundedMap.js";

/** Read back with the schema: a row an older or newer version wrote that does not fit is no preference. */
const rowSchema = z.object({
  method: z.enum(CONSENT_METHODS),
  scopeSession: z.boolean(),
  scopeInformationSharing: z.boolean(),
  identityDocumentKind: z.enum(IDENTITY_DOCUMENT_KINDS),
  limitsExplained: z.boolean(),
  inPersonOffered: z.boolean(),
}) satisfies z.ZodType<ConsentPreferences>;

/** Clinicians whose last preferences this instance keeps in mind (the oldest forgotten first). */
const MAX_KEPT = 1_000;

export class ConsentPreferenceRepository {
  private readonly known = new BoundedMap<string, string>(MAX_KEPT);

  constructor(private readonly table: TableGateway) {}

  private keep(tenantId: string, clinicianId: string, preferences: ConsentPreferences | undefined): void {
    const key = `${tenantId}|${clinicianId}`;
    if (preferences === undefined) this.known.delete(key);
    else this.known.set(key, JSON.stringify(preferences));
  }

  private static partition(tenantId: string): string {
    return compositeKey(tenantId, "consentPreferences");
  }

  async get(tenantId: string, clinicianId: string): Promise<ConsentPreferences | undefined> {
    const row = await this.table.get(ConsentPreferenceRepository.partition(tenantId), escapeKeyPart(clinicianId));
    const parsed = rowSchema.safeParse(row?.value);
    const preferences = parsed.success ? parsed.data : undefined;
    this.keep(tenantId, clinicianId, preferences);
    return preferences;
  }

  /** `at` is when the clinician's choices last changed. */
  async save(tenantId: string, clinicianId: string, preferences: ConsentPreferences, at: string): Promise<void> {
    const row = rowSchema.parse(preferences);
    if (this.known.get(`${tenantId}|${clinicianId}`) === JSON.stringify(row)) return;
    this.keep(tenantId, clinicianId, undefined);
    await this.table.upsert({
      partitionKey: ConsentPreferenceRepository.partition(tenantId),
      rowKey: escapeKeyPart(clinicianId),
      ...row,
      at,
    });
    this.keep(tenantId, clinicianId, row);
  }
}
