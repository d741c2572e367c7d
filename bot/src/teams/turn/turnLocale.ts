import type { Activity } from "botbuilder";
import { resolveLocale, type Locale } from "../../i18n/locale.js";

const textOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/**
 * Teams puts the user's locale on the activity and on the clientInfo entity; fr-CA when neither says.
 * An activity is data from outside: entities that are not a list of objects, or a locale that is not text,
 * count as absent (this runs in the turn error handler too, which must never throw).
 */
export function turnLocale(activity: Partial<Activity> | undefined): Locale {
  const entities: unknown = activity?.entities;
  const clientInfo = Array.isArray(entities)
    ? (entities as unknown[]).find(
        (e): e is { locale?: unknown } =>
          typeof e === "object" && e !== null && (e as { type?: unknown }).type === "clientInfo",
      )
    : undefined;
  return resolveLocale(textOf(activity?.locale) ?? textOf(clientInfo?.locale));
}
