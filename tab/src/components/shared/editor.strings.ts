/** Words every editing section uses. */
import type { Localized } from "@shared/i18n/locale.js";

export const EDITOR_STRINGS = {
  save: { "fr-CA": "Enregistrer", en: "Save" },
  saving: { "fr-CA": "Enregistrement…", en: "Saving…" },
  saved: { "fr-CA": "Enregistré.", en: "Saved." },
  cancel: { "fr-CA": "Annuler", en: "Cancel" },
  add: { "fr-CA": "Ajouter", en: "Add" },
  edit: { "fr-CA": "Modifier", en: "Edit" },
  remove: { "fr-CA": "Retirer", en: "Remove" },
  /** The answer that removes nothing, to "Remove …?". */
  keep: { "fr-CA": "Garder", en: "Keep" },
  removeRow: { "fr-CA": "Retirer — {row}", en: "Remove — {row}" },
  invalid: {
    "fr-CA": "Corrigez les champs signalés, puis enregistrez de nouveau.",
    en: "Fix the fields shown, then save again.",
  },
  failed: { "fr-CA": "L'enregistrement a échoué.", en: "Saving failed." },
  none: { "fr-CA": "Aucun élément pour l'instant.", en: "Nothing yet." },
  optional: { "fr-CA": "facultatif", en: "optional" },
} as const satisfies Record<string, Localized>;
