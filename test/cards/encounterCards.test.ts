import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  buildConsentClinicianCard,
  buildConsentSharedCard,
  CONSENT_REFRESH_VERB,
} from "../../bot/src/cards/consent/consentCard.js";
import {
  buildConnectionLostCard,
  buildContingencyClinicianCard,
  buildContingencySharedCard,
  CONTINGENCY_REFRESH_VERB,
} from "../../bot/src/cards/contingency/contingencyCard.js";
import {
  newEncounter,
  recordConsent,
  recordPlan,
  reportConnectionLost,
  reportCrisis,
  switchToPhone,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";
import { completeConsent } from "../support/consentFixtures.js";

const CARDS_DIR = fileURLToPath(new URL("../../bot/src/cards", import.meta.url));

const e0 = newEncounter({
  tenantId: "t",
  meetingId: "m",
  conversationId: "c",
  startedAt: "2026-11-23T14:00:00Z",
  organizerId: "oid",
  organizerUserId: "29:organizer",
});
const configuration = DEFAULT_TEAM_CONFIGURATION;
const text = (card: object) => JSON.stringify(card);
type CardAction = { type: string; verb?: string; data?: Record<string, unknown>; card?: Record<string, unknown> };
/** The card's actions, those behind an Action.ShowCard (a question asked first) included. */
const actions = (card: Record<string, unknown>): CardAction[] =>
  ((card.actions as CardAction[] | undefined) ?? []).flatMap((a) =>
    a.type === "Action.ShowCard" && a.card ? actions(a.card) : [a],
  );

describe("user-specific views (Universal Actions)", () => {
  it.each([
    [
      "consent, shared",
      buildConsentSharedCard({ locale: "fr-CA", encounter: e0, configuration }),
      CONSENT_REFRESH_VERB,
    ],
    [
      "consent, clinician",
      buildConsentClinicianCard({ locale: "fr-CA", encounter: e0, missingCorridor: false, team: { source: "none" } }),
      CONSENT_REFRESH_VERB,
    ],
    [
      "contingency, shared",
      buildContingencySharedCard({ locale: "fr-CA", encounter: e0, configuration }),
      CONTINGENCY_REFRESH_VERB,
    ],
    [
      "contingency, clinician",
      buildContingencyClinicianCard({
        locale: "fr-CA",
        encounter: e0,
        configuration,
        missingCorridor: false,
        team: { source: "none" },
      }),
      CONTINGENCY_REFRESH_VERB,
    ],
  ])("%s carries refresh: Action.Execute for the organiser's Teams id", (_name, card, verb) => {
    expect(card.version).toBe("1.5");
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb, data: { encounterId: e0.id } },
      userIds: ["29:organizer"],
    });
  });

  it("lets every member refresh when the organiser is unknown (the bot answers by role)", () => {
    const card = buildConsentSharedCard({ locale: "fr-CA", encounter: { ...e0, refreshUserIds: [] }, configuration });
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: CONSENT_REFRESH_VERB, data: { encounterId: e0.id } },
    });
  });

  it("uses only Action.Execute, carrying the encounter id and the card's revision", () => {
    const consent = buildConsentClinicianCard({
      locale: "en",
      encounter: recordConsent(e0, completeConsent({ recordedBy: "oid", recordedAt: "2026-11-23T14:01:00Z" })),
      missingCorridor: false,
      team: { source: "none" },
    });
    const plan = buildContingencyClinicianCard({
      locale: "en",
      encounter: e0,
      configuration,
      missingCorridor: false,
      team: { source: "none" },
    });
    expect(actions(consent).map((a) => a.verb)).toEqual(["consent.record", "consent.withdraw"]);
    // The withdrawal is asked first: the shared card tells the patient at once that telehealth stops.
    const asked = (consent.actions as CardAction[]).find((a) => a.type === "Action.ShowCard");
    expect(text(asked!)).toContain("Record that consent is withdrawn? Telehealth stops");
    expect(actions(asked!.card!).map((a) => a.verb)).toEqual(["consent.withdraw"]);
    expect(actions(plan).map((a) => a.verb)).toEqual([
      "contingency.record",
      "contingency.connectionLost",
      "contingency.crisis",
      "contingency.switchToPhone",
    ]);
    for (const a of actions(consent))
      expect(a).toMatchObject({ type: "Action.Execute", data: { encounterId: e0.id, rev: 1 } });
    for (const a of actions(plan))
      expect(a).toMatchObject({ type: "Action.Execute", data: { encounterId: e0.id, rev: 0 } });
    expect(text(consent) + text(plan)).not.toContain("Action.Submit");
  });

  // 003 §3: the plan's incidents, counted as the side panel and the chart count them — a crisis is not one.
  it("counts connection losses as such, apart from a crisis and the switch to phone", () => {
    const lostThenCrisis = reportCrisis(
      switchToPhone(reportConnectionLost(e0, "oid", "2026-11-23T14:10:00Z"), "oid", "2026-11-23T14:12:00Z"),
      "oid",
      "2026-11-23T14:20:00Z",
    );
    const card = (locale: "fr-CA" | "en") =>
      text(
        buildContingencyClinicianCard({
          locale,
          encounter: lostThenCrisis,
          configuration,
          missingCorridor: false,
          team: { source: "none" },
        }),
      );
    expect(card("fr-CA")).toMatch(/Connexion perdue : 1 \(dernière le 2026-11-23 à 09 h 10\)/);
    expect(card("en")).toMatch(/Connection lost: 1 \(last on 2026-11-23 09:10\)/);
    expect(card("fr-CA")).not.toContain("Incidents :");
    // The plan's boxes say « la personne », in the words of the side panel (domain/planLabels.ts).
    for (const label of ["Plan convenu avec la personne", "Numéro de téléphone confirmé avec la personne"])
      expect(card("fr-CA")).toContain(label);
    expect(card("fr-CA")).not.toContain("du patient");
  });

  it("says each count's bounds under its field, in the card's language (a client that checks them shows it)", () => {
    const inputs = (locale: "fr-CA" | "en") => {
      const card = buildConsentClinicianCard({
        locale,
        encounter: e0,
        missingCorridor: false,
        team: { source: "none" },
      });
      return [...text(card).matchAll(/"type":"Input\.Number"[^}]*/g)].map((m) => m[0]);
    };
    for (const [locale, bounds] of [
      ["fr-CA", ["Entrez un nombre entier de 1 à 200.", "Entrez un nombre entier de 0 à 200."]],
      ["en", ["Enter a whole number from 1 to 200.", "Enter a whole number from 0 to 200."]],
    ] as const) {
      const numbers = inputs(locale);
      expect(numbers).toHaveLength(2);
      numbers.forEach((input, i) => expect(input).toContain(`"errorMessage":"${bounds[i]}"`));
    }
  });
});

