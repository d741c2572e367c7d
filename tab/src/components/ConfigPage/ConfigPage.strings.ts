export const CONFIG_PAGE_STRINGS = {
  heading: { "fr-CA": "Configurer l'onglet Balises", en: "Set up the Balises tab" },
  intro: {
    "fr-CA": "Balises affiche dans cet onglet la matrice des modalités, le corridor de référence, le plan de contingence et les ressources de votre équipe. La personne qui installe l'onglet devient pilote clinique de l'équipe si aucune configuration n'existe encore; les pilotes ajustent ensuite la configuration, les autres membres la consultent.",
    en: "In this tab, Balises shows your team's modality matrix, referral corridor, contingency plan and resources. Whoever installs the tab becomes the team's clinical pilot if no configuration exists yet; pilots then adjust the configuration and other members read it.",
  },
  defaultView: { "fr-CA": "Section ouverte par défaut", en: "Section opened by default" },
  teamsSave: { "fr-CA": "Choisissez la section, puis cliquez sur « Enregistrer » dans Teams.", en: "Choose the section, then select “Save” in Teams." },
  devSave: { "fr-CA": "Enregistrer et ouvrir l'onglet", en: "Save and open the tab" },
  noTeam: {
    "fr-CA": "Impossible de savoir à quelle équipe ou conversation appartient cet onglet.",
    en: "Cannot tell which team or chat this tab belongs to.",
  },
  failed: { "fr-CA": "L'installation a échoué. Réessayez.", en: "Installation failed. Try again." },
};
