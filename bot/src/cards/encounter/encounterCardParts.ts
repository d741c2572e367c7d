/**
 * What the consent and contingency cards share: the notices shown above a view, the four conditions of
 * the 2024 regulation, and the Universal Actions `refresh` that gives the organiser/clinicians their own view of
 * a card everyone else sees as patient-facing.
 */
import { pick, type Locale, type Localized } from "../../i18n/locale.js";
import type { Encounter } from "../../domain/encounter.js";
import {
  describeCondition,
  REGULATION_TITLE,
  regulationConditions,
  type RegulationContext,
} from "../../domain/regulation2024.js";
import type { AdaptiveCard } from "../renderCard.js";
import type { TeamSource } from "../../domain/teams.js";
import { TEAM_LINE_STRINGS } from "./teamLine.strings.js";
import { format } from "../../i18n/format.js";

export type CardNotice = "refused" | "clinicianOnly" | "notSaved" | "outdated" | "saved" | "closed" | "notYourTeam";

export const NOTICE_TEXT: Record<CardNotice, Localized> = {
  refused: {
    "fr-CA":
      "Ces informations ne peuvent être consignées ou modifiées que par la personne qui organise la rencontre ou par un membre du personnel clinique inscrit à la rencontre. Rien n'a été modifié.",
    en: "Only the meeting organiser or a clinician recorded on this meeting can record or change this information. Nothing was changed.",
  },
  clinicianOnly: {
    "fr-CA":
      "Cette vue est réservée à la personne qui organise la rencontre et aux membres du personnel clinique inscrits à la rencontre. Voici la carte que tout le monde voit.",
    en: "This view is for the meeting organiser and the clinicians recorded on this meeting. Here is the card everyone sees.",
  },
  notSaved: {
    "fr-CA": "Rien n'a été enregistré : complétez ce qui est indiqué ci-dessous, puis consignez de nouveau.",
    en: "Nothing was saved: complete what is shown below, then record again.",
  },
  outdated: {
    "fr-CA":
      "Cette carte n'était plus à jour : rien n'a été modifié. Voici l'état actuel; refaites votre modification au besoin.",
    en: "This card was out of date: nothing was changed. Here is the current state; make your change again if needed.",
  },
  saved: { "fr-CA": "Enregistré.", en: "Saved." },
  closed: {
    // Closed by Teams' end, by the clinician or at the scheduled end: Balises knows it closed, not that it ended.
    "fr-CA": "La rencontre est close dans Balises : la note au dossier est attendue dans les 24 heures (§1.1).",
    en: "The encounter is closed in Balises: the record note is due within 24 hours (§1.1).",
  },
  notYourTeam: {
    "fr-CA": "Vous n'êtes pas membre de cette équipe Teams : choisissez une de vos équipes. Rien n'a été modifié.",
    en: "You are not a member of that Teams team: choose one of your teams. Nothing was changed.",
  },
};

export const NOTICE_COLOR: Record<CardNotice, "Attention" | "Warning" | "Good" | "Accent"> = {
  refused: "Attention",
  clinicianOnly: "Accent",
  notSaved: "Attention",
  outdated: "Warning",
  saved: "Good",
  closed: "Accent",
  notYourTeam: "Attention",
};

/** Template data for the optional notice line. */
export function noticeData(notice: CardNotice | undefined, locale: Locale) {
  return {
    hasNotice: notice !== undefined,
    notice: notice ? NOTICE_TEXT[notice][locale] : "",
    noticeColor: notice ? NOTICE_COLOR[notice] : "Default",
  };
}

/** The encounter's team as the clinician's views show it. */
export interface EncounterTeamView {
  teamKey?: string;
  teamName?: string;
  source: TeamSource;
}

export function teamLineData(team: EncounterTeamView, locale: Locale) {
  const t = pick(TEAM_LINE_STRINGS, locale);
  const teamLine = team.teamKey
    ? format(t.withTeam, { team: team.teamName || "—" })
    : team.source === "pending"
      ? t.pending
      : t.none;
  return { teamLine, teamLineColor: team.teamKey ? "Default" : "Warning" };
}

/** Each condition's state, then why: what the encounter recorded, what is left to complete. */
export function conditionsData(encounter: Encounter, context: RegulationContext, locale: Locale) {
  return {
    regulationTitle: REGULATION_TITLE[locale],
    conditions: regulationConditions(encounter, context).map((c) => {
      const { label, state, details } = describeCondition(c, locale);
      return { label, state: [state, ...details].join(" — ") };
    }),
  };
}

/**
 * Adds the Universal Actions refresh to a freshly rendered card (never to a template). With known
 * clinicians only they refresh automatically; without any, every member refreshes and the bot answers
 * each with the view their role allows.
 */
export function withRefresh(
  card: AdaptiveCard,
  verb: string,
  encounterId: string,
  userIds: readonly string[],
): AdaptiveCard {
  const action = { type: "Action.Execute", verb, data: { encounterId } };
  return { ...card, refresh: userIds.length > 0 ? { action, userIds: [...userIds] } : { action } };
}

const OPEN_CLINICIAN_VIEW: Localized = { "fr-CA": "Ouvrir ma vue clinicien", en: "Open my clinician view" };

/**
 * Template data for the visible "open my clinician view" button of a shared card: clients without
 * user-specific views (the Agents Playground, some mobile clients) and clinicians not in `refresh.userIds`
 * reach their view with it; Teams shows an Action.Execute's answer to the person who clicked only.
 */
export function clinicianViewButtonData(encounterId: string, locale: Locale) {
  return { encounterId, openViewTitle: OPEN_CLINICIAN_VIEW[locale] };
}

export const COMMON_STRINGS = {
  yes: { "fr-CA": "Oui", en: "Yes" },
  no: { "fr-CA": "Non", en: "No" },
} satisfies Record<string, Localized>;

export const commonStrings = (locale: Locale) => pick(COMMON_STRINGS, locale);
