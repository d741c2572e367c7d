/**
 * The cards start from what the side panel starts from (issue 12): the clinician's usual consent choices, the
 * team's region, the plan's one click — each preselected to confirm with the person, and said so.
 */
import { describe, expect, it } from "vitest";
import { buildConsentClinicianCard } from "../../bot/src/cards/consent/consentCard.js";
import { buildContingencyClinicianCard } from "../../bot/src/cards/contingency/contingencyCard.js";
import { recordConsent, recordLocation, recordPlan, type Encounter } from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION as D, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import type { Locale } from "../../bot/src/i18n/locale.js";
import { completeConsent, USUAL_CONSENT } from "../support/consentFixtures.js";
import { agreedPlan, confirmedLocation, openEncounter } from "../support/contingencyFixtures.js";

const e0 = openEncounter();
const TEAM = { source: "none" } as const;
const WITH_REGION: TeamConfiguration = { ...D, contingency: { ...D.contingency, defaultRegionCode: "04" } };

/** The clinician's consent view, for a clinician whose usual choices are USUAL_CONSENT. */
const consentView = (locale: Locale, encounter: Encounter = e0) =>
  buildConsentClinicianCard({ locale, encounter, missingCorridor: false, team: TEAM, usual: USUAL_CONSENT });
const planView = (locale: Locale, encounter: Encounter = e0, configuration: TeamConfiguration = WITH_REGION) =>
  buildContingencyClinicianCard({ locale, encounter, configuration, missingCorridor: false, team: TEAM });

type Node = Record<string, unknown>;
function find(node: unknown, match: (n: Node) => boolean): Node[] {
  if (Array.isArray(node)) return node.flatMap((n) => find(n, match));
  if (!node || typeof node !== "object") return [];
  const o = node as Node;
  return [...(match(o) ? [o] : []), ...Object.values(o).flatMap((v) => find(v, match))];
}
const valueOf = (card: object, id: string) => find(card, (n) => n.id === id)[0]?.value;
/** Every input's initial value, by id. */
const valuesOf = (card: object): Record<string, unknown> =>
  Object.fromEntries(
    find(card, (n) => typeof n.id === "string" && "value" in n).map((n): [string, unknown] => [String(n.id), n.value]),
  );
const text = (card: object) => JSON.stringify(card);

describe("the consent card starts from the clinician's usual choices", () => {
  it("preselects each remembered field and says they are to confirm with the person", () => {
    const card = consentView("fr-CA");
    expect(valuesOf(card)).toMatchObject({
      ...{ method: "verbal", scopeSession: "true", scopeInformationSharing: "false" },
      ...{ identityDocumentKind: "ramqCard", limitsExplained: "true", inPersonOffer: "declined" },
    });
    expect(text(card)).toContain("Vos derniers choix sont présélectionnés : confirmez-les avec la personne.");
  });

  it("leaves everything about this visit's people as on a blank form", () => {
    expect(valuesOf(consentView("en"))).toMatchObject({
      ...{ scopeRecording: "false", caregivers: "none", supportStaff: "none", interpreterPresent: "false" },
      ...{ substituteConsent: "false", emergencyException: "false", participants: 1 },
    });
  });

  it("shows the consent recorded for this visit, not the usual choices, once there is one", () => {
    const card = consentView("en", recordConsent(e0, completeConsent({ method: "written" })));
    expect(valueOf(card, "method")).toBe("written");
    expect(text(card)).not.toContain("Your last choices");
  });
});

describe("the plan card's location starts from the team's region", () => {
  it("preselects it with a line asking to check it with the person", () => {
    const card = planView("en");
    expect(valueOf(card, "regionCode")).toBe("04");
    expect(valueOf(card, "confidentialPlace")).toBe("");
    expect(text(card)).toContain("The team's region is preselected: check it with the person before confirming.");
  });

  it("shows the region confirmed for this visit, without the line, once there is one", () => {
    const card = planView("fr-CA", recordLocation(e0, confirmedLocation({ regionCode: "06" })));
    expect(valueOf(card, "regionCode")).toBe("06");
    expect(text(card)).not.toContain("Région de l'équipe présélectionnée");
  });

  it("preselects nothing when the team has no region", () => {
    expect(valueOf(planView("en", e0, D), "regionCode")).toBe("");
  });
});

describe("the plan card's one click (003 §3)", () => {
  const quick = (card: object) => find(card, (n) => n.verb === "contingency.agreedWithNumber");

  it("sends no inputs, only the encounter and the card's revision, and says what it records", () => {
    const card = planView("fr-CA");
    expect(quick(card)).toEqual([
      expect.objectContaining({
        type: "Action.Execute",
        title: "Plan convenu — numéro de rappel confirmé",
        associatedInputs: "none",
        data: { encounterId: e0.id, rev: 0 },
      }),
    ]);
    expect(text(card)).toContain("Un clic consigne ces deux faits, et eux seuls");
  });

  it("is gone once the plan is agreed", () => {
    expect(quick(planView("en", recordPlan(e0, agreedPlan())))).toEqual([]);
  });
});
