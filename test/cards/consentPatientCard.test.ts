/**
 * What the patient's consent card tells them before they consent (003 §1.3.1–§1.3.9, §2.5, §10.1; regulation S-4.2,
 * r. 23.1, art. 2): only what Balises knows from the team's configuration, the rest as what the clinician will do.
 */
import { describe, expect, it } from "vitest";
import { buildConsentSharedCard } from "../../bot/src/cards/consent/consentCard.js";
import { newEncounter, recordConsent, withdrawCurrentConsent, type Encounter } from "../../bot/src/domain/encounter.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import type { Locale } from "../../bot/src/i18n/locale.js";
import { completeConsent } from "../support/consentFixtures.js";
import { PRIVATE_MEETING, TENANT, USERS } from "../support/teamsIds.js";

const encounter = newEncounter({
  tenantId: TENANT,
  meetingId: PRIVATE_MEETING.meetingId,
  conversationId: PRIVATE_MEETING.chatId,
  startedAt: "2026-11-23T14:00:00Z",
  organizerId: USERS.clinicien.aadObjectId,
  organizerUserId: USERS.clinicien.id,
});

/** The card's sentences, one per text block, for a team configured as `team` says (Balises' defaults otherwise). */
function sentences(team: Partial<TeamConfiguration> = {}, locale: Locale = "fr-CA", shown: Encounter = encounter) {
  const configuration = { ...DEFAULT_TEAM_CONFIGURATION, ...team };
  const card = buildConsentSharedCard({ locale, encounter: shown, configuration });
  return (card.body as Array<{ text?: string }>).map((b) => b.text ?? "");
}

const rosemont = {
  id: "rosemont",
  name: "CLSC de Rosemont",
  kind: "clsc" as const,
  contact: "514 555-0100",
  address: "2909 rue Rachel Est, Montréal",
};
const emergencyRoom = { id: "er", name: "Hôpital Maisonneuve", kind: "emergencyDepartment" as const, contact: "—" };
const interpreters = [{ id: "i1", name: "Banque interrégionale d'interprètes", contact: "514 555-0142" }];
const followUp = (lines: string[]) => lines.filter((l) => l.startsWith("**Suivi en personne**"));

