import { describe, expect, it } from "vitest";
import { describeAuditEntry, type AuditEntryLike } from "../../bot/src/domain/auditSentences.js";
import { diffValues } from "../../bot/src/domain/configDiff.js";
import { setCell } from "../../bot/src/domain/matrixAdjustments.js";
import {
  DEFAULT_TEAM_CONFIGURATION,
  type ReferralCorridor,
  type TeamConfiguration,
} from "../../bot/src/domain/teamConfig.js";
import type { Locale } from "../../bot/src/i18n/locale.js";

const MARIE = "aaaaaaaa-0000-4000-8000-000000000001";
const LUC = "aaaaaaaa-0000-4000-8000-000000000002";
const JEAN = "bbbbbbbb-0000-4000-8000-000000000003";
const LISE = "cccccccc-0000-4000-8000-000000000004";
const NAMES: Record<string, string> = {
  [MARIE]: "Marie Tremblay",
  [LUC]: "Luc Bergeron",
  [JEAN]: "Jean Roy",
  [LISE]: "Lise Gagnon",
};
const nameOf = (oid: string) => NAMES[oid] ?? "Personne inconnue";
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** French guillemets carry non-breaking spaces; the assertions read better with plain ones. */
function sentences(entry: Omit<AuditEntryLike, "at">, locale: Locale = "fr-CA"): string[] {
  return describeAuditEntry({ at: "2025-03-04T15:00:00.000Z", ...entry }, nameOf, locale).map((s) =>
    s.replace(/\u00a0/g, " "),
  );
}

function configUpdate(
  change: (c: TeamConfiguration) => TeamConfiguration,
  from: TeamConfiguration = DEFAULT_TEAM_CONFIGURATION,
) {
  return { by: MARIE, action: "config.update", changes: diffValues(from, change(from)) };
}

const corridor = (id: string, name: string, extra: Partial<ReferralCorridor> = {}): ReferralCorridor => ({
  id,
  name,
  kind: "gmf",
  contact: "poste 1234",
  ...extra,
});
const withCorridors = (corridors: ReferralCorridor[]): TeamConfiguration => ({
  ...DEFAULT_TEAM_CONFIGURATION,
  corridors,
});
const RIVIERES = corridor("rivieres", "GMF des Rivières");
const CENTRE = corridor("centre", "CLSC du Centre", { kind: "clsc" });
const NORD = corridor("nord", "GMF du Nord");

describe("installing Balises", () => {
  // 003 §11: the pilot who installs coordinates the team.
  it("names the author as the team's first pilot", () => {
    const entry = { by: MARIE, action: "config.install", changes: [{ path: "pilots", before: [], after: [MARIE] }] };
    expect(sentences(entry)).toEqual(["Marie Tremblay a installé Balises dans l'équipe et en assure le pilotage"]);
    expect(sentences(entry, "en")).toEqual(["Marie Tremblay installed Balises in the team and became its first pilot"]);
  });

  it("opens with the installation, then the settings chosen at install", () => {
    const changes = [
      ...diffValues(DEFAULT_TEAM_CONFIGURATION, { ...DEFAULT_TEAM_CONFIGURATION, checklistProfile: "socialWork" }),
      { path: "pilots", before: [], after: [MARIE] },
    ];
    expect(sentences({ by: MARIE, action: "config.install", changes })).toEqual([
      "Marie Tremblay a installé Balises dans l'équipe et en assure le pilotage",
      "Marie Tremblay a changé le profil des listes de vérification : « Médecine et soins (orientations du MSSS) » → « Travail social »",
    ]);
  });
});

