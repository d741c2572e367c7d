export const PILOTS_STRINGS = {
  heading: { "fr-CA": "Pilotes cliniques", en: "Clinical pilots" },
  intro: {
    "fr-CA": "Les pilotes tiennent la configuration de l'équipe à jour et coordonnent l'évaluation annuelle (§11). Il faut toujours au moins un pilote.",
    en: "Pilots keep the team's configuration up to date and coordinate the yearly evaluation (§11). There is always at least one pilot.",
  },
  userId: { "fr-CA": "Identifiant Entra (object id) du nouveau pilote", en: "Entra object id of the new pilot" },
  add: { "fr-CA": "Ajouter le pilote", en: "Add the pilot" },
  pick: { "fr-CA": "Choisir une personne…", en: "Choose a person…" },
  pickTitle: { "fr-CA": "Nouveau pilote clinique", en: "New clinical pilot" },
  removeLabel: { "fr-CA": "Retirer {name} des pilotes", en: "Remove {name} from the pilots" },
  invalidId: { "fr-CA": "Un identifiant Entra a la forme 00000000-0000-0000-0000-000000000000.", en: "An Entra id looks like 00000000-0000-0000-0000-000000000000." },
};
