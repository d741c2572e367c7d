/**
 * Keys of the Encounters table (layout: encounterRepository.ts). They never leave storage/: the rest of
 * the service names where encounters are read from as domain sources (team, clinician, learner).
 */
import { parseEncounterId, type EncounterSummary } from "../domain/encounter.js";
import type { ActivitySource } from "../domain/supervisionActivity.js";
import { compositeKey } from "./keys.js";

const MAX_START_MS = 999_999_999_999_999;

export function meetingPartition(tenantId: string, meetingId: string): string {
  return compositeKey(tenantId, "meeting", meetingId);
}

export function occurrenceRow(startedAtMs: number): string {
  return `occ|${String(MAX_START_MS - startedAtMs).padStart(15, "0")}`;
}

/** The primary row's keys; undefined for a malformed id. */
export function primaryKeys(
  tenantId: string,
  encounterId: string,
): { partitionKey: string; rowKey: string } | undefined {
  const parsed = parseEncounterId(encounterId);
  if (!parsed) return undefined;
  return { partitionKey: meetingPartition(tenantId, parsed.meetingId), rowKey: occurrenceRow(parsed.startedAtMs) };
}

export function clinicianPartition(tenantId: string, objectId: string): string {
  return compositeKey(tenantId, "clinician", objectId);
}

export function teamPartition(tenantId: string, teamKey: string): string {
  return compositeKey(tenantId, "team", teamKey);
}

/** Issue 4: a learner's encounters (those where their part was recorded). */
export function learnerPartition(tenantId: string, objectId: string): string {
  return compositeKey(tenantId, "learner", objectId);
}

export function indexRow(summary: Pick<EncounterSummary, "startedAt" | "encounterId">): string {
  return compositeKey(summary.startedAt, summary.encounterId);
}

/** The index partition holding a source's encounters. */
export function sourcePartition(tenantId: string, source: ActivitySource): string {
  switch (source.by) {
    case "team":
      return teamPartition(tenantId, source.teamKey);
    case "clinician":
      return clinicianPartition(tenantId, source.oid);
    case "learner":
      return learnerPartition(tenantId, source.oid);
  }
}