// DESIGN, privacy: the trail keeps no free text, so a corridor is told by its position and its fields by size.
describe("referral corridors (003 §4)", () => {
  it("tells a corridor added by its position, not its name", () => {
    const entry = configUpdate(() => withCorridors([RIVIERES]));
    expect(sentences(entry)).toEqual(["Marie Tremblay a ajouté le corridor nº 1"]);
    expect(sentences(entry, "en")).toEqual(["Marie Tremblay added corridor no. 1"]);
  });

  it("tells a corridor removed from the middle of the list, not the positions that shifted", () => {
    const entry = configUpdate(() => withCorridors([RIVIERES, NORD]), withCorridors([RIVIERES, CENTRE, NORD]));
    expect(sentences(entry)).toEqual(["Marie Tremblay a retiré le corridor nº 2"]);
  });

  it("tells a rename by the sizes of the names, never the names", () => {
    const entry = configUpdate(
      () => withCorridors([{ ...RIVIERES, name: "GMF-U des Rivières" }]),
      withCorridors([RIVIERES]),
    );
    expect(sentences(entry)).toEqual(["Marie Tremblay a modifié le corridor nº 1 (nom : 16 → 18 caractères)"]);
    expect(sentences(entry, "en")).toEqual(["Marie Tremblay changed corridor no. 1 (name: 16 → 18 characters)"]);
  });

  it("groups several fields of one corridor into one sentence, a text of the same size included", () => {
    const entry = configUpdate(
      () => withCorridors([{ ...RIVIERES, kind: "clsc", contact: "poste 4321", hours: "8 h à 20 h" }]),
      withCorridors([RIVIERES]),
    );
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a modifié le corridor nº 1 (type, coordonnées : 10 → 10 caractères, heures : 0 → 10 caractères)",
    ]);
  });

  it("tells an edit of a corridor that also moved, at its new position", () => {
    const entry = configUpdate(
      () => withCorridors([{ ...CENTRE, address: "12, rue Principale" }]),
      withCorridors([RIVIERES, CENTRE]),
    );
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a retiré le corridor nº 1",
      "Marie Tremblay a modifié le corridor nº 1 (adresse : 0 → 18 caractères)",
    ]);
  });
});

describe("contingency and reminders", () => {
  // 003 §3
  it("tells the callback delay in minutes", () => {
    const entry = configUpdate((c) => ({ ...c, contingency: { ...c.contingency, callbackDelayMinutes: 10 } }));
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a changé le délai avant de rappeler en cas de coupure : 5 min → 10 min",
    ]);
    expect(sentences(entry, "en")).toEqual([
      "Marie Tremblay changed the wait before calling back after a dropped connection: 5 min → 10 min",
    ]);
  });

  // 003 §3
  it("tells a crisis resource added by its position, and a phone changed by its size", () => {
    const ligne = { id: "ligne", region: "Mauricie", name: "Ligne de crise", phone: "819 555-0000" };
    const withLine = (c: TeamConfiguration, phone: string) => ({
      ...c,
      contingency: { ...c.contingency, crisisResources: [...c.contingency.crisisResources, { ...ligne, phone }] },
    });
    expect(sentences(configUpdate((c) => withLine(c, ligne.phone)))).toEqual([
      "Marie Tremblay a ajouté la ressource de crise nº 4",
    ]);
    const added = withLine(DEFAULT_TEAM_CONFIGURATION, ligne.phone);
    const entry = configUpdate(() => withLine(DEFAULT_TEAM_CONFIGURATION, "819 555-0000 poste 12"), added);
    expect(sentences(entry, "en")).toEqual([
      "Marie Tremblay changed crisis resource no. 4 (phone: 12 → 21 characters)",
    ]);
  });

  // 003 §3: the dial-in bridge instructions are free text.
  it("tells the phone-bridge instructions by their size", () => {
    const bridge = (bridgeText: string) => (c: TeamConfiguration) => ({
      ...c,
      contingency: { ...c.contingency, bridgeText },
    });
    const added = bridge("Pont Teams : +1 514-555-0199, conférence 123 456 789#")(DEFAULT_TEAM_CONFIGURATION);
    expect(sentences(configUpdate(bridge(added.contingency.bridgeText)))).toEqual([
      "Marie Tremblay a ajouté des instructions pour joindre la rencontre par téléphone : 53 caractères",
    ]);
    expect(sentences(configUpdate(bridge("Voir l'invitation."), added), "en")).toEqual([
      "Marie Tremblay changed the instructions to join by phone: 53 → 18 characters",
    ]);
    expect(sentences(configUpdate(bridge(""), added))).toEqual([
      "Marie Tremblay a effacé les instructions pour joindre la rencontre par téléphone",
    ]);
  });

  // 003 §2.3: a local situation's label and note, in both languages, are free text.
  it("tells a local situation's label by its size in each language", () => {
    const situation = {
      id: "groupe-parents",
      label: { "fr-CA": "Groupe de parents", en: "Parents' group" },
      ratings: { phone: null, video: "++", inPerson: "+++" } as const,
    };
    const before = { ...DEFAULT_TEAM_CONFIGURATION, matrix: { cells: [], localSituations: [situation] } };
    const entry = configUpdate(
      (c) => ({
        ...c,
        matrix: { cells: [], localSituations: [{ ...situation, label: { ...situation.label, en: "Parent group" } }] },
      }),
      before,
    );
    expect(sentences(entry, "en")).toEqual([
      "Marie Tremblay changed local situation no. 1 (label in English: 14 → 12 characters)",
    ]);
  });

  // 003 §1.1, §8.8
  it("reads reminder durations in hours", () => {
    const entry = configUpdate((c) => ({ ...c, reminderPolicy: { offsets: ["PT2H", "PT12H"], deadline: "PT20H" } }));
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a modifié les rappels de note (après la fin de la rencontre) : ajout de 12 h; retrait de 20 h",
      "Marie Tremblay a changé l'échéance de la note : 24 h → 20 h après la fin de la rencontre",
    ]);
  });
});

