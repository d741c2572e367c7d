/**
 * Share of telehealth in a clinician's activity (seed 003):
 * - §5 physicians: telehealth should be on average 30–40 % of their usual yearly activity; more than 90 %
 *   is unacceptable (save exceptional practices approved beforehand by the MSSS);
 * - §7 other professionals: a practice made only of telehealth is not acceptable.
 * Telehealth encounters are counted by Balises; the in-person count for the period is what the clinician
 * declares. Periods are a year ("2026") or a month ("2026-03"), in Québec time. Pure.
 */
import type { Localized } from "../i18n/locale.js";
import { quebecPeriodInstants } from "./clock.js";

export const SHARE_REFERENCE = { min: 0.3, max: 0.4 } as const;
export const SHARE_UNACCEPTABLE_ABOVE = 0.9;
export const MAX_IN_PERSON_COUNT = 100_000;

export type ShareStatus =
  | "noActivity"
  | "belowReference"
  | "withinReference"
  | "aboveReference"
  | "unacceptable"
  | "telehealthOnly"
  | "monthShare";

export const SHARE_STATUS_LABELS: Record<ShareStatus, Localized & { source: string }> = {
  noActivity: { "fr-CA": "Aucune activité pour la période", en: "No activity for the period", source: "003 §5" },
  // §5 is a physician's yearly reference, and its labels say so: other professionals read them too, and for a month.
  belowReference: {
    "fr-CA": "Sous la référence annuelle des médecins (30 à 40 %)",
    en: "Below physicians' yearly reference (30–40 %)",
    source: "003 §5",
  },
  withinReference: {
    "fr-CA": "Dans la référence annuelle des médecins (30 à 40 %)",
    en: "Within physicians' yearly reference (30–40 %)",
    source: "003 §5",
  },
  aboveReference: {
    "fr-CA": "Au-dessus de la référence annuelle des médecins (30 à 40 %)",
    en: "Above physicians' yearly reference (30–40 %)",
    source: "003 §5",
  },
  unacceptable: {
    "fr-CA":
      "Plus de 90 % en télésanté : inacceptable pour un médecin, sauf pratique exceptionnelle approuvée par le MSSS",
    en: "More than 90 % telehealth: unacceptable for a physician, unless an exceptional practice approved by the MSSS",
    source: "003 §5",
  },
  monthShare: {
    "fr-CA":
      "Part d'un mois : la référence des médecins (30 à 40 %, plus de 90 % inacceptable) porte sur leurs activités annuelles",
    en: "A month's share: the physicians' reference (30–40 %, over 90 % unacceptable) applies to their yearly activity",
    source: "003 §5",
  },
  telehealthOnly: {
    "fr-CA": "Pratique uniquement en télésanté : non acceptable",
    en: "Telehealth-only practice: not acceptable",
    source: "003 §5, §7",
  },
};

export interface TelehealthShare {
  telehealth: number;
  inPerson: number;
  /** telehealth / (telehealth + in person), 3 decimals; null without activity. */
  share: number | null;
  status: ShareStatus;
  /** The two situations §5 and §7 call unacceptable. */
  unacceptable: boolean;
}

/** §5 is a yearly reference and §7 judges a practice, not one month's activity: a month's share gets no verdict. */
export function telehealthShare(telehealth: number, inPerson: number, kind: Period["kind"]): TelehealthShare {
  const total = telehealth + inPerson;
  if (total === 0) return { telehealth, inPerson, share: null, status: "noActivity", unacceptable: false };
  const share = Math.round((telehealth / total) * 1000) / 1000;
  const status: ShareStatus =
    kind === "month"
      ? "monthShare"
      : inPerson === 0
        ? "telehealthOnly"
        : share > SHARE_UNACCEPTABLE_ABOVE
          ? "unacceptable"
          : share > SHARE_REFERENCE.max
            ? "aboveReference"
            : share >= SHARE_REFERENCE.min
              ? "withinReference"
              : "belowReference";
  return {
    telehealth,
    inPerson,
    share,
    status,
    unacceptable: status === "unacceptable" || status === "telehealthOnly",
  };
}

export interface Period {
  id: string;
  kind: "year" | "month";
  /** Inclusive start and exclusive end, UTC ISO instants of Québec midnights. */
  from: string;
  to: string;
}

const PERIOD = /^(\d{4})(?:-(0[1-9]|1[0-2]))?$/;

/** The period's months (yyyy-mm), each with its Québec-time bounds. */
export function monthsOfPeriod(period: Period): Period[] {
  if (period.kind === "month") return [period];
  return Array.from({ length: 12 }, (_, i) => parsePeriod(`${period.id}-${String(i + 1).padStart(2, "0")}`)).filter(
    (p): p is Period => p !== undefined,
  );
}

/** "2026" or "2026-03" → its Québec-time bounds; undefined when malformed or outside 2000–2100. */
export function parsePeriod(id: string): Period | undefined {
  const m = PERIOD.exec(id);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (year < 2000 || year > 2100) return undefined;
  return { id, kind: m[2] ? "month" : "year", ...quebecPeriodInstants(id) };
}
