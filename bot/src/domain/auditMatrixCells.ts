/**
 * Sentences for the team's adjustments of §2.3 matrix cells (seed 003 §2.3). A cell adjustment has no id:
 * it is the pair situation × modality. setCell removes the old adjustment and appends the new one, so
 * positions shift; when every shifted position names its pair, they are matched by pair, otherwise the
 * history says plainly that adjusted ratings changed rather than guess which.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import { slotsOf, type ListChange, type Person, type Slot } from "./auditLists.js";
import type { Flat } from "./auditSubjects.js";
import { formatRating, omittedText, quote, say } from "./auditValues.js";
import { BASELINE_MATRIX } from "./matrix.js";
import { MODALITY_LABELS, type Modality } from "./modality.js";

const CELL_TEXT = {
  cellBaseline: {
    "fr-CA": "la cote {modality} de la situation {situation}",
    en: "the {modality} rating of the situation {situation}",
  },
  cellLocal: { "fr-CA": "la cote {modality} d'une situation locale", en: "the {modality} rating of a local situation" },
  adjusted: { "fr-CA": "{who} a ajusté {cell} : {before} → {after}", en: "{who} adjusted {cell}: {before} → {after}" },
  // Worded as a state, not a change: when the earlier rating is unknown it may have been the same.
  saved: { "fr-CA": "{who} a enregistré {cell} : {after}", en: "{who} saved {cell}: {after}" },
  adjustedBare: { "fr-CA": "{who} a ajusté {cell}", en: "{who} adjusted {cell}" },
  restored: {
    "fr-CA": "{who} a rétabli la valeur du MSSS pour {cell} ({rating})",
    en: "{who} restored the MSSS value for {cell} ({rating})",
  },
  unadjusted: { "fr-CA": "{who} a retiré l'ajustement de {cell}", en: "{who} removed the adjustment of {cell}" },
  changedAt: {
    "fr-CA": "{who} a modifié la cote ajustée nº {n} de la matrice : {before} → {after}",
    en: "{who} changed adjusted rating no. {n} of the matrix: {before} → {after}",
  },
  changedSome: {
    "fr-CA": "{who} a modifié des cotes ajustées de la matrice",
    en: "{who} changed adjusted ratings of the matrix",
  },
} satisfies Record<string, Localized>;

/** A rating is known only where it differs from the item that held the position before or after. */
interface KnownRating {
  known: boolean;
  rating: unknown;
}

interface Cell extends KnownRating {
  situationId: string;
  modality: Modality;
}

function cellOf(item: Flat): Cell | undefined {
  const situationId = item.get("situationId");
  const modality = item.get("modality");
  if (typeof situationId !== "string" || typeof modality !== "string" || !(modality in MODALITY_LABELS))
    return undefined;
  return { situationId, modality: modality as Modality, known: item.has("rating"), rating: item.get("rating") };
}

const keyOf = (c: Cell) => `${c.situationId}\u0000${c.modality}`;

function baselineRating(cell: Cell): KnownRating {
  const situation = BASELINE_MATRIX.situations.find((s) => s.id === cell.situationId);
  return situation ? { known: true, rating: situation.ratings[cell.modality] } : { known: false, rating: undefined };
}

/** The cell named as pilots see it in the matrix: modality column, situation row. */
function cellPhrase(cell: Cell, locale: Locale): string {
  const modality = quote(MODALITY_LABELS[cell.modality][locale], locale);
  const situation = BASELINE_MATRIX.situations.find((s) => s.id === cell.situationId);
  if (!situation) return say(CELL_TEXT.cellLocal, locale, { modality });
  return say(CELL_TEXT.cellBaseline, locale, { modality, situation: quote(situation.label[locale], locale) });
}

function adjustedSentence(p: Person, cell: Cell, before: KnownRating): string {
  const { who, locale } = p;
  if (!cell.known) return say(CELL_TEXT.adjustedBare, locale, { who, cell: cellPhrase(cell, locale) });
  const after = formatRating(cell.rating, locale);
  if (!before.known) return say(CELL_TEXT.saved, locale, { who, cell: cellPhrase(cell, locale), after });
  return say(CELL_TEXT.adjusted, locale, {
    who,
    cell: cellPhrase(cell, locale),
    before: formatRating(before.rating, locale),
    after,
  });
}

function removedSentence(p: Person, cell: Cell): string {
  const base = baselineRating(cell);
  if (!base.known) return say(CELL_TEXT.unadjusted, p.locale, { who: p.who, cell: cellPhrase(cell, p.locale) });
  return say(CELL_TEXT.restored, p.locale, {
    who: p.who,
    cell: cellPhrase(cell, p.locale),
    rating: formatRating(base.rating, p.locale),
  });
}

function inPlaceSentence(p: Person, slot: Slot): string {
  const { who, locale } = p;
  const shown = (flat: Flat) => (flat.has("rating") ? formatRating(flat.get("rating"), locale) : omittedText(locale));
  return say(CELL_TEXT.changedAt, locale, {
    who,
    n: slot.index + 1,
    before: shown(slot.before),
    after: shown(slot.after),
  });
}

/**
 * Matches the cells that left and joined positions by situation × modality. A cell that only moved shows
 * no rating (unchanged at both positions): it gets no sentence, since nothing says its rating changed.
 */
function pooledSentences(p: Person, left: Cell[], right: Cell[]): string[] {
  const rightByKey = new Map(right.map((c) => [keyOf(c), c] as const));
  const leftByKey = new Map(left.map((c) => [keyOf(c), c] as const));
  const out: string[] = [];
  for (const cell of left) {
    const now = rightByKey.get(keyOf(cell));
    if (!now) out.push(removedSentence(p, cell));
    else if (now.known && (!cell.known || JSON.stringify(now.rating) !== JSON.stringify(cell.rating)))
      out.push(adjustedSentence(p, now, cell));
  }
  for (const cell of right) if (!leftByKey.has(keyOf(cell))) out.push(adjustedSentence(p, cell, baselineRating(cell)));
  return out;
}

/** The sentences for every change made to the matrix cell adjustments in one audit entry. */
export function describeMatrixCells(changes: ListChange[], p: Person): string[] {
  const inPlace: string[] = [];
  const left: Array<Cell | undefined> = [];
  const right: Array<Cell | undefined> = [];
  for (const slot of slotsOf(changes)) {
    const moved = slot.fields.includes("situationId") || slot.fields.includes("modality");
    if (!slot.whole && !moved) {
      inPlace.push(inPlaceSentence(p, slot));
      continue;
    }
    if (!slot.whole || slot.whole.before) left.push(cellOf(slot.before));
    if (!slot.whole || slot.whole.after) right.push(cellOf(slot.after));
  }
  const known = (cells: Array<Cell | undefined>): cells is Cell[] => cells.every((c) => c !== undefined);
  if (!known(left) || !known(right)) return [...inPlace, say(CELL_TEXT.changedSome, p.locale, { who: p.who })];
  const pooled = pooledSentences(p, left, right);
  if (pooled.length === 0 && left.length + right.length > 0)
    pooled.push(say(CELL_TEXT.changedSome, p.locale, { who: p.who }));
  return [...inPlace, ...pooled];
}
