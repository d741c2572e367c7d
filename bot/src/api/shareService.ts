/**
 * The share of telehealth (seed 003 §5, §7), always the caller's own: their encounters as clinician in the
 * period (every team), against the in-person count they declare (Balises cannot see in-person care). The count
 * comes from their monthly aggregates (issue 14), a month not yet checked by the reconcile job from its rows.
 */
import { EtagConflictError, ValidationError } from "../errors.js";
import type { Identity } from "../auth/tokenValidator.js";
import type { ShareView } from "../contract/index.js";
import { encountersCounted } from "../domain/activityDayTotals.js";
import { ownTelehealthSource } from "../domain/supervisionActivity.js";
import {
  monthsOfPeriod,
  parsePeriod,
  SHARE_REFERENCE,
  SHARE_UNACCEPTABLE_ABOVE,
  telehealthShare,
  type Period,
} from "../domain/telehealthShare.js";
import type { ActivityCountRepository } from "../storage/activityCountRepository.js";
import type { EncounterIndexReads } from "../storage/encounterIndexReads.js";
import { forEachRow, type IndexReader } from "../storage/encounterIndexReader.js";

export interface ShareServicePorts {
  encounters: IndexReader & Pick<EncounterIndexReads, "readAggregates">;
  activityCounts: Pick<ActivityCountRepository, "get" | "put">;
  now: () => Date;
}

const PERIOD = { "fr-CA": "Période attendue : AAAA ou AAAA-MM.", en: "Expected period: YYYY or YYYY-MM." };

/** "2026" or "2026-03"; anything else is a 400. */
export function periodOf(id: string): Period {
  const period = parsePeriod(id);
  if (!period) throw new ValidationError([{ path: "period", message: PERIOD }], PERIOD);
  return period;
}

export class ShareService {
  constructor(private readonly ports: ShareServicePorts) {}

  async view(who: Identity, period: Period): Promise<ShareView> {
    const [telehealth, stored] = await Promise.all([
      this.telehealthCount(who, period),
      this.ports.activityCounts.get(who.tenantId, who.userId, period.id),
    ]);
    const share = stored ? telehealthShare(telehealth, stored.inPerson, period.kind) : null;
    return {
      period: period.id,
      telehealth,
      inPerson: stored?.inPerson ?? null,
      share: share?.share ?? null,
      status: share?.status ?? null,
      unacceptable: share?.unacceptable ?? false,
      reference: {
        min: SHARE_REFERENCE.min,
        max: SHARE_REFERENCE.max,
        unacceptableAbove: SHARE_UNACCEPTABLE_ABOVE,
        source: "003 §5, §7",
      },
      etag: stored?.etag ?? null,
    };
  }

  private async telehealthCount(who: Identity, period: Period): Promise<number> {
    const source = ownTelehealthSource(who.userId);
    const months = monthsOfPeriod(period);
    const first = months[0]?.id ?? period.id;
    const { days, checked } = await this.ports.encounters.readAggregates(
      who.tenantId,
      source,
      first,
      months.at(-1)?.id ?? first,
    );
    let count = 0;
    for (const [date, counters] of days) if (checked.has(date.slice(0, 7))) count += encountersCounted(counters);
    const rows = { tenantId: who.tenantId, sources: [source], keep: () => true };
    for (const month of months.filter((m) => !checked.has(m.id)))
      count += await forEachRow(this.ports.encounters, rows, month.from, month.to, () => undefined);
    return count;
  }

  /** The caller declares their in-person count for the period; ETag-conditional when they send one. */
  async declare(who: Identity, period: Period, inPerson: number, ifMatch: string | undefined): Promise<ShareView> {
    const current = await this.ports.activityCounts.get(who.tenantId, who.userId, period.id);
    if (ifMatch && ifMatch !== "*" && ifMatch !== current?.etag) throw new EtagConflictError();
    const at = this.ports.now().toISOString();
    await this.ports.activityCounts.put(
      who.tenantId,
      who.userId,
      period.id,
      inPerson,
      at,
      ifMatch ? current?.etag : undefined,
    );
    return this.view(who, period);
  }
}
