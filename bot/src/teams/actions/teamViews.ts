/** The answers of the encounter's team card: the chooser for its clinicians, the shared card (refused) for anyone else. */
import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { buildTeamChooserCard, buildTeamSharedCard } from "../../cards/team/teamCard.js";
import type { CardNotice } from "../../cards/encounter/encounterCardParts.js";
import type { Encounter } from "../../domain/encounter.js";
import type { Locale } from "../../i18n/locale.js";
import { cardResponse } from "./invokeResponses.js";
import type { BotPorts } from "../turn/botPorts.js";

async function teamName(services: Pick<BotPorts, "teams">, encounter: Encounter): Promise<string | undefined> {
  if (!encounter.teamKey) return undefined;
  return (await services.teams.get(encounter.tenantId, encounter.teamKey))?.team.name || undefined;
}

export async function teamChooserResponse(
  services: Pick<BotPorts, "teams">,
  encounter: Encounter,
  chooser: string,
  locale: Locale,
  notice?: CardNotice,
): Promise<AdaptiveCardInvokeResponse> {
  const [teams, name] = await Promise.all([
    services.teams.teamsOf(encounter.tenantId, chooser.toLowerCase()),
    teamName(services, encounter),
  ]);
  const choices = teams.map((t) => ({ groupId: t.groupId, name: t.name }));
  return cardResponse(
    buildTeamChooserCard({
      locale,
      encounter,
      choices,
      ...(name ? { teamName: name } : {}),
      ...(notice ? { notice } : {}),
    }),
  );
}

export async function teamSharedCard(
  services: Pick<BotPorts, "teams">,
  encounter: Encounter,
  locale: Locale,
  notice?: CardNotice,
) {
  const name = await teamName(services, encounter);
  return buildTeamSharedCard({ locale, encounter, ...(name ? { teamName: name } : {}), ...(notice ? { notice } : {}) });
}
