/**
 * The encounter's team card: what everyone in the meeting chat sees (the team, or that the clinician will
 * choose it, with a visible "choose" button, since not every client shows user-specific views), and the
 * chooser the button answers with, to the clinician who pressed it only (an invoke response is shown to
 * its caller; the message everyone sees changes only when the bot updates it).
 */
import { pick, type Locale } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import type { TeamSource } from "../../domain/teams.js";
import { renderCard, type AdaptiveCard } from "../renderCard.js";
import { noticeData, type CardNotice } from "../encounter/encounterCardParts.js";
import { TEAM_CARD_STRINGS } from "./team.strings.js";
import sharedTemplate from "./teamShared.json" with { type: "json" };
import chooserTemplate from "./teamChooser.json" with { type: "json" };
import { format } from "../../i18n/format.js";

export interface TeamOption {
  groupId: string;
  name: string;
}

export interface TeamCardInput {
  locale: Locale;
  encounter: Encounter;
  /** The encounter team's name, when it has one. */
  teamName?: string;
  notice?: CardNotice;
}

function statusText(input: TeamCardInput): string {
  const t = pick(TEAM_CARD_STRINGS, input.locale);
  if (input.encounter.teamKey) return format(t.withTeam, { team: input.teamName || t.unnamed });
  return sourceOf(input.encounter) === "pending" ? t.pending : t.none;
}

function sourceOf(e: Encounter): TeamSource {
  return e.teamSource ?? (e.teamKey ? "chosen" : "none");
}

export function buildTeamSharedCard(input: TeamCardInput): AdaptiveCard {
  return renderCard(sharedTemplate, {
    t: pick(TEAM_CARD_STRINGS, input.locale),
    ...noticeData(input.notice, input.locale),
    statusText: statusText(input),
    encounterId: input.encounter.id,
  });
}

/** The chooser: the clinician's own teams where Balises is installed. */
export function buildTeamChooserCard(input: TeamCardInput & { choices: readonly TeamOption[] }): AdaptiveCard {
  const t = pick(TEAM_CARD_STRINGS, input.locale);
  const source = sourceOf(input.encounter);
  const guidance =
    input.choices.length === 0
      ? t.noTeams
      : !input.encounter.teamKey
        ? source === "pending"
          ? t.pendingNotice
          : t.noneNotice
        : "";
  return renderCard(chooserTemplate, {
    t,
    ...noticeData(input.notice, input.locale),
    statusText: statusText(input),
    hasGuidance: guidance !== "",
    guidance,
    guidanceColor: input.choices.length === 0 ? "Warning" : "Default",
    hasChoices: input.choices.length > 0,
    current: input.encounter.teamKey ?? "",
    choices: input.choices.map((c) => ({ title: c.name || t.unnamed, value: c.groupId })),
    encounterId: input.encounter.id,
  });
}
