/**
 * The encounters this instance last read or wrote, by tenant and id, for card actions to start from without a
 * read (the write that follows is conditional on the ETag, so a copy another instance made stale costs a 412
 * and a read, never a lost change). Bounded: the least recently used go first.
 */
import type { StoredEncounter } from "./encounterRepository.js";
import { flagsOf } from "./encounterFlags.js";

/** ≈ 10 KB each. */
const REMEMBERED_MAX = 2_000;

export class RememberedEncounters {
  private readonly byKey = new Map<string, StoredEncounter>();

  get(tenantId: string, encounterId: string): StoredEncounter | undefined {
    const known = this.byKey.get(key(tenantId, encounterId));
    return known ? { ...known, remembered: true } : undefined;
  }

  /** Keeps `stored`, unless a later version is already kept (a slower read never goes over a newer write). */
  keep(stored: StoredEncounter): void {
    const k = key(stored.encounter.tenantId, stored.encounter.id);
    const known = this.byKey.get(k);
    if (known && known.version > stored.version) return;
    this.byKey.delete(k);
    const { encounter, etag, version } = stored;
    this.byKey.set(k, { encounter, etag, version, ...flagsOf(stored) });
    if (this.byKey.size > REMEMBERED_MAX) {
      const oldest = this.byKey.keys().next();
      if (!oldest.done) this.byKey.delete(oldest.value);
    }
  }

  forget(tenantId: string, encounterId: string): void {
    this.byKey.delete(key(tenantId, encounterId));
  }
}

function key(tenantId: string, encounterId: string): string {
  return `${tenantId}|${encounterId}`;
}
