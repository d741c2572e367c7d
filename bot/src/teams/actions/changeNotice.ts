import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { Changed } from "../../encounters/encounterCommands.js";

/** What the clinician's view says above itself after a click: saved, out of date, or nothing (a replay). */
export function changeNotice(result: Changed): CardNotice | undefined {
  return result.outcome === "changed" ? "saved" : result.outcome === "outdated" ? "outdated" : undefined;
}