describe("what patients see", () => {
  it("the shared consent view has no inputs, only the clinician-view button, and says they may refuse and withdraw", () => {
    const card = buildConsentSharedCard({ locale: "fr-CA", encounter: e0, configuration });
    expect(text(card)).not.toContain("Input.");
    expect(actions(card)).toEqual([
      {
        type: "Action.Execute",
        title: "Ouvrir ma vue clinicien",
        verb: "consent.open",
        data: { encounterId: e0.id },
      },
    ]);
    expect(text(card)).toContain("Vous pouvez refuser");
    expect(text(card)).toContain("changer d'idée à tout moment");
  });

  it.each([
    ["fr-CA", "Ouvrir ma vue clinicien"],
    ["en", "Open my clinician view"],
  ] as const)(
    "every shared encounter card carries a visible button to the clinician's view (%s): clients without user-specific views reach it too",
    (locale, title) => {
      const consent = buildConsentSharedCard({ locale, encounter: e0, configuration });
      const plan = buildContingencySharedCard({ locale, encounter: e0, configuration });
      expect(actions(consent).map((a) => [a.verb, (a as { title?: string }).title])).toEqual([["consent.open", title]]);
      expect(actions(plan).map((a) => [a.verb, (a as { title?: string }).title])).toEqual([
        ["contingency.open", title],
      ]);
    },
  );

  it("the plan and the connection-lost steps show the team's callback delay and the MSSS crisis lines by default", () => {
    for (const card of [
      buildContingencySharedCard({ locale: "en", encounter: e0, configuration }),
      buildConnectionLostCard({ locale: "en", encounter: e0, configuration, at: "2026-11-23T14:20:00Z" }),
    ]) {
      expect(text(card)).toContain("after 5 minutes");
      expect(text(card)).toContain("911");
      expect(text(card)).toContain("Info-Social 811 (option 2)");
      expect(text(card)).not.toContain("Input.");
    }
  });

  it("the consent status names a role, never a person", () => {
    const e: Encounter = recordConsent(
      e0,
      completeConsent({
        method: "written",
        scope: { session: true, recording: true, informationSharing: false },
        identityDocumentKind: "otherId",
        recordedBy: "oid",
        recordedAt: "2026-11-23T14:01:00Z",
      }),
    );
    const card = text(buildConsentSharedCard({ locale: "fr-CA", encounter: e, configuration }));
    expect(card).toContain(
      "Consentement noté le 2026-11-23 à 09 h 01 par l'organisateur ou l'organisatrice de la rencontre",
    );
    expect(card).toContain("votre accord pour l'enregistrement a été noté");
  });
});

