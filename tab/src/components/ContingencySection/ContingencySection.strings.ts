import type { Localized } from "@shared/i18n/locale.js";

export const CONTINGENCY_STRINGS = {
  heading: { "fr-CA": "Contingence et ressources de crise", en: "Contingency and crisis resources" },
  intro: {
    "fr-CA":
      "Le plan de contingence est convenu avec le patient avant la rencontre : en cas de problème technique, rappel au numéro confirmé au préalable, ou passage au téléphone (§3).",
    en: "The contingency plan is agreed with the patient before the meeting: if technology fails, call back on the number confirmed beforehand, or switch to the phone (§3).",
  },
  callbackDelay: {
    "fr-CA": "Délai avant de rappeler le patient (minutes)",
    en: "Delay before calling the patient back (minutes)",
  },
  callbackDelayHint: { "fr-CA": "Entre 1 et 60 minutes.", en: "Between 1 and 60 minutes." },
  defaultRegion: {
    "fr-CA": "Région proposée pour le lieu de la personne",
    en: "Region suggested for where the person is",
  },
  defaultRegionHint: {
    "fr-CA":
      "Préchoisie dans le panneau de la réunion; le clinicien ou la clinicienne la vérifie avec la personne avant de confirmer.",
    en: "Preselected in the meeting panel; the clinician checks it with the person before confirming.",
  },
  defaultRegionNone: { "fr-CA": "Aucune", en: "None" },
  bridgeText: {
    "fr-CA": "Rejoindre par téléphone (pont téléphonique Teams, consignes)",
    en: "Joining by phone (Teams dial-in bridge, instructions)",
  },
  bridgeHint: {
    "fr-CA":
      "Numéro du pont et code de conférence. Le patient lit ce texte sur le plan de contingence : écrivez-le pour lui. Aucun renseignement sur un patient.",
    en: "Bridge number and conference id. The patient reads this text on the contingency plan: write it for them. No information about a patient.",
  },
  bridgeNone: { "fr-CA": "Aucune consigne particulière.", en: "No specific instructions." },
  resources: { "fr-CA": "Ressources de crise par région", en: "Crisis resources by region" },
  region: { "fr-CA": "Région", en: "Region" },
  regionReadAs: {
    "fr-CA": "Seulement pour {regions}, une fois la région de la personne confirmée.",
    en: "Only for {regions}, once the person's region is confirmed.",
  },
  regionEverywhere: {
    "fr-CA": "Montrée dans toutes les régions (aucune région administrative reconnue).",
    en: "Shown in every region (no administrative region recognised).",
  },
  name: { "fr-CA": "Ressource", en: "Resource" },
  phone: { "fr-CA": "Téléphone", en: "Phone" },
  phoneHint: {
    "fr-CA": "Un numéro : 819 555-0199, 1 866 APPELLE, 514 555-0100 poste 12, 811.",
    en: "One number: 819 555-0199, 1 866 APPELLE, 514 555-0100 ext. 12, 811.",
  },
  notes: { "fr-CA": "Notes", en: "Notes" },
  addResource: { "fr-CA": "Ajouter une ressource", en: "Add a resource" },
  resourceLabel: { "fr-CA": "Ressource {n}", en: "Resource {n}" },
  minutes: { "fr-CA": "{n} minutes", en: "{n} minutes" },
  patientLines: {
    "fr-CA": "Ce que le patient voit sur le plan de contingence",
    en: "What the patient sees on the contingency plan",
  },
  patientLinesHint: {
    "fr-CA":
      "Urgence 9-1-1 vient toujours en premier et les lignes de prévention du suicide sont toujours là, même si la liste ci-dessus ne les contient pas. Une fois la région de la personne confirmée, seules les lignes de cette région et celles de tout le Québec restent. Une liste vide ramène les lignes de tout le Québec (Info-Santé et Info-Social 811).",
    en: "Emergency 911 always comes first and the suicide prevention lines are always there, even when the list above leaves them out. Once the person's region is confirmed, only that region's lines and the Québec-wide ones remain. An empty list brings back the Québec-wide lines (Info-Santé and Info-Social 811).",
  },
} as const satisfies Record<string, Localized>;
