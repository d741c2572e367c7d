import type { Localized } from "@shared/i18n/locale.js";

export const CONFIG_PAGE_STRINGS = {
  heading: { "fr-CA": "Configurer l'onglet Balises", en: "Set up the Balises tab" },
  intro: {
    "fr-CA":
      "Balises affiche dans cet onglet la matrice des modalités, le corridor de référence, le plan de contingence et les ressources de votre équipe. La personne qui installe l'onglet devient pilote clinique de l'équipe si l'équipe n'en a pas encore; les pilotes ajustent ensuite la configuration, les autres membres la consultent.",
    en: "In this tab, Balises shows your team's modality matrix, referral corridor, contingency plan and resources. Whoever installs the tab becomes the team's clinical pilot if the team has none yet; pilots then adjust the configuration and other members read it.",
  },
  defaultView: { "fr-CA": "Section ouverte par défaut", en: "Section opened by default" },
  teamsSave: {
    "fr-CA": "Choisissez la section, puis cliquez sur « Enregistrer » dans Teams.",
    en: "Choose the section, then select “Save” in Teams.",
  },
  teamsSaveMeeting: {
    "fr-CA": "Cliquez sur « Enregistrer » dans Teams pour ajouter l'onglet à la réunion.",
    en: "Select “Save” in Teams to add the tab to the meeting.",
  },
  devSave: { "fr-CA": "Enregistrer et ouvrir l'onglet", en: "Save and open the tab" },
  noTeam: {
    "fr-CA": "Impossible de savoir à quelle équipe ou réunion appartient cet onglet.",
    en: "Cannot tell which team or meeting this tab belongs to.",
  },
  installing: { "fr-CA": "Installation de Balises dans l'équipe…", en: "Installing Balises in the team…" },
  waiting: {
    "fr-CA":
      "Balises termine son installation dans l'équipe… (il apprend la liste des membres; cela prend quelques secondes)",
    en: "Balises is finishing its installation in the team… (it is learning the member list; this takes a few seconds)",
  },
  failed: { "fr-CA": "L'installation a échoué. Réessayez.", en: "Installation failed. Try again." },
  stillNotInstalled: {
    "fr-CA":
      "Balises n'est toujours pas installé dans cette équipe. Ajoutez l'application Balises à l'équipe (Gérer l'équipe › Applications), attendez quelques secondes, puis enregistrez de nouveau.",
    en: "Balises is still not installed in this team. Add the Balises app to the team (Manage team › Apps), wait a few seconds, then save again.",
  },
  meetingHeading: { "fr-CA": "Ajouter Balises à la réunion", en: "Add Balises to the meeting" },
  meetingIntro: {
    "fr-CA":
      "Dans la réunion, l'onglet Balises affiche la matrice des modalités de l'équipe de la réunion et permet de changer cette équipe.",
    en: "In the meeting, the Balises tab shows the modality matrix of the meeting's team and lets you change that team.",
  },
  chatHeading: { "fr-CA": "Ajouter Balises à la conversation", en: "Add Balises to the chat" },
} as const satisfies Record<string, Localized>;