describe("the patient is told only what Balises knows (issue 13)", () => {
  const consent = completeConsent({ recordedBy: "oid", recordedAt: "2026-11-23T14:01:00Z" });

  it("never says the meeting is or is not recorded (a Teams setting): recording needs the person's agreement (§1.1)", () => {
    const before = text(buildConsentSharedCard({ locale: "fr-CA", encounter: e0, configuration }));
    expect(before).toContain("ne peut être enregistrée qu'avec votre accord");
    const without = text(
      buildConsentSharedCard({ locale: "fr-CA", encounter: recordConsent(e0, consent), configuration }),
    );
    expect(without).toContain("l'enregistrement ne fait pas partie du consentement noté");
    for (const card of [before, without]) expect(card).not.toContain("n'est pas enregistrée");
  });

  it("a consent noted with gaps gets no ✓ and says the clinician will go over what remains (003 §1.3)", () => {
    const e = recordConsent(e0, { ...consent, identityDocumentKind: "notChecked" });
    const card = text(buildConsentSharedCard({ locale: "fr-CA", encounter: e, configuration }));
    expect(card).not.toContain("✓");
    expect(card).toContain("Votre clinicien ou clinicienne reverra quelques points avec vous.");
    expect(
      text(buildConsentSharedCard({ locale: "fr-CA", encounter: recordConsent(e0, consent), configuration })),
    ).toContain("✓ Consentement noté");
  });

  it("the call-back promises the confirmed number only once the clinician confirmed one (003 §3)", () => {
    const before = text(buildContingencySharedCard({ locale: "fr-CA", encounter: e0, configuration }));
    // Words are facts: who calls back, and on what condition, is what the clinician will do — not a promise.
    expect(before).toContain(
      "si la connexion n'est pas rétablie au bout de 5 minutes, votre clinicien ou clinicienne vous rappellera au numéro qu'il ou elle confirmera avec vous.",
    );
    expect(before).not.toContain("au numéro confirmé");
    const planned = recordPlan(e0, {
      callbackDelayMinutes: 5,
      phoneVerified: true,
      emailVerified: false,
      emergencyContactConfirmed: false,
      agreedWithPatient: true,
      recordedBy: "oid",
      recordedAt: "2026-11-23T14:02:00Z",
    });
    expect(text(buildContingencySharedCard({ locale: "fr-CA", encounter: planned, configuration }))).toContain(
      "votre clinicien ou clinicienne vous rappellera au numéro confirmé avec vous.",
    );
    // Agreed, but neither phone nor e-mail confirmed: the patient is not told the plan awaits their agreement.
    const noContact = recordPlan(e0, {
      callbackDelayMinutes: 5,
      phoneVerified: false,
      emailVerified: false,
      emergencyContactConfirmed: false,
      agreedWithPatient: true,
      recordedBy: "oid",
      recordedAt: "2026-11-23T14:02:00Z",
    });
    const said = text(buildContingencySharedCard({ locale: "fr-CA", encounter: noContact, configuration }));
    expect(said).toContain(
      "Plan convenu avec vous, consigné le 2026-11-23 à 09 h 02; votre numéro de téléphone ou votre courriel reste à confirmer.",
    );
    expect(said).not.toContain("à confirmer avec vous");
  });
});

