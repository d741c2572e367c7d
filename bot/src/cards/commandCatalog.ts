/** What the bot answers to, described for people (welcome and help cards). */
import type { Locale, Localized } from "../i18n/locale.js";

export interface CommandDescription {
  name: Localized;
  description: Localized;
}

export const COMMAND_CATALOG: CommandDescription[] = [
  {
    name: { "fr-CA": "aide", en: "help" },
    description: { "fr-CA": "Ce que Balises fait pour vous.", en: "What Balises does for you." },
  },
  {
    name: { "fr-CA": "matrice", en: "matrix" },
    description: {
      "fr-CA":
        "Choisir la modalité (téléphone, visio, présentiel) selon la situation du patient (Orientations MSSS §2.3).",
      en: "Choose the modality (phone, video, in person) for the patient's situation (MSSS guidelines §2.3).",
    },
  },
  {
    name: { "fr-CA": "consentement", en: "consent" },
    description: {
      "fr-CA": "Afficher la carte de consentement à la télésanté et le documenter.",
      en: "Show the telehealth consent card and record consent.",
    },
  },
  {
    name: { "fr-CA": "contingence", en: "contingency" },
    description: {
      "fr-CA": "Afficher le plan de contingence en cas de problème technologique.",
      en: "Show the contingency plan for technology problems.",
    },
  },
  {
    name: { "fr-CA": "équipe", en: "team" },
    description: {
      "fr-CA": "Voir ou changer l'équipe de la rencontre (sa configuration s'applique aux cartes).",
      en: "See or change the encounter's team (its configuration applies to the cards).",
    },
  },
  {
    name: { "fr-CA": "note", en: "note" },
    description: {
      "fr-CA": "Fermer la rencontre et ouvrir l'obligation de note au dossier (24 h).",
      en: "Close the encounter and open the 24-hour record note obligation.",
    },
  },
];

export function localizedCommands(locale: Locale): { name: string; description: string }[] {
  return COMMAND_CATALOG.map((c) => ({ name: c.name[locale], description: c.description[locale] }));
}