describe("pilots (003 §11)", () => {
  it("names the pilot added, never by id", () => {
    const entry = {
      by: MARIE,
      action: "pilot.add",
      changes: [{ path: "pilots", before: [MARIE], after: [MARIE, LUC] }],
    };
    const fr = sentences(entry);
    expect(fr).toEqual(["Marie Tremblay a ajouté Luc Bergeron aux pilotes de l'équipe"]);
    expect(sentences(entry, "en")).toEqual(["Marie Tremblay added Luc Bergeron to the team's pilots"]);
    expect(fr.join(" ")).not.toMatch(GUID);
  });

  it("names the pilot removed, never by id", () => {
    const entry = {
      by: MARIE,
      action: "pilot.remove",
      changes: [{ path: "pilots", before: [MARIE, LUC], after: [MARIE] }],
    };
    expect(sentences(entry)).toEqual(["Marie Tremblay a retiré Luc Bergeron des pilotes de l'équipe"]);
    expect(sentences(entry, "en").join(" ")).not.toMatch(GUID);
  });

  it("tells a pilot who steps down", () => {
    const entry = {
      by: LUC,
      action: "pilot.remove",
      changes: [{ path: "pilots", before: [MARIE, LUC], after: [MARIE] }],
    };
    expect(sentences(entry)).toEqual(["Luc Bergeron a quitté le rôle de pilote"]);
  });
});

