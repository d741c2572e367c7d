import { describe, expect, it } from "vitest";
import {
  SECTION_4_QUOTE,
  corridorProblem,
  corridorProblemMessage,
  hasValidCorridor,
  validCorridors,
} from "../../bot/src/domain/corridor.js";
import type { ReferralCorridor } from "../../bot/src/domain/teamConfig.js";

const corridor = (name: string, kind: ReferralCorridor["kind"] = "gmf"): ReferralCorridor => ({
  id: name.replace(/\W/g, "").slice(0, 20) || "c",
  name,
  kind,
  contact: "poste 1234",
});

describe("referral corridors (003 §4)", () => {
  // 003 §4: referral mechanisms to emergency departments or CDEs are not valid.
  it.each(["emergencyDepartment", "designatedEvaluationClinic"] as const)("rejects the kind %s", (kind) => {
    expect(corridorProblem(corridor("Clinique du quartier", kind))).toEqual({ field: "kind" });
  });

  // 003 §4: a name that clearly denotes an ED or a CDE is not a valid corridor either.
  it.each([
    ["Urgence de l'Hôpital régional", "urgence"],
    ["Salle d'URGENCES", "urgence"],
    ["CDE Laval", "CDE"],
    ["Clinique désignée d’évaluation de Québec", "clinique désignée d'évaluation"],
    ["Cliniques designees d'evaluation", "clinique désignée d'évaluation"],
    ["Emergency department, Jewish General", "emergency"],
    ["Designated assessment clinic", "designated evaluation clinic"],
    ["Urg. Hôpital Sainte-Marie", "urgence"],
    ["Clinique désignée de dépistage et d'évaluation", "clinique désignée d'évaluation"],
    ["ER de l'Hôpital", "ER"],
  ])("rejects the name %s (term %s)", (name, term) => {
    expect(corridorProblem(corridor(name))).toEqual({ field: "name", term });
  });

  it.each([
    "GMF des Rivières — plage sans rendez-vous",
    "CLSC de Limoilou",
    "Clinique de soins non urgents",
    "Clinique externe de pédiatrie",
    "Codex clinique",
    "CLSC, 1er étage",
    "Clinique Verte",
  ])("accepts the ordinary corridor %s", (name) => {
    expect(corridorProblem(corridor(name))).toBeUndefined();
  });

  // 003 §4: the reason quotes the guideline verbatim, in both languages.
  it("quotes §4 in the message, fr-CA and en", () => {
    const message = corridorProblemMessage({ field: "kind" });
    expect(SECTION_4_QUOTE).toBe(
      "À noter que les mécanismes de référence aux urgences ou en clinique désignée d’évaluation (CDE) ne sont pas considérés comme valables.",
    );
    expect(message["fr-CA"]).toContain(`« ${SECTION_4_QUOTE} »`);
    expect(message.en).toContain("not considered valid");
    expect(message.en).toContain(SECTION_4_QUOTE);
  });

  // 003 §4: no remote consultation without an internal in-person referral mechanism.
  it("counts only valid corridors", () => {
    const config = {
      corridors: [corridor("Urgence Nord"), corridor("GMF Sud"), corridor("CDE Est", "designatedEvaluationClinic")],
    };
    expect(validCorridors(config).map((c) => c.name)).toEqual(["GMF Sud"]);
    expect(hasValidCorridor(config)).toBe(true);
    expect(hasValidCorridor({ corridors: [corridor("Urgence Nord")] })).toBe(false);
    expect(hasValidCorridor({ corridors: [] })).toBe(false);
  });
});
