/** The meeting side panel's frame: every string in fr-CA then en. */
import type { Localized } from "@shared/i18n/locale.js";

export const ENCOUNTER_PANEL_STRINGS = {
  heading: { "fr-CA": "Rencontre de cette réunion", en: "This meeting's encounter" },
  loading: { "fr-CA": "Chargement de la rencontre…", en: "Loading the encounter…" },
  notStarted: {
    "fr-CA":
      "La rencontre n'a pas encore commencé : Balises l'ouvre au début de la réunion (ou avec la commande « consentement » dans sa conversation). Ce panneau l'affichera alors.",
    en: "The encounter has not started yet: Balises opens it when the meeting starts (or with the “consent” command in its chat). This panel will then show it.",
  },
  started: { "fr-CA": "Commencée le {when}", en: "Started on {when}" },
  ended: {
    "fr-CA": "Terminée le {when} : la note au dossier est attendue dans les 24 heures (§1.1).",
    en: "Ended on {when}. The record note is due within 24 hours (§1.1).",
  },
  closedAtScheduledEnd: {
    "fr-CA":
      "Close par Balises à sa fin prévue, le {when} (fin réelle non reçue) : la note au dossier est attendue dans les 24 heures (§1.1).",
    en: "Closed by Balises at its scheduled end, {when} (actual end not received). The record note is due within 24 hours (§1.1).",
  },
  // Balises knows the meeting is a Teams one, not whether the person has video (the chart's note leaves it to say).
  video: { "fr-CA": "Modalité : réunion Teams", en: "Modality: Teams meeting" },
  phone: { "fr-CA": "Modalité : téléphone depuis le {when}", en: "Modality: phone since {when}" },
  clinicians: { "fr-CA": "Personnel clinique inscrit : {names}", en: "Clinicians recorded: {names}" },
  conflictTitle: { "fr-CA": "Votre modification n'a pas été enregistrée.", en: "Your change was not saved." },
  conflictAction: { "fr-CA": "Compris", en: "Got it" },
  refreshFailed: {
    "fr-CA": "La mise à jour automatique a échoué; l'état affiché est peut-être dépassé.",
    en: "The automatic refresh failed; what is shown may be out of date.",
  },
  failed: { "fr-CA": "La modification a échoué.", en: "The change failed." },
  fixFields: {
    "fr-CA": "Rien n'a été consigné : corrigez ce qui est indiqué ci-dessus.",
    en: "Nothing was recorded: correct what is shown above.",
  },
} as const satisfies Record<string, Localized>;
