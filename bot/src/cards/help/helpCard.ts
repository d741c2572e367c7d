import { pick, type Locale } from "../../i18n/locale.js";
import { localizedCommands } from "../commandCatalog.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import template from "./help.json" with { type: "json" };

const STRINGS = {
  title: { "fr-CA": "Aide — Balises télésanté", en: "Help — Balises télésanté" },
  intro: {
    "fr-CA": "Écrivez l'une de ces commandes (en français ou en anglais) :",
    en: "Type one of these commands (in French or English):",
  },
  source: {
    "fr-CA":
      "Source : MSSS, Orientations ministérielles en télésanté. Les onglets de l'équipe montrent la matrice, le corridor de référence et les ressources.",
    en: "Source: MSSS, ministerial telehealth guidelines. The team's tabs show the matrix, the referral corridor and the resources.",
  },
};

export function buildHelpCard(locale: Locale): AdaptiveCard {
  return renderCard(template, { t: pick(STRINGS, locale), commands: localizedCommands(locale) });
}
