/**
 * The regulation's conditions (S-4.2, r. 23.1, art. 1) as the clinician's views show them, and the consent entry's
 * new answers (003 §1.3.7, §1.3.9), rendered through the official templating library and the official renderer.
 */
import { describe, expect, it } from "vitest";
import { buildConsentClinicianCard, buildConsentSharedCard } from "../../bot/src/cards/consent/consentCard.js";
import { buildContingencyClinicianCard } from "../../bot/src/cards/contingency/contingencyCard.js";
import { recordConsent, recordLocation, type Encounter } from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";
import type { Locale } from "../../bot/src/i18n/locale.js";
import { completeConsent } from "../support/consentFixtures.js";
import { validateCard } from "../support/adaptiveCardValidator.js";
import { TEAM_G } from "../support/teamsIds.js";
import { confirmedLocation, openEncounter, ORGANIZER } from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const e0 = openEncounter();
const TEAM = { teamKey: TEAM_G.groupId, teamName: TEAM_G.name, source: "onlyTeam" as const };
const consent = completeConsent({ recordedBy: OID, recordedAt: "2026-11-23T14:01:00.000Z" });

type Fact = { title: string; value: string };
/** The facts of the card's FactSets, as rendered (the templating library expands `$data`). */
function facts(card: object): Fact[] {
  const out: Fact[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === "object") {
      const n = node as Record<string, unknown>;
      if (n.type === "FactSet") out.push(...(n.facts as Fact[]));
      Object.values(n).forEach(walk);
    }
  };
  walk(card);
  return out;
}
const conditionValue = (card: object, label: string) => facts(card).find((f) => f.title.startsWith(label))?.value;

function consentView(encounter: Encounter, locale: Locale = "fr-CA", missingCorridor = false) {
  const card = buildConsentClinicianCard({ locale, encounter, missingCorridor, team: TEAM });
  expect(validateCard(card).errors).toEqual([]);
  return card;
}
function planView(encounter: Encounter, locale: Locale = "fr-CA", missingCorridor = false) {
  const card = buildContingencyClinicianCard({
    locale,
    encounter,
    configuration: DEFAULT_TEAM_CONFIGURATION,
    missingCorridor,
    team: TEAM,
  });
  expect(validateCard(card).errors).toEqual([]);
  return card;
}

describe("the regulation's conditions in the clinician's views, with why", () => {
  // Regulation art. 1, 1°: a consent recorded; its gaps are details, not "consent not met".
  it("condition 1 is met by a consent with gaps, which follow it (both views, both languages)", () => {
    const e = recordConsent(e0, { ...consent, identityDocumentKind: "notChecked" });
    for (const view of [consentView(e), planView(e)])
      expect(conditionValue(view, "1.")).toBe(
        "✓ respectée — À compléter : la vérification de l'identité (carte RAMQ ou autre pièce).",
      );
    expect(conditionValue(consentView(e, "en"), "1.")).toBe(
      "✓ met — To complete: checking identity (RAMQ card or other ID).",
    );
  });

  // Regulation art. 1, 2°, in its own words.
  it("condition 2 uses the regulation's wording, and the form asks the same question", () => {
    const card = JSON.stringify(consentView(e0));
    expect(card).toContain("un examen ou un soutien qui ne peuvent être offerts à distance)");
    expect(card).toContain("Le service requiert-il la présence en personne, pour un examen ou un soutien");
  });

  // Regulation art. 1, 4°; 003 §1.1: the person's region beside the team's corridor.
  it("condition 4 waits for the person's region, then shows it beside the team's corridor", () => {
    expect(conditionValue(planView(e0), "4.")).toBe(
      "? à confirmer — Confirmez la région où se trouve la personne (vue clinicien du plan de contingence).",
    );
    const located = recordLocation(e0, confirmedLocation());
    expect(conditionValue(planView(located, "en"), "4.")).toMatch(
      /^✓ met — The team's corridor; the person is in region 06 — Montréal\./,
    );
  });

  // Regulation art. 1, last paragraph: condition 4 does not apply; the no-corridor notice does not claim it unmet.
  it("condition 4 does not apply to the establishment's group activity, and no notice says it is not met", () => {
    const group = {
      participants: 8,
      consentsRecorded: 8,
      conductRulesCommitment: true,
      organisedByEstablishment: true,
    };
    const e = recordConsent(e0, { ...consent, group });
    const plan = planView(e, "fr-CA", true);
    expect(conditionValue(plan, "4.")).toBe(
      "— ne s'applique pas — Activité organisée par l'établissement : seules les conditions 1 à 3 s'appliquent (art. 1, dernier alinéa).",
    );
    expect(JSON.stringify(plan)).not.toContain("la condition 4 du règlement n'est pas respectée");
    expect(JSON.stringify(planView(e0, "fr-CA", true))).toContain("la condition 4 du règlement n'est pas respectée");
  });
});

describe("the consent entry records the in-person answer and an interpreter (003 §1.3.7, §1.3.9)", () => {
  const input = (card: object, id: string) => {
    let found: Record<string, unknown> | undefined;
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const n = node as Record<string, unknown>;
        if (n.id === id) found = n;
        Object.values(n).forEach(walk);
      }
    };
    walk(card);
    return found;
  };

  it.each([
    [
      "fr-CA",
      [
        "Non offert",
        "Offert : la personne choisit la télésanté",
        "Offert : la personne préfère être vue en personne (refus de la télésanté)",
      ],
    ],
    [
      "en",
      [
        "Not offered",
        "Offered: the person chooses telehealth",
        "Offered: the person would rather be seen in person (refuses telehealth)",
      ],
    ],
  ] as const)("offers the three answers (%s), nothing chosen on a new form", (locale, titles) => {
    const offer = input(consentView(e0, locale), "inPersonOffer")!;
    expect((offer.choices as Array<{ title: string }>).map((c) => c.title)).toEqual(titles);
    expect(offer.value).toBe("");
  });

  it("prefills the answer and the interpreter from the record", () => {
    const e = recordConsent(e0, { ...consent, inPersonAnswer: "declined", interpreterPresent: true });
    const card = consentView(e);
    expect(input(card, "inPersonOffer")!.value).toBe("declined");
    expect(input(card, "interpreterPresent")!.value).toBe("true");
  });

  // 003 §1.3.7: « En cas de refus du patient, la rencontre se fera en présentiel. »
  it("a refusal reads as a refusal to the person and to the clinician, never as a consent noted", () => {
    const refused = recordConsent(e0, { ...consent, method: null, inPersonAnswer: "accepted" });
    const patient = JSON.stringify(
      buildConsentSharedCard({ locale: "fr-CA", encounter: refused, configuration: DEFAULT_TEAM_CONFIGURATION }),
    );
    expect(patient).toContain("Vous avez choisi un rendez-vous en personne (noté le 2026-11-23 à 09 h 01)");
    expect(patient).not.toContain("Consentement noté");
    const clinician = consentView(refused);
    expect(JSON.stringify(clinician)).toContain("Refus de la télésanté noté le 2026-11-23 à 09 h 01");
    expect(conditionValue(clinician, "1.")).toBe(
      "✗ non respectée — La personne préfère être vue en personne : elle refuse la télésanté (Orientations MSSS §1.3.7).",
    );
  });
});
