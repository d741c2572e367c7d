export const CORRIDOR_STRINGS = {
  heading: { "fr-CA": "Corridor de référence", en: "Referral corridor" },
  intro: {
    "fr-CA":
      "Aucune consultation à distance sans mécanisme de référence interne pour voir le patient en présentiel au besoin. Les urgences et les cliniques désignées d'évaluation (CDE) ne sont pas des corridors valables (§4).",
    en: "No remote consultation without an internal referral mechanism to see the patient in person when needed. Emergency departments and designated evaluation clinics (CDE) are not valid corridors (§4).",
  },
  missing: {
    "fr-CA": "Votre équipe n'a aucun corridor de référence valide pour le présentiel (§4).",
    en: "Your team has no valid in-person referral corridor (§4).",
  },
  missingPilot: {
    "fr-CA": "Ajoutez-en un avant d'offrir des consultations à distance.",
    en: "Add one before offering remote consultations.",
  },
  missingMember: {
    "fr-CA": "Demandez à votre pilote clinique de le configurer.",
    en: "Ask your clinical pilot to configure it.",
  },
  none: { "fr-CA": "Aucun corridor configuré.", en: "No corridor configured." },
  add: { "fr-CA": "Ajouter un corridor", en: "Add a corridor" },
  editLabel: { "fr-CA": "Modifier le corridor « {name} »", en: "Edit the corridor “{name}”" },
  removeLabel: { "fr-CA": "Retirer le corridor « {name} »", en: "Remove the corridor “{name}”" },
  list: { "fr-CA": "Corridors de l'équipe", en: "The team's corridors" },
};