describe("learners (003 §9)", () => {
  const registered = {
    role: "resident",
    supervisors: [LISE],
    trainingSite: "CHU de Québec",
    observationThreshold: null,
  };

  // DESIGN, privacy: the training site is free text; the trail keeps its size.
  it("tells a registration with the role, the supervisors and the size of the site's name", () => {
    const entry = {
      by: MARIE,
      action: "learner.register",
      changes: [{ path: `learners.${JEAN}`, before: null, after: registered }],
    };
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a inscrit Jean Roy (résident ou résidente; supervision : Lise Gagnon; site de formation : 13 caractères)",
    ]);
    expect(sentences(entry, "en")).toEqual([
      "Marie Tremblay registered Jean Roy (resident; supervisors: Lise Gagnon; training site: 13 characters)",
    ]);
  });

  it("tells a new training site by its size", () => {
    const changes = diffValues(registered, { ...registered, trainingSite: "GMF-U Maizerets" }, `learners.${JEAN}`);
    expect(sentences({ by: MARIE, action: "learner.update", changes })).toEqual([
      "Marie Tremblay a modifié l'inscription de Jean Roy : site de formation : 13 → 15 caractères",
    ]);
  });

  it("tells an update as one sentence, supervisors by name", () => {
    const changes = diffValues(registered, { ...registered, role: "fellow", supervisors: [LUC] }, `learners.${JEAN}`);
    const fr = sentences({ by: MARIE, action: "learner.update", changes });
    expect(fr).toEqual([
      "Marie Tremblay a modifié l'inscription de Jean Roy : rôle : résident ou résidente → moniteur ou monitrice; ajout à la supervision : Luc Bergeron; retrait de la supervision : Lise Gagnon",
    ]);
    expect(fr.join(" ")).not.toMatch(GUID);
  });

  // 003 §9.4
  it("tells a designation given", () => {
    const entry = {
      by: LISE,
      action: "designation.give",
      changes: [
        { path: `learners.${JEAN}.designation`, before: null, after: { at: "2025-03-04T15:00:00.000Z", by: LISE } },
      ],
    };
    expect(sentences(entry)).toEqual(["Lise Gagnon a attesté la compétence en télésanté de Jean Roy (désignation)"]);
    expect(sentences(entry, "en")).toEqual(["Lise Gagnon designated Jean Roy as competent for telehealth"]);
  });

  // 003 §9.4
  it("tells a designation withdrawn", () => {
    const given = { at: "2025-03-04T15:00:00.000Z", by: LISE };
    const entry = {
      by: LISE,
      action: "designation.withdraw",
      changes: [
        {
          path: `learners.${JEAN}.designation`,
          before: given,
          after: { ...given, withdrawnAt: "2025-04-01T15:00:00.000Z", withdrawnBy: LISE },
        },
      ],
    };
    expect(sentences(entry)).toEqual(["Lise Gagnon a retiré la désignation de compétence en télésanté de Jean Roy"]);
  });

  // 003 §9.3
  it("tells the team's observation threshold", () => {
    const entry = {
      by: MARIE,
      action: "supervision.threshold",
      changes: [{ path: "supervision.observationThreshold", before: 3, after: 5 }],
    };
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a changé le seuil d'observation de l'équipe : 3 → 5 téléconsultations observées",
    ]);
    expect(sentences(entry, "en")).toEqual([
      "Marie Tremblay changed the team's observation threshold: 3 → 5 observed teleconsultations",
    ]);
  });
});

describe("matrix (003 §2.3)", () => {
  it("names an adjusted cell by its modality and situation, from the MSSS rating", () => {
    const entry = configUpdate((c) => ({ ...c, matrix: setCell(c.matrix, "screening", "phone", "++") }));
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a ajusté la cote « Rencontre téléphonique » de la situation « Activités de dépistage » : « + » → « ++ »",
    ]);
    expect(sentences(entry, "en")).toEqual([
      'Marie Tremblay adjusted the "Phone visit" rating of the situation "Screening": "+" → "++"',
    ]);
  });

  it("follows an adjustment that setCell moved to the end of the list", () => {
    const before = {
      ...DEFAULT_TEAM_CONFIGURATION,
      matrix: setCell(
        setCell(DEFAULT_TEAM_CONFIGURATION.matrix, "screening", "phone", "++"),
        "groupEducation",
        "video",
        "+",
      ),
    };
    const entry = configUpdate((c) => ({ ...c, matrix: setCell(c.matrix, "screening", "phone", "+++") }), before);
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a ajusté la cote « Rencontre téléphonique » de la situation « Activités de dépistage » : « ++ » → « +++ »",
    ]);
  });

  it("numbers an adjustment whose situation the entry does not hold", () => {
    const before = {
      ...DEFAULT_TEAM_CONFIGURATION,
      matrix: setCell(DEFAULT_TEAM_CONFIGURATION.matrix, "screening", "phone", "++"),
    };
    const entry = configUpdate((c) => ({ ...c, matrix: setCell(c.matrix, "screening", "phone", "+++") }), before);
    expect(sentences(entry, "en")).toEqual([
      'Marie Tremblay changed adjusted rating no. 1 of the matrix: "++" → "+++"',
    ]);
  });

  it("reads a null rating as not indicated", () => {
    const entry = configUpdate((c) => ({ ...c, matrix: setCell(c.matrix, "screening", "phone", null) }));
    expect(sentences(entry)[0]).toMatch(/« \+ » → non indiqué$/);
  });

  it("tells a reset cell as the MSSS value restored", () => {
    const adjusted = {
      ...DEFAULT_TEAM_CONFIGURATION,
      matrix: setCell(DEFAULT_TEAM_CONFIGURATION.matrix, "screening", "phone", "++"),
    };
    const entry = configUpdate(() => DEFAULT_TEAM_CONFIGURATION, adjusted);
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a rétabli la valeur du MSSS pour la cote « Rencontre téléphonique » de la situation « Activités de dépistage » (« + »)",
    ]);
  });
});

