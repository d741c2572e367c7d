export const CONTENT_PAGE_STRINGS = {
  nav: { "fr-CA": "Sections de Balises", en: "Balises sections" },
};
