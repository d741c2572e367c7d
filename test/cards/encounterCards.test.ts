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
import { newEncounter, recordConsent, type Encounter } from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";

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
const actions = (card: Record<string, unknown>) =>
  (card.actions as Array<{ type: string; verb?: string; data?: Record<string, unknown> }>) ?? [];

describe("user-specific views (Universal Actions)", () => {
  it.each([
    ["consent, shared", buildConsentSharedCard({ locale: "fr-CA", encounter: e0 }), CONSENT_REFRESH_VERB],
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
    const card = buildConsentSharedCard({ locale: "fr-CA", encounter: { ...e0, refreshUserIds: [] } });
    expect(card.refresh).toEqual({
      action: { type: "Action.Execute", verb: CONSENT_REFRESH_VERB, data: { encounterId: e0.id } },
    });
  });

  it("uses only Action.Execute, carrying the encounter id and the card's revision", () => {
    const consent = buildConsentClinicianCard({
      locale: "en",
      encounter: recordConsent(e0, {
        method: "verbal",
        scope: { session: true, recording: false, informationSharing: false },
        identityDocumentKind: "ramqCard",
        limitsExplained: true,
        inPersonOffered: true,
        caregivers: "none",
        supportStaff: "none",
        substituteConsent: false,
        emergencyException: false,
        recordedBy: "oid",
        recordedAt: "2026-11-23T14:01:00Z",
      }),
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
    expect(actions(plan).map((a) => a.verb)).toEqual([
      "contingency.record",
      "contingency.connectionLost",
      "contingency.switchToPhone",
    ]);
    for (const a of actions(consent))
      expect(a).toMatchObject({ type: "Action.Execute", data: { encounterId: e0.id, rev: 1 } });
    for (const a of actions(plan))
      expect(a).toMatchObject({ type: "Action.Execute", data: { encounterId: e0.id, rev: 0 } });
    expect(text(consent) + text(plan)).not.toContain("Action.Submit");
  });
});

describe("what patients see", () => {
  it("the shared consent view has no inputs and no actions, and says they may refuse and withdraw", () => {
    const card = buildConsentSharedCard({ locale: "fr-CA", encounter: e0 });
    expect(text(card)).not.toContain("Input.");
    expect(card.actions).toBeUndefined();
    expect(text(card)).toContain("Vous pouvez refuser");
    expect(text(card)).toContain("changer d'idée à tout moment");
  });

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
    const e: Encounter = recordConsent(e0, {
      method: "written",
      scope: { session: true, recording: true, informationSharing: false },
      identityDocumentKind: "otherId",
      limitsExplained: true,
      inPersonOffered: true,
      caregivers: "none",
      supportStaff: "none",
      substituteConsent: false,
      emergencyException: false,
      recordedBy: "oid",
      recordedAt: "2026-11-23T14:01:00Z",
    });
    const card = text(buildConsentSharedCard({ locale: "fr-CA", encounter: e }));
    expect(card).toContain(
      "Consentement noté le 2026-11-23 09:01 par l'organisateur ou l'organisatrice de la rencontre",
    );
    expect(card).toContain("vous avez accepté que la rencontre soit enregistrée");
  });
});
