export const APP_SHELL_STRINGS = {
  title: { "fr-CA": "Balises télésanté", en: "Balises telehealth" },
  signedInAs: { "fr-CA": "Connecté : {name}", en: "Signed in: {name}" },
};