describe("what the trail could not keep, and what it does not know", () => {
  it("reads omitted values as too long, not as JSON", () => {
    const entry = {
      by: MARIE,
      action: "config.update",
      changes: [{ path: "corridors.0", before: null, after: { omitted: true } }],
    };
    expect(sentences(entry)).toEqual(["Marie Tremblay a ajouté le corridor nº 1 (valeur trop longue, non conservée)"]);
    expect(sentences(entry, "en")).toEqual(["Marie Tremblay added corridor no. 1 (value too long, not kept)"]);
  });

  // DESIGN, privacy: rows written before the trail kept sizes still hold text; no sentence repeats it.
  it("never repeats free text that an older entry still holds, whatever its path", () => {
    const typed = "TREM 8501 1512 — marie.t@example.com";
    const entry = {
      by: MARIE,
      action: "config.update",
      changes: [
        { path: "corridors.0", before: null, after: { ...RIVIERES, conditions: typed } },
        { path: "contingency.bridgeText", before: "", after: typed },
        { path: "contingency.newText", before: null, after: typed },
        { path: `learners.${JEAN}.trainingSite`, before: "CHU", after: typed },
      ],
    };
    for (const locale of ["fr-CA", "en"] as const) {
      const text = sentences(entry, locale).join(" ");
      expect(text).not.toMatch(/TREM|example|Rivières|poste/);
      expect(text).toMatch(/36 (caractères|characters)/);
    }
  });

  it("tells that changes beyond the size limit were dropped", () => {
    const entry = {
      by: MARIE,
      action: "config.update",
      changes: [{ path: "…", before: { omitted: true }, after: { omitted: true } }],
    };
    expect(sentences(entry)).toEqual(["D'autres modifications, trop volumineuses, n'ont pas été conservées"]);
  });

  it("names the section of an unknown path rather than the path", () => {
    const entry = {
      by: MARIE,
      action: "config.update",
      changes: [{ path: "contingency.newSetting", before: 1, after: 2 }],
    };
    expect(sentences(entry)).toEqual([
      "Marie Tremblay a modifié un réglage de la section « Plan de contingence » : 1 → 2",
    ]);
  });

  it("falls back to the path, people still by name, when even the section is unknown", () => {
    const entry = { by: MARIE, action: "future.thing", changes: [{ path: "reviewers", before: [], after: [LUC] }] };
    const en = sentences(entry, "en");
    expect(en).toEqual(['Marie Tremblay changed the setting "reviewers": (empty) → Luc Bergeron']);
    expect(en.join(" ")).not.toMatch(GUID);
  });

  it("tells a consent recorded on an encounter with its method", () => {
    const entry = {
      by: LUC,
      action: "consent.record",
      changes: [{ path: "consent", before: null, after: { method: "verbal", emergencyException: false } }],
    };
    expect(sentences(entry)).toEqual(["Luc Bergeron a consigné le consentement à la télésanté (verbal)"]);
    expect(sentences({ ...entry, action: "consent.withdraw" }, "en")).toEqual([
      "Luc Bergeron recorded the withdrawal of consent to telehealth",
    ]);
  });

  // 003 §1.3.7: the person chose the in-person appointment — the trail says refusal, not consent.
  it("tells a refusal of telehealth as a refusal", () => {
    const after = { method: null, emergencyException: false, inPersonOffered: true, inPersonAnswer: "accepted" };
    const entry = { by: LUC, action: "consent.record", changes: [{ path: "consent", before: null, after }] };
    expect(sentences(entry)).toEqual([
      "Luc Bergeron a consigné le refus de la télésanté : la personne préfère être vue en personne",
    ]);
  });
});
