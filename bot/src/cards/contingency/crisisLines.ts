/** The crisis lines as the cards list them: a Québec-wide line in the reader's language, a team's own with its region. */
import type { Locale } from "../../i18n/locale.js";
import { crisisResourceName } from "../../domain/crisisResources.js";
import type { CrisisResource } from "../../domain/teamConfig.js";

export function crisisLines(resources: readonly CrisisResource[], locale: Locale): { name: string; phone: string }[] {
  return resources.map((r) => {
    const name = crisisResourceName(r, locale);
    return { name: r.region && r.region !== "Québec" ? `${name} (${r.region})` : name, phone: r.phone };
  });
}
