import { activityFrom, activityMeetingId, activityTeam, activityTenantId } from "../turn/conversationScope.js";
import { postCardsForCommand, type CommandEncounterPorts } from "../meeting/encounterForCommand.js";
import { personalTeam, teamContextOf } from "../turn/teamContext.js";
import type { BotCommand } from "./botCommand.js";
import { format } from "../../i18n/format.js";

const TEXT = {
  channel: {
    "fr-CA": "Ce canal appartient à l'équipe « {team} » : sa configuration Balises s'applique ici.",
    en: 'This channel belongs to the team "{team}": its Balises configuration applies here.',
  },
  mine: {
    "fr-CA": "Vos équipes où Balises est installé : {teams}. Équipe de vos rencontres privées : {current}.",
    en: "Your teams where Balises is installed: {teams}. Team of your private meetings: {current}.",
  },
  toChoose: { "fr-CA": "à choisir à votre prochaine rencontre", en: "to be chosen at your next meeting" },
  none: {
    "fr-CA":
      "Balises n'est installé dans aucune de vos équipes Teams. Ajoutez-le à votre équipe pour que sa configuration s'applique à vos rencontres.",
    en: "Balises is not installed in any of your teams in Teams. Add it to your team so its configuration applies to your meetings.",
  },
  unnamed: { "fr-CA": "sans nom", en: "unnamed" },
};

/** "équipe" / "team": in a meeting chat, the encounter's team card (to see or change it); elsewhere, which team applies. */
export const teamCommand: BotCommand = {
  names: { "fr-CA": ["equipe"], en: ["team"] },
  async handle(context, services: CommandEncounterPorts, locale) {
    const tenantId = activityTenantId(context.activity) ?? "";
    if (activityMeetingId(context.activity)) {
      await postCardsForCommand(context, services, ["team"], locale);
      return;
    }
    const channel = activityTeam(context.activity);
    if (channel) {
      const team = await teamContextOf(services, tenantId, await services.teamResolver.groupIdOf(channel), "channel");
      await context.sendActivity(format(TEXT.channel[locale], { team: team.teamName ?? TEXT.unnamed[locale] }));
      return;
    }
    const oid = activityFrom(context.activity)?.aadObjectId?.toLowerCase();
    const teams = oid ? await services.teams.teamsOf(tenantId, oid) : [];
    if (teams.length === 0) {
      await context.sendActivity(TEXT.none[locale]);
      return;
    }
    const own = await personalTeam(services, tenantId, oid);
    const current = teams.find((t) => t.groupId === own.teamKey)?.name ?? TEXT.toChoose[locale];
    const names = teams.map((t) => t.name || TEXT.unnamed[locale]).join(", ");
    await context.sendActivity(format(TEXT.mine[locale], { teams: names, current }));
  },
};