describe("the consent history the clinician sees (003 §1.1, §1.3.2; domain/consentHistory.ts)", () => {
  const record = (i: number) =>
    completeConsent({
      recordedBy: "oid",
      recordedAt: new Date(Date.parse("2026-11-23T14:01:00Z") + i * 1000).toISOString(),
    });
  const recorded = (times: number) =>
    Array.from({ length: times }, (_, i) => i).reduce((e, i) => recordConsent(e, record(i)), e0);
  const clinician = (encounter: Encounter, locale: "fr-CA" | "en" = "fr-CA") =>
    text(buildConsentClinicianCard({ locale, encounter, missingCorridor: false, team: { source: "none" } }));

  it("says nothing of a history when consent was recorded once", () => {
    expect(clinician(recorded(1))).not.toContain("Historique");
  });

  it("counts the consents recorded during the encounter, all of them still kept with it", () => {
    const card = clinician(recorded(3));
    expect(card).toContain("Historique : 3 consentements consignés pendant cette rencontre");
    expect(card).not.toContain("journal d'audit");
  });

  it("says, in both languages, how many of the oldest are now in the audit only", () => {
    expect(clinician(recorded(11))).toContain(
      "Le plus ancien n'est plus conservé avec la rencontre : il est au journal d'audit.",
    );
    const many = recorded(500);
    expect(clinician(many)).toContain("Historique : 500 consentements consignés pendant cette rencontre");
    expect(clinician(many)).toContain(
      "Les 490 plus anciens ne sont plus conservés avec la rencontre : ils sont au journal d'audit.",
    );
    expect(clinician(many, "en")).toContain("History: 500 consents recorded during this encounter");
    expect(clinician(many, "en")).toContain(
      "The 490 oldest are no longer kept with the encounter: they are in the audit log.",
    );
  });

  it("shows patients the current consent only", () => {
    const card = text(buildConsentSharedCard({ locale: "fr-CA", encounter: recorded(500), configuration }));
    expect(card).not.toContain("Historique");
    expect(card).toContain("Consentement noté le");
  });
});

describe("what the clinician's consent view lists", () => {
  // 003 §1.3.1, §1.3.5: every gap left in a recorded consent is listed under "À compléter", through the
  // official templating library (an item's `$when` is read inside `$data`'s scope, where it dropped them all).
  it("a consent with three gaps renders them all, each with its section", () => {
    const e = recordConsent(
      e0,
      completeConsent({
        identityDocumentKind: "notChecked",
        limitsExplained: false,
        inPersonOffered: false,
        recordedBy: "oid",
        recordedAt: "2026-11-23T14:05:00Z",
      }),
    );
    const card = text(
      buildConsentClinicianCard({ locale: "fr-CA", encounter: e, missingCorridor: false, team: { source: "none" } }),
    );
    expect(card).toContain("• l'explication des limites de la télésanté (Orientations MSSS §1.3.1)");
    expect(card).toContain("• la vérification de l'identité (carte RAMQ ou autre pièce) (Orientations MSSS §1.3.5)");
    // §1.3.8: the professional must always propose an in-person appointment; §1.3.7: the person may refuse.
    expect(card).toContain("• l'offre de l'alternative en personne (Orientations MSSS §1.3.7, §1.3.8)");
  });

  it("no card template puts `$when` and `$data` on the same element (the condition would be read per item)", () => {
    const offenders: string[] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${where}[${i}]`));
      else if (node && typeof node === "object") {
        if ("$when" in node && "$data" in node) offenders.push(where);
        for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
      }
    };
    for (const file of readdirSync(CARDS_DIR, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith(".json")))
      walk(JSON.parse(readFileSync(path.join(CARDS_DIR, file), "utf8")), file);
    expect(offenders).toEqual([]);
  });
});

describe("after a switch to phone (001)", () => {
  it.each([
    ["fr-CA", "Reconfirmez l'identité de la personne au téléphone avant de poursuivre"],
    ["en", "Confirm the person's identity again on the phone before going on"],
  ] as const)("the clinician's plan view prompts to confirm the identity again (%s)", (locale, prompt) => {
    const onPhone = switchToPhone(e0, "oid", "2026-11-23T14:20:00Z");
    const view = (encounter: Encounter) =>
      text(
        buildContingencyClinicianCard({
          locale,
          encounter,
          configuration,
          missingCorridor: false,
          team: { source: "none" },
        }),
      );
    expect(view(onPhone)).toContain(prompt);
    // The advice comes from the social workers' practice notes (001), not from the MSSS guidelines.
    expect(view(onPhone)).toContain(
      locale === "fr-CA" ? "(Notes sur la pratique en travail social)" : "(Social work practice notes)",
    );
    expect(view(e0)).not.toContain(prompt);
  });
});

describe("the patient's plan covers an emergency during the meeting (003 §3)", () => {
  it.each([
    ["fr-CA", "votre clinicien ou clinicienne appellera le 9-1-1 pour l'endroit où vous vous trouvez"],
    ["en", "your clinician will call 911 for the place where you are"],
  ] as const)("%s", (locale, line) => {
    expect(text(buildContingencySharedCard({ locale, encounter: e0, configuration }))).toContain(line);
  });
});
