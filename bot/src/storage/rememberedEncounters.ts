/**
 * The encounters this instance last read or wrote, by tenant and id, for card actions to start from without a
 * read (the write that follows is conditional on the ETag, so a copy another instance made stale costs a 412
 * and a read, never a lost change). Bounded: the longest kept go first.
 */
import type { StoredEncounter } from "./encounterRepository.js";
import { flagsOf } from "./encounterFlags.js";
import { BoundedMap } from "../boundedMap.js";

/** ≈ 10 KB each. */
const REMEMBERED_MAX = 2_000;

export class RememberedEncounters {
  private readonly byKey = new BoundedMap<string, StoredEncounter>(REMEMBERED_MAX);

  get(tenantId: string, encounterId: string): StoredEncounter | undefined {
    const known = this.byKey.get(key(tenantId, encounterId));
    return known ? { ...known, remembered: true } : undefined;
  }

  /** Keeps `stored`, unless a later version is already kept (a slower read never goes over a newer write). */
  keep(stored: StoredEncounter): void {
    const k = key(stored.encounter.tenantId, stored.encounter.id);
    const known = this.byKey.get(k);
    if (known && known.version > stored.version) return;
    const { encounter, etag, version } = stored;
    this.byKey.set(k, { encounter, etag, version, ...flagsOf(stored) });
  }

  forget(tenantId: string, encounterId: string): void {
    this.byKey.delete(key(tenantId, encounterId));
  }
}

function key(tenantId: string, encounterId: string): string {
  return `${tenantId}|${encounterId}`;
}