describe("the patient's consent card", () => {
  // Regulation art. 2, 3° a; 003 §4
  it("says where an in-person follow-up would take place: the team's corridor", () => {
    expect(followUp(sentences({ corridors: [rosemont], interpreters: [] }))).toEqual([
      "**Suivi en personne** : si un suivi en personne est nécessaire, votre clinicien ou clinicienne vous orientera vers CLSC de Rosemont (2909 rue Rachel Est, Montréal).",
    ]);
  });

  // Regulation art. 2, 3° a; 003 §4: an emergency department is no corridor, so it is never named
  it("without a valid corridor, says the clinician will tell them where, and names no emergency department", () => {
    const lines = sentences({ corridors: [emergencyRoom], interpreters: [] });
    expect(followUp(lines)).toEqual([
      "**Suivi en personne** : si un suivi en personne est nécessaire, votre clinicien ou clinicienne vous dira où il aura lieu.",
    ]);
    expect(lines.join(" ")).not.toContain("Maisonneuve");
  });

  it("names several places as alternatives, in the reader's language", () => {
    const verdun = { ...rosemont, id: "verdun", name: "CLSC de Verdun", address: undefined };
    const [fr] = followUp(sentences({ corridors: [rosemont, verdun], interpreters: [] }));
    expect(fr).toContain("CLSC de Rosemont (2909 rue Rachel Est, Montréal) ou CLSC de Verdun.");
    const en = sentences({ corridors: [rosemont, verdun], interpreters: [] }, "en").join(" ");
    expect(en).toContain(
      "your clinician will refer you to CLSC de Rosemont (2909 rue Rachel Est, Montréal) or CLSC de Verdun.",
    );
  });

  // 003 §1.3.9
  it("tells them an interpreter can be arranged only when the team lists interpreting services", () => {
    const interpreting = (lines: string[]) => lines.filter((l) => l.startsWith("**Interprétation**"));
    expect(interpreting(sentences({ corridors: [], interpreters: [] }))).toEqual([]);
    expect(interpreting(sentences({ corridors: [], interpreters }))).toEqual([
      "**Interprétation** : si vous avez besoin de services d'interprétation, dites-le. Votre clinicien ou clinicienne peut en organiser, même à distance.",
    ]);
  });

  // 003 §1.3.5
  it("asks them to keep their health insurance card at hand", () => {
    expect(sentences(DEFAULT_TEAM_CONFIGURATION)).toContain(
      "**Votre carte d'assurance maladie** : gardez-la à portée de main. Votre clinicien ou clinicienne vous demandera de vous nommer et de la présenter, ou de présenter une autre pièce d'identité.",
    );
  });

  // 003 §10.1
  it("says that Teams keeps the meeting chat", () => {
    expect(sentences(DEFAULT_TEAM_CONFIGURATION)).toContain(
      "**Conversation écrite** : Teams conserve les messages écrits dans la conversation de cette rencontre.",
    );
  });

  // 003 §1.1 (scope: "le partage des informations à venir")
  it("explains what information sharing means before they are asked about it", () => {
    const line = sentences(DEFAULT_TEAM_CONFIGURATION).find((l) => l.startsWith("**Partage d'information**"));
    expect(line).toContain("renseignements sur votre santé soient transmis à distance après cette séance");
    expect(line).toContain("Il ou elle vous dira lesquels et à qui.");
  });

  // 003 §2.5: video shows much of the body; some examinations are still not possible remotely
  it.each<[Locale, string, RegExp]>([
    ["fr-CA", "à distance, certains examens ne sont pas possibles", /ne peut pas vous examiner/],
    ["en", "some examinations are not possible remotely", /cannot be physically examined/],
  ])("states the limits of a remote examination as the ministry does (%s)", (locale, limits, old) => {
    const card = sentences(DEFAULT_TEAM_CONFIGURATION, locale).join(" ");
    expect(card).toContain(limits);
    expect(card).not.toMatch(old);
  });

  const line = (lines: string[], start: string) => lines.find((l) => l.startsWith(start));
  const noted = (scope: Partial<ReturnType<typeof completeConsent>["scope"]>, extra = {}) => {
    const consent = completeConsent({ recordedBy: USERS.clinicien.aadObjectId, recordedAt: "2026-11-23T14:01:00Z" });
    return recordConsent(encounter, { ...consent, ...extra, scope: { ...consent.scope, ...scope } });
  };

  // 003 §1.1: what the noted consent covers is read back as noted, not asked again
  it.each<[Locale, string, string, string]>([
    [
      "fr-CA",
      "**Partage d'information**",
      "votre accord pour le partage d'information à venir a été noté",
      "le partage d'information à venir ne fait pas partie du consentement noté",
    ],
    [
      "en",
      "**Information sharing**",
      "your agreement to sharing information from now on was noted",
      "sharing information from now on is not part of the consent as noted",
    ],
  ])("reads information sharing back from the consent noted (%s)", (locale, start, yes, no) => {
    expect(line(sentences({}, locale, noted({ informationSharing: true })), start)).toContain(yes);
    const without = line(sentences({}, locale, noted({ informationSharing: false })), start);
    expect(without).toContain(no);
    expect(line(sentences({}, locale), start)).not.toContain(yes);
  });

  // 003 §1.1, §1.3.1: recording is in the consent's scope, which may be verbal; 004 (OCCOQ): written, both parties
  it("asks for written authorisation of a recording only in a team whose checklist requires it (004)", () => {
    const recording = (team: Partial<TeamConfiguration>, shown?: Encounter) =>
      line(sentences(team, "fr-CA", shown), "**Enregistrement**");
    expect(recording({})).toBe(
      "**Enregistrement** : la rencontre ne peut être enregistrée qu'avec votre accord. Si elle devait l'être, on vous le demandera avant.",
    );
    expect(recording({ checklistProfile: "careerCounselling" })).toContain("votre autorisation formelle et écrite");
    expect(recording({}, noted({ recording: true }))).not.toContain("écrite");
    expect(recording({ checklistProfile: "careerCounselling" }, noted({ recording: true }))).toContain(
      "Il faut aussi votre autorisation écrite",
    );
  });

  // Words are facts: a consent that could not be asked (003 §1.3.3) or was withdrawn is no refusal of recording
  it("says recording is outside the consent only when a consent is noted without it", () => {
    const recording = (shown: Encounter) => line(sentences({}, "fr-CA", shown), "**Enregistrement**");
    expect(recording(noted({ recording: false }))).toBe(
      "**Enregistrement** : l'enregistrement ne fait pas partie du consentement noté; la rencontre ne doit donc pas être enregistrée.",
    );
    const emergency = noted({ session: false, recording: false }, { method: null, emergencyException: true });
    const withdrawn = withdrawCurrentConsent(
      noted({ recording: true }),
      USERS.clinicien.aadObjectId,
      "2026-11-23T14:20:00Z",
    );
    for (const shown of [emergency, withdrawn]) {
      expect(recording(shown)).toContain("qu'avec votre accord");
      expect(line(sentences({}, "fr-CA", shown), "**Partage d'information**")).toContain(
        "vous demandera si vous acceptez",
      );
    }
  });

  // 003 §1.3.3: the time Balises has is when the clinician noted the exception, not when consent could not be had.
  it("dates an urgent exception by when it was noted", () => {
    const emergency = noted({ session: false, recording: false }, { method: null, emergencyException: true });
    const card = (locale: Locale) =>
      JSON.stringify(
        buildConsentSharedCard({ locale, encounter: emergency, configuration: DEFAULT_TEAM_CONFIGURATION }),
      );
    expect(card("fr-CA")).toMatch(/Situation urgente : le consentement n'a pas pu être obtenu \(noté le 2026-11-23/);
    expect(card("en")).toMatch(/Urgent situation: consent could not be obtained \(noted on 2026-11-23/);
  });
});
