import type { Activity } from "botbuilder";
import { resolveLocale, type Locale } from "../../i18n/locale.js";

/** Teams puts the user's locale on the activity and on the clientInfo entity; fr-CA when neither says. */
export function turnLocale(activity: Partial<Activity>): Locale {
  const clientInfo = activity.entities?.find((e) => e.type === "clientInfo") as { locale?: string } | undefined;
  return resolveLocale(activity.locale ?? clientInfo?.locale);
}
