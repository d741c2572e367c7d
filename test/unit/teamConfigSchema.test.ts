import { describe, expect, it } from "vitest";
import {
  evaluationDateIssues,
  parseStoredTeamConfiguration,
  validateTeamConfiguration,
} from "../../bot/src/domain/teamConfigSchema.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";

const base = (): TeamConfiguration => structuredClone(DEFAULT_TEAM_CONFIGURATION);

function issuesOf(input: unknown) {
  const result = validateTeamConfiguration(input);
  if (result.ok) throw new Error("expected the configuration to be rejected");
  return result.issues;
}

function paths(input: unknown): string[] {
  return issuesOf(input).map((i) => i.path);
}

describe("team configuration schema", () => {
  it("accepts the MSSS defaults", () => {
    expect(validateTeamConfiguration(DEFAULT_TEAM_CONFIGURATION)).toEqual({
      ok: true,
      value: DEFAULT_TEAM_CONFIGURATION,
    });
  });

  // 003 §1.1, §8.8: the note is filed within 24 h at the latest; a team may shorten the deadline, never lengthen it.
  describe("reminder policy (003 §1.1, §8.8)", () => {
    it("accepts a shorter deadline with reminders before it", () => {
      const c = base();
      c.reminderPolicy = { offsets: ["PT1H", "PT6H"], deadline: "PT12H" };
      expect(validateTeamConfiguration(c).ok).toBe(true);
    });

    it("refuses a deadline longer than 24 hours, citing §1.1 and §8.8 in both languages", () => {
      const c = base();
      c.reminderPolicy = { offsets: ["PT2H"], deadline: "PT25H" };
      const [issue] = issuesOf(c);
      expect(issue?.path).toBe("reminderPolicy.deadline");
      expect(issue?.message["fr-CA"]).toMatch(/24 heures.*§1\.1 et §8\.8/);
      expect(issue?.message.en).toMatch(/24 hours.*§1\.1 and §8\.8/);
    });

    it("refuses a reminder at or after the deadline", () => {
      const c = base();
      c.reminderPolicy = { offsets: ["PT2H", "PT24H"], deadline: "PT24H" };
      expect(paths(c)).toEqual(["reminderPolicy.offsets.1"]);
      c.reminderPolicy = { offsets: ["PT13H"], deadline: "PT12H" };
      expect(paths(c)).toEqual(["reminderPolicy.offsets.0"]);
    });

    it("refuses zero, negative, malformed and duplicate offsets", () => {
      const c = base();
      c.reminderPolicy = { offsets: ["PT0S", "-PT1H", "2 heures", "PT2H", "PT120M"], deadline: "PT24H" };
      expect(paths(c)).toEqual([
        "reminderPolicy.offsets.0",
        "reminderPolicy.offsets.1",
        "reminderPolicy.offsets.2",
        "reminderPolicy.offsets.4",
      ]);
    });

    it("refuses a malformed deadline", () => {
      const c = base();
      c.reminderPolicy = { offsets: [], deadline: "demain" };
      expect(paths(c)).toEqual(["reminderPolicy.deadline"]);
    });
  });

  // 003 §2.3: adjustments refer to the table's situations (or the team's own), with the table's ratings.
  describe("matrix (003 §2.3)", () => {
    it("refuses an adjustment of an unknown situation", () => {
      const c = base();
      c.matrix.cells = [{ situationId: "teleportation", modality: "video", rating: "+" }];
      expect(paths(c)).toEqual(["matrix.cells.0.situationId"]);
    });

    it("refuses a rating outside +, ++, +++ and null", () => {
      const c = base() as unknown as { matrix: { cells: unknown[] } };
      c.matrix.cells = [{ situationId: "screening", modality: "video", rating: "++++" }];
      expect(paths(c)).toEqual(["matrix.cells.0.rating"]);
    });

    it("refuses a local situation that reuses a baseline id or another local id, and a cell adjusted twice", () => {
      const c = base();
      const ratings = { phone: null, video: "++", inPerson: "+++" } as const;
      c.matrix.localSituations = [
        { id: "screening", label: { "fr-CA": "a", en: "a" }, ratings },
        { id: "plaie", label: { "fr-CA": "b", en: "b" }, ratings },
        { id: "plaie", label: { "fr-CA": "c", en: "c" }, ratings },
      ];
      c.matrix.cells = [
        { situationId: "plaie", modality: "video", rating: "+" },
        { situationId: "plaie", modality: "video", rating: "+++" },
      ];
      expect(paths(c)).toEqual(["matrix.localSituations.0.id", "matrix.localSituations.2.id", "matrix.cells.1"]);
    });

    it("accepts an adjustment of a local situation", () => {
      const c = base();
      c.matrix.localSituations = [
        {
          id: "plaie",
          label: { "fr-CA": "Suivi de plaie", en: "Wound follow-up" },
          ratings: { phone: null, video: "++", inPerson: "+++" },
        },
      ];
      c.matrix.cells = [{ situationId: "plaie", modality: "phone", rating: "+" }];
      expect(validateTeamConfiguration(c).ok).toBe(true);
    });
  });

  // 003 §4
  it("refuses ED and CDE corridors with the §4 quote", () => {
    const c = base();
    c.corridors = [
      { id: "c1", name: "Hôpital du Nord", kind: "emergencyDepartment", contact: "x" },
      { id: "c2", name: "CDE de Lévis", kind: "other", contact: "x" },
    ];
    const issues = issuesOf(c);
    expect(issues.map((i) => i.path)).toEqual(["corridors.0.kind", "corridors.1.name"]);
    for (const issue of issues) expect(issue.message["fr-CA"]).toContain("ne sont pas considérés comme valables");
  });

  // 003 §3: the callback delay is a number of minutes the clinician waits before calling back.
  it.each([0, 61, 2.5])("refuses a callback delay of %s minutes", (minutes) => {
    const c = base();
    c.contingency.callbackDelayMinutes = minutes;
    expect(paths(c)).toEqual(["contingency.callbackDelayMinutes"]);
  });

  it("refuses unknown fields, bad dates, control characters and oversized lists, with bilingual messages", () => {
    const c = { ...base(), colour: "bleu", annualEvaluationDate: "2026-02-30" } as Record<string, unknown>;
    const issues = issuesOf(c);
    expect(issues.map((i) => i.path).sort()).toEqual(["annualEvaluationDate", "colour"]);
    expect(issues.find((i) => i.path === "colour")?.message).toEqual({
      "fr-CA": "Champ inconnu.",
      en: "Unknown field.",
    });

    const d = base();
    d.corridors = [{ id: "c1", name: "GMF\u0000", kind: "gmf", contact: "x" }];
    expect(paths(d)).toEqual(["corridors.0.name"]);

    const e = base();
    e.corridors = Array.from({ length: 51 }, (_, i) => ({
      id: `c${i}`,
      name: `GMF ${i}`,
      kind: "gmf" as const,
      contact: "x",
    }));
    expect(issuesOf(e)[0]).toMatchObject({
      path: "corridors",
      message: { "fr-CA": "Au plus 50 éléments.", en: "At most 50 items." },
    });

    const f = base();
    f.corridors = [{ id: "c1", name: "x".repeat(201), kind: "gmf", contact: "x" }];
    expect(paths(f)).toEqual(["corridors.0.name"]);
  });

  // DESIGN, privacy: each free-text field for its purpose (freeTextFields.ts), with its path and both languages.
  describe("free text (DESIGN, privacy; 003 §3, §4, §1.3.9, §2.3)", () => {
    it("accepts the services a team lists, with their phone numbers and a service's e-mail address", () => {
      const c = base();
      c.corridors = [
        {
          id: "c1",
          name: "GMF des Rivières",
          kind: "gmf",
          contact: "Secrétariat, 819 555-0142 poste 2201, rdv.gmf@example.com",
          conditions: "Patients inscrits au GMF.\nSur rendez-vous.",
        },
      ];
      c.contingency.bridgeText = "Pont Teams : +1 514-555-0199\nConférence 123 456 789#";
      c.contingency.crisisResources.push({ id: "r1", region: "Québec", name: "Suicide", phone: "1 866 APPELLE" });
      c.interpreters = [{ id: "i1", name: "Banque d'interprètes", contact: "interpretes@example.com" }];
      expect(validateTeamConfiguration(c).ok).toBe(true);
    });

    it("refuses, field by field, a RAMQ number, an e-mail address, a non-phone and an over-long name", () => {
      const c = base();
      c.corridors = [{ id: "c1", name: "G".repeat(121), kind: "gmf", contact: "x", hours: "écrire à a.b@example.com" }];
      c.contingency.bridgeText = "Rappeler TREM 8501 1512";
      c.contingency.crisisResources.push({ id: "r1", region: "Québec", name: "Ligne", phone: "le site web" });
      c.matrix.localSituations = [
        {
          id: "s1",
          label: { "fr-CA": "Suivi", en: "Follow-up" },
          ratings: { phone: null, video: "++", inPerson: "+++" },
          note: { "fr-CA": "NAS 046 454 286", en: "ok" },
        },
      ];
      const issues = issuesOf(c);
      expect(issues.map((i) => i.path).sort()).toEqual([
        "contingency.bridgeText",
        "contingency.crisisResources.3.phone",
        "corridors.0.hours",
        "corridors.0.name",
        "matrix.localSituations.0.note.fr-CA",
      ]);
      const at = (path: string) => issues.find((i) => i.path === path)?.message;
      expect(at("corridors.0.name")).toEqual({ "fr-CA": "Au plus 120 caractères.", en: "At most 120 characters." });
      expect(at("corridors.0.hours")?.["fr-CA"]).toMatch(/^Pas d'adresse courriel dans ce champ/);
      expect(at("contingency.bridgeText")?.en).toMatch(/health insurance \(RAMQ\) number/);
      expect(at("contingency.crisisResources.3.phone")?.["fr-CA"]).toMatch(/^Numéro de téléphone nord-américain/);
      expect(at("matrix.localSituations.0.note.fr-CA")?.["fr-CA"]).toMatch(/numéro d'assurance sociale/);
    });

    it("still reads a stored configuration written before the free-text rules", () => {
      const c = base();
      c.corridors = [{ id: "c1", name: "G".repeat(200), kind: "gmf", contact: "marie.t@example.com" }];
      c.contingency.bridgeText = "x".repeat(1000);
      expect(validateTeamConfiguration(c).ok).toBe(false);
      expect(parseStoredTeamConfiguration(c).ok).toBe(true);
    });
  });

  it("reads back a stored configuration that an older, looser rule let through (shape only on read)", () => {
    const c = base();
    c.corridors = [{ id: "c1", name: "Urgence", kind: "gmf", contact: "x" }];
    expect(validateTeamConfiguration(c).ok).toBe(false);
    expect(parseStoredTeamConfiguration(c).ok).toBe(true);
    expect(parseStoredTeamConfiguration({ ...c, corridors: "not a list" }).ok).toBe(false);
  });
});

// 003 §11: quality evaluated at least once a year; the pilot enters when the last evaluation was held.
describe("the last yearly evaluation (003 §11)", () => {
  const dated = (annualEvaluationDate: string | null) => ({ ...base(), annualEvaluationDate });

  it("may be today or any day before, or not recorded", () => {
    expect(evaluationDateIssues(dated("2026-11-28"), "2026-11-28")).toEqual([]);
    expect(evaluationDateIssues(dated("2025-06-25"), "2026-11-28")).toEqual([]);
    expect(evaluationDateIssues(dated(null), "2026-11-28")).toEqual([]);
  });

  it("cannot be after Québec's today, said at its field in both languages", () => {
    const [issue, ...more] = evaluationDateIssues(dated("2026-11-29"), "2026-11-28");
    expect(more).toEqual([]);
    expect(issue?.path).toBe("annualEvaluationDate");
    expect(issue?.message["fr-CA"]).toMatch(/dernière évaluation ne peut pas être dans le futur/);
    expect(issue?.message.en).toMatch(/last evaluation cannot be in the future/);
  });
});
