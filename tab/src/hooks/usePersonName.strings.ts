import type { Localized } from "@shared/i18n/locale.js";

export const PERSON_NAME_STRINGS = {
  /** The user themself: "Claire Tremblay (vous)". */
  you: { "fr-CA": "{name} (vous)", en: "{name} (you)" },
} as const satisfies Record<string, Localized>;
