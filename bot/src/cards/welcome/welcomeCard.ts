import { pick, type Locale } from "../../i18n/locale.js";
import { localizedCommands } from "../commandCatalog.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import template from "./welcome.json" with { type: "json" };

const STRINGS = {
  title: { "fr-CA": "Bienvenue dans Balises télésanté", en: "Welcome to Balises télésanté" },
  intro: {
    "fr-CA":
      "Balises applique les orientations ministérielles en télésanté du MSSS dans vos rencontres Teams : consentement, plan de contingence, choix de la modalité et note au dossier dans les 24 heures.",
    en: "Balises brings the MSSS telehealth guidelines into your Teams meetings: consent, contingency plan, choice of modality and the record note within 24 hours.",
  },
  privacy: {
    "fr-CA": "Balises n'enregistre aucun renseignement permettant d'identifier un patient.",
    en: "Balises stores no information that identifies a patient.",
  },
  openMatrix: { "fr-CA": "Ouvrir la matrice des modalités", en: "Open the modality matrix" },
};

export function buildWelcomeCard(locale: Locale): AdaptiveCard {
  return renderCard(template, { t: pick(STRINGS, locale), commands: localizedCommands(locale), locale });
}
