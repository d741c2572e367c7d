import { describe, expect, it } from "vitest";
import {
  buildContingencyClinicianCard,
  buildContingencySharedCard,
} from "../../bot/src/cards/contingency/contingencyCard.js";
import { buildCrisisResourcesCard, buildCrisisStepsCard } from "../../bot/src/cards/contingency/crisisCard.js";
import { reportedCrisis } from "../../bot/src/domain/crisis.js";
import { recordLocation, recordPlan, reportCrisis, type Encounter } from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import {
  agreedPlan,
  confirmedLocation,
  LAVAL_LINE,
  MONTREAL_LINE,
  openEncounter,
  ORGANIZER,
  regionalCrisisLines,
} from "../support/contingencyFixtures.js";

const OID = ORGANIZER.aadObjectId;
const e0 = openEncounter();
const configuration: TeamConfiguration = {
  ...DEFAULT_TEAM_CONFIGURATION,
  contingency: { ...DEFAULT_TEAM_CONFIGURATION.contingency, crisisResources: regionalCrisisLines() },
};
const inMontreal = recordLocation(e0, confirmedLocation());
const withContact = recordPlan(inMontreal, agreedPlan());
const text = (card: object) => JSON.stringify(card);
const actions = (card: Record<string, unknown>) =>
  (card.actions as Array<{ verb?: string; data?: Record<string, unknown> }>) ?? [];
const steps = (encounter: Encounter, locale: "fr-CA" | "en" = "fr-CA") =>
  buildCrisisStepsCard({ locale, encounter, configuration, crisis: reportedCrisis(encounter) });

describe("the crisis steps the clinician sees privately (001, 004; 003 §3)", () => {
  const crisis = reportCrisis(withContact, OID, "2026-11-23T14:20:00.000Z");

  it.each([
    [
      "fr-CA",
      [
        "1. Restez en ligne avec la personne",
        "appelez le 9-1-1 et donnez l'endroit où se trouve la personne (région confirmée : 06 — Montréal)",
        "3. Joignez le contact d'urgence que la personne a autorisé (confirmé au plan).",
        "4. Donnez-lui les lignes de crise de sa région (06 — Montréal)",
        "Situation de crise consignée à 09 h 20",
      ],
    ],
    [
      "en",
      [
        "1. Stay on the line with the person",
        "call 911 and give the place where the person is (region confirmed: 06 — Montréal)",
        "3. Call the emergency contact the person authorised (confirmed in the plan).",
        "4. Give them the crisis lines of their region (06 — Montréal)",
        "Crisis recorded at 09:20",
      ],
    ],
  ] as const)(
    "stay on the line, 9-1-1 for the region, the authorised contact, the region's lines (%s)",
    (locale, lines) => {
      const card = text(steps(crisis, locale));
      for (const line of lines) expect(card).toContain(line);
      expect(card).toContain(MONTREAL_LINE);
      expect(card).not.toContain(LAVAL_LINE);
      // 003 §3 is about technology problems: calling 9-1-1 is not in it, so no step cites it.
      expect(card).not.toMatch(/Orientations MSSS §3|MSSS guidelines §3/);
    },
  );

  it("without a confirmed region or contact, says what the clinician asks, not what Balises does not know", () => {
    const card = text(steps(reportCrisis(e0, OID, "2026-11-23T14:20:00.000Z")));
    expect(card).toContain("demandez à la personne où elle se trouve, puis appelez le 9-1-1 pour cet endroit");
    expect(card).toContain("Aucun contact d'urgence n'est confirmé au plan : demandez à la personne si elle autorise");
    expect(card).not.toContain("région confirmée");
    expect(card).toContain(LAVAL_LINE);
  });

  it("offers to post the resources for the recorded crisis, named by its time", () => {
    const card = steps(crisis);
    expect(actions(card).map((a) => a.verb)).toEqual(["contingency.crisisResources", "contingency.refresh"]);
    expect(actions(card)[0]?.data).toEqual({ encounterId: e0.id, at: "2026-11-23T14:20:00.000Z" });
  });

  it("when nothing was recorded (an outdated card), says so and offers to record it at the current revision", () => {
    const card = buildCrisisStepsCard({ locale: "fr-CA", encounter: withContact, configuration });
    expect(text(card)).toContain("Situation de crise non consignée : cette carte n'était plus à jour.");
    expect(actions(card).map((a) => a.verb)).toEqual(["contingency.crisis", "contingency.refresh"]);
    expect(actions(card)[0]?.data).toEqual({ encounterId: e0.id, rev: withContact.planRev });
  });
});

