import type { Localized } from "@shared/i18n/locale.js";

export const PILOTS_STRINGS = {
  heading: { "fr-CA": "Pilotes cliniques", en: "Clinical pilots" },
  intro: {
    "fr-CA":
      "Les pilotes tiennent la configuration de l'équipe à jour et coordonnent l'évaluation annuelle (§11). Il faut toujours au moins un pilote.",
    en: "Pilots keep the team's configuration up to date and coordinate the yearly evaluation (§11). There is always at least one pilot.",
  },
  newPilot: { "fr-CA": "Nouveau pilote", en: "New pilot" },
  add: { "fr-CA": "Ajouter le pilote", en: "Add the pilot" },
  choose: {
    "fr-CA": "Choisissez une personne dans la liste des membres.",
    en: "Choose a person from the member list.",
  },
  removeLabel: { "fr-CA": "Retirer {name} des pilotes", en: "Remove {name} from the pilots" },
  removeConfirm: {
    "fr-CA": "Retirer {name} des pilotes? Cette personne ne pourra plus modifier la configuration de l'équipe.",
    en: "Remove {name} from the pilots? They will no longer be able to change the team's configuration.",
  },
  removeConfirmYes: { "fr-CA": "Retirer des pilotes", en: "Remove from the pilots" },
} as const satisfies Record<string, Localized>;
