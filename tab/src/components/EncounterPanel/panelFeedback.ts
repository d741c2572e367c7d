/** What the panel says under a field or a part after one of its actions failed. */
import { ApiError } from "../../api/apiError.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import type { Locale } from "../../i18n/localeContext.js";

/** The service's words for `path` when `action` was refused with field details (a 400), else undefined. */
export function fieldError(
  failure: EncounterPanelState["failure"],
  action: string,
  path: string,
  locale: Locale,
): string | undefined {
  if (failure?.action !== action || !(failure.error instanceof ApiError)) return undefined;
  return failure.error.at(path)?.[locale];
}

/** The failure of one of these actions, if the last one that failed is among them. */
export function failureOf(failure: EncounterPanelState["failure"], actions: readonly string[]): unknown {
  return failure && actions.includes(failure.action) ? failure.error : undefined;
}
