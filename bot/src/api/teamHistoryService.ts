/**
 * The team's history (Paramètres › Historique) as its reader may see it (domain/supervisionAccess.ts
 * seesHistoryEntry). A page the rule shortens is filled from the next stored pages, whole pages at a time so that
 * nothing is skipped or shown twice: an answer may hold more than `pageSize` entries, and after MAX_READS reads it
 * may hold fewer (even none) with a token to read on.
 */
import type { Identity } from "../auth/tokenValidator.js";
import { seesHistoryEntry } from "../domain/supervisionAccess.js";
import type { AuditPage, AuditRepository } from "../storage/auditRepository.js";
import { viewerIn, type PilotList } from "./teamAccess.js";

/** Partition pages read for one answer, at most. */
const MAX_READS = 5;

export interface TeamHistoryPorts {
  audit: Pick<AuditRepository, "page">;
  pilots: PilotList;
}

export class TeamHistoryService {
  constructor(private readonly ports: TeamHistoryPorts) {}

  /** Newest first: at least `pageSize` entries the reader may see, unless the history ends first. */
  async page(who: Identity, teamKey: string, pageSize: number, continuationToken?: string): Promise<AuditPage> {
    const viewer = await viewerIn(this.ports.pilots, who, teamKey);
    const items: AuditPage["items"] = [];
    let token = continuationToken;
    for (let reads = 0; reads < MAX_READS && (reads === 0 || token) && items.length < pageSize; reads++) {
      const page = await this.ports.audit.page(who.tenantId, teamKey, pageSize, token);
      items.push(...page.items.filter((entry) => seesHistoryEntry(viewer, entry.action)));
      token = page.continuationToken;
    }
    return { items, ...(token ? { continuationToken: token } : {}) };
  }
}
