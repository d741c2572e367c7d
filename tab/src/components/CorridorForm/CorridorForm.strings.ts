import { REQUIRED_FIELD } from "@shared/domain/zodIssues.js";
import type { Localized } from "@shared/i18n/locale.js";

export const CORRIDOR_FORM_STRINGS = {
  addHeading: { "fr-CA": "Nouveau corridor", en: "New corridor" },
  editHeading: { "fr-CA": "Modifier le corridor", en: "Edit the corridor" },
  required: REQUIRED_FIELD,
  invalidKindHint: {
    "fr-CA": "Les urgences et les CDE ne sont pas des corridors valables (§4).",
    en: "Emergency departments and CDEs are not valid corridors (§4).",
  },
} as const satisfies Record<string, Localized>;
