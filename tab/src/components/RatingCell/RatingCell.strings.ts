export const RATING_CELL_STRINGS = {
  adjusted: { "fr-CA": "Ajusté par l'équipe", en: "Adjusted by the team" },
  baseline: { "fr-CA": "MSSS : {rating}", en: "MSSS: {rating}" },
};
