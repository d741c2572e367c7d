/**
 * The in-person referral corridor (seed 003 §4): no remote consultations without an internal
 * mechanism for in-person referral, and emergency departments and designated evaluation clinics
 * (CDE) do not count. A corridor is rejected when its kind says so, or when its name clearly names
 * one of them (a short, explainable list of words, reported back to the pilot).
 */
import type { Localized } from "../i18n/locale.js";
import type { ReferralCorridor, TeamConfiguration } from "./teamConfig.js";

/** Verbatim from seed 003 §4. */
export const SECTION_4_QUOTE =
  "À noter que les mécanismes de référence aux urgences ou en clinique désignée d’évaluation (CDE) ne sont pas considérés comme valables.";
export const SECTION_4_QUOTE_EN =
  "Note that referral mechanisms to emergency departments or to designated evaluation clinics (CDE) are not considered valid.";

export const INVALID_CORRIDOR_KINDS = ["emergencyDepartment", "designatedEvaluationClinic"] as const;

/**
 * Words that denote an emergency department or a CDE, matched on the lower-cased name without accents; « ER » only
 * in capitals (the lower-cased « 1er » is no emergency room).
 */
const INVALID_NAME_TERMS: Array<{ term: string; pattern: RegExp; cased?: boolean }> = [
  { term: "urgence", pattern: /\burgences?\b|\burg\./ },
  { term: "CDE", pattern: /\bcdes?\b/ },
  // The designated clinics of the pandemic (evaluation, screening and evaluation): none is an in-person corridor.
  { term: "clinique désignée d'évaluation", pattern: /\bcliniques? designees?\b/ },
  { term: "ER", pattern: /\bE\.?R\.?(?![\p{L}])/u, cased: true },
  { term: "emergency", pattern: /\bemergency\b/ },
  { term: "designated evaluation clinic", pattern: /\bdesignated (evaluation|assessment) clinics?\b/ },
];

function normalize(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

export type CorridorProblem = { field: "kind" } | { field: "name"; term: string };

export function corridorProblem(corridor: Pick<ReferralCorridor, "kind" | "name">): CorridorProblem | undefined {
  if ((INVALID_CORRIDOR_KINDS as readonly string[]).includes(corridor.kind)) return { field: "kind" };
  const name = normalize(corridor.name);
  const hit = INVALID_NAME_TERMS.find((t) => t.pattern.test(t.cased ? corridor.name : name));
  return hit ? { field: "name", term: hit.term } : undefined;
}

export function corridorProblemMessage(problem: CorridorProblem): Localized {
  const why =
    problem.field === "kind"
      ? {
          fr: "Ce type de corridor (urgence ou clinique désignée d'évaluation) n'est pas un corridor de référence valide",
          en: "This kind of corridor (emergency department or designated evaluation clinic) is not a valid referral corridor",
        }
      : {
          fr: `Ce nom désigne une urgence ou une clinique désignée d'évaluation (« ${problem.term} ») : ce n'est pas un corridor de référence valide`,
          en: `This name denotes an emergency department or a designated evaluation clinic ("${problem.term}"): it is not a valid referral corridor`,
        };
  return {
    "fr-CA": `${why.fr}. MSSS, Orientations ministérielles en télésanté, §4 : « ${SECTION_4_QUOTE} »`,
    en: `${why.en}. MSSS telehealth guidelines, §4: "${SECTION_4_QUOTE_EN}" (original: « ${SECTION_4_QUOTE} »)`,
  };
}

export function validCorridors(config: Pick<TeamConfiguration, "corridors">): ReferralCorridor[] {
  return config.corridors.filter((c) => corridorProblem(c) === undefined);
}

export function hasValidCorridor(config: Pick<TeamConfiguration, "corridors">): boolean {
  return validCorridors(config).length > 0;
}
