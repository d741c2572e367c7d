import type { Localized } from "@shared/i18n/locale.js";

export const MATRIX_EDITOR_STRINGS = {
  intro: {
    "fr-CA":
      "Vous êtes pilote : chaque changement de cote est enregistré aussitôt. Une cellule ajustée affiche la valeur du MSSS et peut y être rétablie.",
    en: "You are a pilot: each rating change is saved at once. An adjusted cell shows the MSSS value and can be reset to it.",
  },
  cellLabel: { "fr-CA": "Cote — {situation} — {modality}", en: "Rating — {situation} — {modality}" },
  reset: { "fr-CA": "Rétablir le MSSS", en: "Reset to MSSS" },
  resetLabel: {
    "fr-CA": "Rétablir la cote du MSSS — {situation} — {modality}",
    en: "Reset to the MSSS rating — {situation} — {modality}",
  },
} as const satisfies Record<string, Localized>;
