import { describe, expect, it } from "vitest";
import { progressNoteBlock, type ProgressNoteFacts } from "../../bot/src/domain/noteObligationBlock.js";
import { inPersonFollowUpDue } from "../../bot/src/domain/followUp.js";

const FACTS: ProgressNoteFacts = {
  startedAt: "2026-11-23T19:00:00.000Z",
  endedAt: "2026-11-23T19:45:00.000Z",
  modality: "video",
  consent: {
    kind: "recorded",
    method: "verbal",
    scope: { session: true, recording: false, informationSharing: true },
    substitute: false,
    complete: true,
  },
  participantCount: 1,
  planAgreed: true,
  planAgreedAt: "2026-11-23T18:50:00.000Z",
  connectionLostCount: 0,
};

describe("the ready-to-copy progress-note block (003 §8.8, AH-253)", () => {
  it("states modality, consent as recorded, participants, contingency and follow-up, in French", () => {
    const text = progressNoteBlock(FACTS, "fr-CA");
    expect(text).toContain("NOTE D'ÉVOLUTION — TÉLÉSANTÉ (AH-253)");
    expect(text).toContain("2026-11-23, de 14 h 00 à 14 h 45 (heure de Montréal), durée 45 min");
    // Words are facts: a Teams meeting, with video or by audio only, which Balises does not know.
    expect(text).toContain(
      "Modalité : téléconsultation dans une réunion Microsoft Teams; vidéo ou audio seulement : à préciser",
    );
    expect(text).toContain(
      "Consentement à la télésanté : verbal, obtenu et consigné dans Balises; portée : séance en cours, partage d'information",
    );
    expect(text).toContain("Participants (patients) : 1");
    // Words are facts: Balises knows of no incident recorded, not that none happened.
    expect(text).toContain(
      "Plan de contingence : convenu avant la séance; aucun incident technologique consigné dans Balises",
    );
    expect(text).toContain("Suivi prévu : [à compléter]");
  });

  it("says the same in English", () => {
    const text = progressNoteBlock(FACTS, "en");
    expect(text).toContain("PROGRESS NOTE — TELEHEALTH (AH-253)");
    expect(text).toContain("Modality: telehealth in a Microsoft Teams meeting; video or audio only: to be completed");
    expect(text).toContain(
      "Consent to telehealth: verbal, obtained and recorded in Balises; scope: this session, information sharing",
    );
  });

  // 003 §1.3.1: a consent noted with gaps is not "obtained"; the chart, which outlives Balises' records, names the gaps
  it("names what an incomplete consent did not record instead of calling it obtained", () => {
    const incomplete = {
      ...FACTS,
      consent: { ...FACTS.consent, complete: false, gaps: ["limitsExplained", "identity"] },
    } as ProgressNoteFacts;
    const fr = progressNoteBlock(incomplete, "fr-CA");
    expect(fr).toContain(
      "Consentement à la télésanté : verbal, consigné dans Balises; portée : séance en cours, partage d'information; éléments non consignés dans Balises : l'explication des limites de la télésanté et la vérification de l'identité (carte RAMQ ou autre pièce) — à préciser",
    );
    expect(fr).not.toContain("obtenu");
    expect(fr).not.toContain("voir Balises");
    expect(progressNoteBlock(incomplete, "en")).toContain(
      "Consent to telehealth: verbal, recorded in Balises; scope: this session, information sharing; items not recorded in Balises: explaining the limits of telehealth and checking identity (RAMQ card or other ID) — to be completed",
    );
    // A block kept by an earlier version knows only that something was missing.
    const earlier = { ...FACTS, consent: { ...FACTS.consent, complete: false } } as ProgressNoteFacts;
    expect(progressNoteBlock(earlier, "fr-CA")).toContain(
      "verbal, consigné dans Balises; portée : séance en cours, partage d'information; des éléments n'ont pas été consignés dans Balises — à préciser",
    );
  });

  // 003 §3: the chart says the plan was agreed "before the session" only when it was recorded before it began;
  // during it, the time is when the agreed plan was recorded, which the agreement may precede.
  it("says when the plan was agreed, as recorded", () => {
    const during = progressNoteBlock({ ...FACTS, planAgreedAt: "2026-11-23T19:04:00.000Z" }, "fr-CA");
    expect(during).toContain("Plan de contingence : convenu, consigné à 14 h 04 pendant la séance;");
    expect(during).not.toContain("avant la séance");
    const unknown = progressNoteBlock({ ...FACTS, planAgreedAt: undefined }, "en");
    expect(unknown).toContain("Contingency plan: agreed;");
    // No plan, or one not agreed or without a confirmed phone or e-mail: never "not documented", which may be false.
    expect(progressNoteBlock({ ...FACTS, planAgreed: false, planAgreedAt: undefined }, "fr-CA")).toContain(
      "Plan de contingence : non consigné comme complet dans Balises (convenu avec la personne, téléphone ou courriel confirmé) — à préciser;",
    );
  });

  // Words are facts: closed by Balises at the meeting's scheduled end, the encounter's end is not known.
  it("gives no end time or duration as fact when Teams never reported the end", () => {
    expect(progressNoteBlock(FACTS, "fr-CA", "scheduler")).toContain(
      "Date : 2026-11-23, début à 14 h 00 (heure de Montréal); fin réelle non reçue par Balises, fin prévue à 14 h 45 — durée à préciser",
    );
    expect(progressNoteBlock(FACTS, "en", "scheduler")).toContain(
      "Date: 2026-11-23, started 14:00 (Montréal time); actual end not received by Balises, scheduled end 14:45 — duration to be completed",
    );
    expect(progressNoteBlock(FACTS, "fr-CA", "scheduler")).not.toContain("durée 45 min");
    expect(progressNoteBlock(FACTS, "fr-CA", "meetingEnd")).toContain("durée 45 min");
  });

  // Words are facts: opened by a command, the encounter's start is when the command came, not the meeting's.
  it("gives a command's opening as such when Teams' start never reached Balises", () => {
    const firstUse = { ...FACTS, startedAtFirstUse: true as const };
    expect(progressNoteBlock(firstUse, "fr-CA", "clinician")).toContain(
      "Date : 2026-11-23, de 14 h 00 à 14 h 45 (heure de Montréal); début réel non consigné dans Balises : 14 h 00 est l'heure où une commande y a ouvert la rencontre — durée à préciser",
    );
    expect(progressNoteBlock(firstUse, "en", "scheduler")).toContain(
      "Date: 2026-11-23, encounter opened in Balises by a command at 14:00, scheduled end 14:45 (Montréal time); actual start and end not recorded in Balises — duration to be completed",
    );
    expect(progressNoteBlock(firstUse, "fr-CA", "meetingEnd")).not.toContain("durée 45 min");
  });

  // 003 §3: incidents and the phone fallback are part of the record.
  it("reports contingency incidents and the switch to phone", () => {
    const text = progressNoteBlock(
      { ...FACTS, modality: "phone", switchedToPhoneAt: "2026-11-23T19:20:00.000Z", connectionLostCount: 2 },
      "fr-CA",
    );
    expect(text).toContain("réunion Microsoft Teams, puis téléphone à partir de 14 h 20 (plan de contingence)");
    expect(text).toContain("incidents : 2 pertes de connexion, recours au téléphone à 14 h 20");
  });

  // 003 §3: the phone fallback is recorded even when no connection loss was reported before it.
  it("reports the switch to phone without a connection loss, never as no incident", () => {
    const text = progressNoteBlock(
      { ...FACTS, modality: "phone", switchedToPhoneAt: "2026-11-23T19:20:00.000Z" },
      "en",
    );
    expect(text).toContain("Contingency plan: agreed before the session; incidents: switched to phone at 14:20");
    expect(text).not.toContain("no technology incident");
  });

  // 003 §2.3: a new patient seen by video gets an in-person follow-up within 1 month (vulnerable) or 3 months.
  it("gives the in-person follow-up due date when the matrix rule requires it", () => {
    const text = progressNoteBlock({ ...FACTS, inPersonFollowUp: inPersonFollowUpDue("2026-11-23", true) }, "fr-CA");
    expect(text).toContain(
      "Suivi en présentiel : à faire au plus tard le 2026-12-23 (nouveau patient vu en visio : 1 mois, MSSS §2.3)",
    );
  });

  // 003 §2.3: offered during the visit, the follow-up is said offered, with the day the clinician recorded it.
  it("says the in-person follow-up was offered when the clinician recorded it before the note", () => {
    const offered = { ...inPersonFollowUpDue("2026-11-23", false), offeredOn: "2026-11-23" };
    expect(progressNoteBlock({ ...FACTS, inPersonFollowUp: offered }, "fr-CA")).toContain(
      "Suivi en présentiel : offert, consigné le 2026-11-23 (à faire au plus tard le 2027-02-23 : nouveau patient vu en visio, 3 mois, MSSS §2.3)",
    );
    expect(progressNoteBlock({ ...FACTS, inPersonFollowUp: offered }, "en")).toContain(
      "In-person follow-up: offered, recorded on 2026-11-23 (to take place by 2027-02-23: new patient seen by video, 3 months, MSSS §2.3)",
    );
  });

  // 003 §1.3.2, §1.3.3: substitute consent and the emergency exception are stated as such.
  it("states substitute consent, the emergency exception, a withdrawal and a missing consent", () => {
    expect(
      progressNoteBlock(
        { ...FACTS, consent: { ...FACTS.consent, substitute: true } as ProgressNoteFacts["consent"] },
        "fr-CA",
      ),
    ).toContain("patient inapte");
    // The reason is a blank for the clinician to fill in, not an instruction pasted into the chart.
    expect(progressNoteBlock({ ...FACTS, consent: { kind: "emergencyException" } }, "fr-CA")).toContain(
      "impossible à obtenir (transfert urgent, exception consignée dans Balises); motif : [à compléter]",
    );
    const withdrawn = progressNoteBlock(
      { ...FACTS, consent: { kind: "withdrawn", at: "2026-11-23T19:30:00.000Z" } },
      "en",
    );
    expect(withdrawn).toContain("Consent to telehealth: withdrawn at 14:30\n");
    expect(progressNoteBlock({ ...FACTS, consent: { kind: "notRecorded" } }, "en")).toContain(
      "not documented in Balises",
    );
  });

  it("contains nothing but what the facts hold: no name, number, birth date, phone or e-mail pattern", () => {
    const text = progressNoteBlock({ ...FACTS, inPersonFollowUp: inPersonFollowUpDue("2026-11-23", false) }, "fr-CA");
    expect(text).not.toMatch(/[A-Z]{4}\s?\d{4}\s?\d{4}/); // RAMQ-like
    expect(text).not.toMatch(/@/);
    expect(text).not.toMatch(/\d{3}[-. ]\d{3}[-. ]\d{4}/);
    // Title, date, modality, consent, identity, in-person offer, participants, others present, location, plan,
    // follow-up, in-person follow-up, assessment.
    expect(text.split("\n")).toHaveLength(13);
  });

  // 003 §1.3.7: the withdrawal states the in-person alternative only when the consent recorded that it was offered.
  it("states the in-person offer with a withdrawal only when it was recorded", () => {
    const withdrawn = { kind: "withdrawn", at: "2026-11-23T19:30:00.000Z", inPersonOffered: true } as const;
    expect(progressNoteBlock({ ...FACTS, consent: withdrawn }, "fr-CA")).toContain(
      "Consentement à la télésanté : retiré à 14 h 30; un rendez-vous en personne avait été offert",
    );
    expect(progressNoteBlock({ ...FACTS, consent: withdrawn }, "en")).toContain(
      "withdrawn at 14:30; an in-person appointment had been offered",
    );
  });

  // 004, 003 §1.1: where the person was and whether they could speak confidentially there, as confirmed.
  it("states the patient's region and the confidentiality of the place, or that they were not recorded", () => {
    expect(progressNoteBlock({ ...FACTS, location: { regionCode: "06", confidential: true } }, "fr-CA")).toContain(
      "Lieu de la personne pendant la séance : région 06 — Montréal; pouvait parler en toute confidentialité : oui",
    );
    expect(progressNoteBlock({ ...FACTS, location: { regionCode: "11", confidential: false } }, "en")).toContain(
      "Person's location during the session: region 11 — Gaspésie–Îles-de-la-Madeleine; could speak confidentially: no",
    );
    expect(progressNoteBlock(FACTS, "fr-CA")).toContain(
      "Lieu de la personne pendant la séance : non consigné dans Balises — à préciser",
    );
  });

  // 001: the emergency contact answer and the crises appear only when Balises recorded them.
  it("states the emergency contact answer and the crises only when recorded", () => {
    expect(progressNoteBlock(FACTS, "fr-CA")).not.toMatch(/Contact d'urgence|Situation de crise/);
    expect(progressNoteBlock({ ...FACTS, emergencyContactConfirmed: true }, "fr-CA")).toContain(
      "Contact d'urgence autorisé par la personne : confirmé au plan",
    );
    expect(progressNoteBlock({ ...FACTS, emergencyContactConfirmed: false }, "en")).toContain(
      "Emergency contact authorised by the person: not confirmed in the plan",
    );
    const crises = ["2026-11-23T19:20:00.000Z", "2026-11-23T19:35:00.000Z"];
    expect(progressNoteBlock({ ...FACTS, crisesAt: crises }, "fr-CA")).toContain(
      "Situation de crise : consignée à 14 h 20, 14 h 35; interventions : [à compléter]",
    );
  });
});

describe("who took part and what was offered, as recorded (003 §1.1, §8.8; 001)", () => {
  // 003 §1.3.5: the kind of document checked, never its number.
  it("states the kind of identity document checked, or that the check was not recorded", () => {
    expect(progressNoteBlock({ ...FACTS, identityDocument: "ramqCard" }, "fr-CA")).toContain(
      "Identité de la personne : vérifiée avec la carte d'assurance maladie du Québec\n",
    );
    expect(progressNoteBlock({ ...FACTS, identityDocument: "otherId" }, "en")).toContain(
      "Person's identity: checked with another piece of ID\n",
    );
    expect(progressNoteBlock({ ...FACTS, identityDocument: "notChecked" }, "fr-CA")).toContain(
      "Identité de la personne : vérification non consignée dans Balises — à préciser",
    );
    expect(progressNoteBlock(FACTS, "en")).toContain("Person's identity: not recorded in Balises — to be completed");
  });

  // 003 §1.3.7: the in-person offer and the person's answer; a refusal of telehealth is an outcome.
  it("states the in-person offer and the person's answer", () => {
    const offer = (inPersonOffer: NonNullable<ProgressNoteFacts["inPersonOffer"]>, locale: "fr-CA" | "en" = "fr-CA") =>
      progressNoteBlock({ ...FACTS, inPersonOffer }, locale);
    expect(offer("declined")).toContain("Rendez-vous en personne : offert; la personne a choisi la télésanté\n");
    expect(offer("accepted", "en")).toContain(
      "In-person appointment: offered; the person chose to be seen in person (telehealth refused, MSSS guidelines §1.3.7)",
    );
    expect(offer("offered")).toContain("offert; réponse de la personne non consignée dans Balises — à préciser");
    expect(offer("notOffered")).toContain("Rendez-vous en personne : non consigné comme offert dans Balises");
    const refused = progressNoteBlock({ ...FACTS, consent: { kind: "refused" }, inPersonOffer: "accepted" }, "fr-CA");
    expect(refused).toContain(
      "Consentement à la télésanté : refusé par la personne (Orientations MSSS §1.3.7); rendez-vous en personne à planifier",
    );
    expect(refused).not.toContain("obtenu");
  });

  // 003 §1.3.6, §8.7, §1.3.9, §9: caregivers, support staff, an interpreter, learners by role and part.
  it("names who else took part by role, with the person's consent as recorded, and learners' parts", () => {
    const text = progressNoteBlock(
      {
        ...FACTS,
        companions: { caregivers: "presentWithConsent", supportStaff: "presentWithoutConsent", interpreter: true },
        learners: [
          { role: "resident", participation: "wasObserved" },
          { role: "medicalStudent", participation: "observed" },
        ],
      },
      "fr-CA",
    );
    expect(text).toContain(
      "Autres personnes présentes : proches aidants (avec le consentement de la personne); personnel de soutien (consentement de la personne non obtenu); interprète; apprenants : résident ou résidente (a mené la rencontre sous observation), étudiant ou étudiante en médecine (a observé)\n",
    );
    const nobody = { caregivers: "none", supportStaff: "none", interpreter: false } as const;
    expect(progressNoteBlock({ ...FACTS, companions: nobody }, "en")).toContain(
      "Others present: nobody else recorded in Balises\n",
    );
    // No consent recorded: who else was there is not known, only the learners' parts.
    expect(progressNoteBlock({ ...FACTS, learners: [{ role: "fellow", participation: "led" }] }, "en")).toContain(
      "Others present: learners: fellow (led the encounter); anyone else not recorded in Balises — to be completed",
    );
  });

  // 003 §1.1: every participant's consent; §8.8: one note in the record for each intervention.
  it("gives a group activity's counts and the note owed for each intervention", () => {
    const group = progressNoteBlock(
      { ...FACTS, participantCount: 6, group: { participants: 6, consentsRecorded: 5 } },
      "fr-CA",
    );
    expect(group).toContain(
      "Activité de groupe : 6 personnes participantes, 5 consentements consignés; une note au dossier est requise pour chacune des interventions (Orientations MSSS §8.8)",
    );
    expect(group).not.toContain("Participants (patients)");
    expect(
      progressNoteBlock({ ...FACTS, participantCount: 2, group: { participants: 2, consentsRecorded: 1 } }, "en"),
    ).toContain(
      "Group activity: 2 participants, 1 consent recorded; a note in the record is required for each intervention",
    );
  });
});
