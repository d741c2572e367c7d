import type { Localized } from "@shared/i18n/locale.js";

export const SHARE_STRINGS = {
  heading: { "fr-CA": "Part de la télésanté dans mon activité", en: "Share of telehealth in my activity" },
  intro: {
    "fr-CA":
      "Référence : de 30 à 40 % des activités annuelles d'un médecin; plus de 90 % est inacceptable (§5); une pratique uniquement en télésanté n'est pas acceptable (§7). Balises compte vos rencontres de télésanté; inscrivez votre activité en présentiel pour la période.",
    en: "Reference: 30–40 % of a physician's yearly activity; more than 90 % is unacceptable (§5); a telehealth-only practice is not acceptable (§7). Balises counts your telehealth encounters; enter your in-person activity for the period.",
  },
  period: { "fr-CA": "Période (AAAA ou AAAA-MM)", en: "Period (YYYY or YYYY-MM)" },
  badPeriod: { "fr-CA": "Période attendue : AAAA ou AAAA-MM.", en: "Expected period: YYYY or YYYY-MM." },
  telehealth: { "fr-CA": "Rencontres de télésanté (Balises)", en: "Telehealth encounters (Balises)" },
  inPerson: { "fr-CA": "Activités en présentiel pour la période", en: "In-person activities for the period" },
  save: { "fr-CA": "Enregistrer", en: "Save" },
  saved: { "fr-CA": "Enregistré.", en: "Saved." },
  notEntered: {
    "fr-CA": "Inscrivez votre activité en présentiel pour voir la part de télésanté.",
    en: "Enter your in-person activity to see the share of telehealth.",
  },
  share: { "fr-CA": "Part de télésanté : {share}", en: "Telehealth share: {share}" },
  badCount: { "fr-CA": "Nombre entier positif ou nul attendu.", en: "Expected a whole number, zero or more." },
} as const satisfies Record<string, Localized>;
