/**
 * Columns of an encounter's primary row that say what is queued about it, not what it is (encounterRepository.ts):
 *  - `purgeScheduled`: its retention purge job is queued (encounters/retention.ts);
 *  - `followUp`: its follow-up job chain is alive (encounters/encounterFollowUp.ts), so a card action may answer
 *    after its one conditional write and queue the rest afterwards: a crash in between is caught by that job;
 *  - `cardChanges`: per shared card, the stored version that last changed what it shows — written in the same
 *    conditional write as the change itself, which is what lets the follow-up job find an update never queued.
 * Every replace carries them over; a change adds the cards it touched.
 */
import { z } from "zod";
import type { Row } from "./tableGateway.js";

export interface EncounterFlags {
  purgeScheduled?: boolean;
  followUp?: boolean;
  /** Card name → the version that last changed it. */
  cardChanges?: Readonly<Record<string, number>>;
}

const cardChangesSchema = z.record(z.string(), z.number().int().min(0));

export function flagsFromRow(row: Row): EncounterFlags {
  const raw = typeof row.cardChanges === "string" && row.cardChanges !== "" ? row.cardChanges : undefined;
  const parsed = raw === undefined ? undefined : cardChangesSchema.safeParse(JSON.parse(raw));
  return {
    purgeScheduled: row.purgeScheduled === true,
    followUp: row.followUp === true,
    cardChanges: parsed?.success ? parsed.data : undefined,
  };
}

/** The flags kept with a write of `version`; `cards`: what the change shows differently. */
export function flagsAfter(flags: EncounterFlags, version: number, cards: readonly string[] = []): EncounterFlags {
  const cardChanges =
    cards.length === 0
      ? flags.cardChanges
      : { ...flags.cardChanges, ...Object.fromEntries(cards.map((card) => [card, version])) };
  return { purgeScheduled: flags.purgeScheduled === true, followUp: flags.followUp === true, cardChanges };
}

export function flagColumns(flags: EncounterFlags): Row {
  return {
    purgeScheduled: flags.purgeScheduled === true,
    followUp: flags.followUp === true,
    cardChanges: flags.cardChanges ? JSON.stringify(flags.cardChanges) : undefined,
  };
}

/** Only the flags of a stored copy (what the remembered copies keep next to the encounter). */
export function flagsOf(flags: EncounterFlags): EncounterFlags {
  const { purgeScheduled, followUp, cardChanges } = flags;
  return { purgeScheduled, followUp, cardChanges };
}