describe("the crisis resources posted for the patient (004)", () => {
  const crisis = reportCrisis(inMontreal, OID, "2026-11-23T14:20:00.000Z");

  it("lists the resources of the patient's region, 9-1-1 first, and nothing else", () => {
    const card = buildCrisisResourcesCard({ locale: "fr-CA", encounter: crisis, configuration });
    const facts = (card.body as Array<{ type: string; facts?: Array<{ title: string; value: string }> }>).find(
      (b) => b.type === "FactSet",
    )?.facts;
    expect(facts?.[0]).toEqual({ title: "Urgence 9-1-1", value: "911" });
    expect(facts?.map((f) => f.value)).toContain(MONTREAL_LINE);
    expect(facts?.map((f) => f.value)).toContain("1 866 APPELLE (1 866 277-3553)");
    expect(facts?.map((f) => f.value)).not.toContain(LAVAL_LINE);
    expect(card.actions).toBeUndefined();
    expect(text(card)).not.toMatch(/Input\.|crise consignée|Restez en ligne|refresh/);
  });
});

describe("the plan and the clinician's view after the location is confirmed (004; 003 §3)", () => {
  it("the patient's plan lists the lines of their region, every one of them", () => {
    const card = text(buildContingencySharedCard({ locale: "fr-CA", encounter: inMontreal, configuration }));
    expect(card).toContain("Centre de crise de l'Ouest (Montréal)");
    expect(card).not.toContain("Ligne de crise de Laval");
    const before = text(buildContingencySharedCard({ locale: "fr-CA", encounter: e0, configuration }));
    expect(before).toContain("Ligne de crise de Laval");
  });

  const clinician = (encounter: Encounter, locale: "fr-CA" | "en" = "fr-CA") =>
    buildContingencyClinicianCard({
      locale,
      encounter,
      configuration,
      missingCorridor: false,
      team: { source: "none" },
    });
  /** The element of a card with this id, wherever it sits. */
  const input = (node: unknown, id: string): { value?: string } | undefined => {
    if (Array.isArray(node)) return node.map((n) => input(n, id)).find(Boolean);
    if (!node || typeof node !== "object") return undefined;
    const element = node as Record<string, unknown>;
    return element.id === id ? element : input(Object.values(element), id);
  };

  // 003 §3: the call-back delay comes from the recorded plan once there is one, from the team until then
  it("says where the call-back delay comes from: the team's configuration, then the plan as recorded", () => {
    const team = { ...configuration, contingency: { ...configuration.contingency, callbackDelayMinutes: 10 } };
    const view = (encounter: Encounter, locale: "fr-CA" | "en") =>
      text(
        buildContingencyClinicianCard({
          locale,
          encounter,
          configuration: team,
          missingCorridor: false,
          team: { source: "none" },
        }),
      );
    expect(view(e0, "fr-CA")).toContain(
      '"title":"Délai avant de rappeler (configuration de l\'équipe)","value":"10 minutes"',
    );
    expect(view(withContact, "fr-CA")).toContain(
      '"title":"Délai avant de rappeler (consigné au plan)","value":"5 minutes"',
    );
    expect(view(withContact, "en")).toContain(
      '"title":"Delay before calling back (recorded in the plan)","value":"5 minutes"',
    );
  });

  it("asks for the region and the confidentiality until confirmed, then shows them and selects them", () => {
    expect(text(clinician(e0))).toContain("Lieu de la personne : à confirmer pour cette rencontre.");
    const card = clinician(inMontreal);
    expect(text(card)).toContain(
      "Lieu confirmé le 2026-11-23 à 09 h 01 : région 06 — Montréal; peut parler en toute confidentialité : oui.",
    );
    expect(input(card, "regionCode")?.value).toBe("06");
    expect(input(card, "confidentialPlace")?.value).toBe("yes");
  });

  it("flags a place where the person cannot speak confidentially (004)", () => {
    const card = text(clinician(recordLocation(e0, confirmedLocation({ confidential: false })), "en"));
    expect(card).toContain("The person cannot speak confidentially where they are");
    expect(text(clinician(inMontreal, "en"))).not.toContain("cannot speak confidentially");
  });
});
