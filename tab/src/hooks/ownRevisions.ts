/**
 * The revisions this panel's own saves produced (from → to, per encounter and counter). A form started before the
 * panel itself moved the counter (its plan ticked, then the location confirmed: both on `planRev`) is still the
 * person's own view: its revision follows the panel's own steps to the current one. A step anyone else took
 * stops it there, and the service answers 409 — their change is never overwritten unseen.
 */
import type { EncounterPanel } from "../api/types.js";

const COUNTERS = ["consentRev", "planRev"] as const;
type Counter = (typeof COUNTERS)[number];
/** What a change's body names among its fields: the revision it was made on. */
type Revised = Partial<Record<Counter, number>>;

const counterOf = (body: Revised): Counter | undefined => COUNTERS.find((c) => typeof body[c] === "number");

export class OwnRevisions {
  private readonly steps = new Map<string, number>();

  /** `body` with its revision moved along this panel's own steps to the encounter's, when they lead there. */
  rebase<B extends object>(current: Pick<EncounterPanel, "id" | Counter>, body: B): B {
    const revised: Revised = body;
    const counter = counterOf(revised);
    const from = counter ? revised[counter] : undefined;
    if (!counter || from === undefined) return body;
    let rev = from;
    const seen = new Set<number>();
    while (rev !== current[counter] && !seen.has(rev)) {
      seen.add(rev);
      const next = this.steps.get(`${current.id}|${counter}|${rev}`);
      if (next === undefined) return body;
      rev = next;
    }
    return rev === current[counter] ? { ...body, [counter]: rev } : body;
  }

  /** A save made at the body's revision left the encounter at `after`'s. */
  record(sent: object, after: Pick<EncounterPanel, "id" | Counter>): void {
    const revised: Revised = sent;
    const counter = counterOf(revised);
    const from = counter ? revised[counter] : undefined;
    if (counter && from !== undefined && from !== after[counter])
      this.steps.set(`${after.id}|${counter}|${from}`, after[counter]);
  }
}
