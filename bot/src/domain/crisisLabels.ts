/**
 * The crisis steps the clinician sees privately (001, 004: a plan for a crisis and the resources near the person;
 * 003 §3 is about technology problems only, so no step cites it), in the words both doors use: the card answered to
 * their click (cards/contingency/crisisCard.ts) and the meeting side panel. Here so the two say the same thing; they
 * say what the clinician does, and what Balises recorded — a time, never what was said.
 */
import type { Localized } from "../i18n/locale.js";

export const CRISIS_STEP_LABELS = {
  recorded: {
    "fr-CA": "Situation de crise consignée à {time} : Balises garde le fait et l'heure, rien de ce qui est dit.",
    en: "Crisis recorded at {time}: Balises keeps the fact and the time, nothing that is said.",
  },
  stayOnLine: {
    "fr-CA": "1. Restez en ligne avec la personne : ne mettez pas fin à la rencontre.",
    en: "1. Stay on the line with the person: do not end the meeting.",
  },
  emergencyWithRegion: {
    "fr-CA":
      "2. Danger immédiat : appelez le 9-1-1 et donnez l'endroit où se trouve la personne (région confirmée : {region}).",
    en: "2. Immediate danger: call 911 and give the place where the person is (region confirmed: {region}).",
  },
  emergencyAskWhere: {
    "fr-CA": "2. Danger immédiat : demandez à la personne où elle se trouve, puis appelez le 9-1-1 pour cet endroit.",
    en: "2. Immediate danger: ask the person where they are, then call 911 for that place.",
  },
  contactAuthorised: {
    "fr-CA": "3. Joignez le contact d'urgence que la personne a autorisé (confirmé au plan).",
    en: "3. Call the emergency contact the person authorised (confirmed in the plan).",
  },
  contactNotConfirmed: {
    "fr-CA":
      "3. Aucun contact d'urgence n'est confirmé au plan : demandez à la personne si elle autorise que vous joigniez quelqu'un.",
    en: "3. No emergency contact is confirmed in the plan: ask the person whether they allow you to call someone.",
  },
  linesForRegion: {
    "fr-CA": "4. Donnez-lui les lignes de crise de sa région ({region}) :",
    en: "4. Give them the crisis lines of their region ({region}):",
  },
  linesAllRegions: {
    "fr-CA": "4. Donnez-lui une ligne de crise (région pas encore confirmée : toutes les lignes de l'équipe) :",
    en: "4. Give them a crisis line (region not yet confirmed: all of the team's lines):",
  },
  chart: {
    "fr-CA": "Vos observations et vos interventions vont au dossier de la personne, pas dans Balises.",
    en: "Your observations and interventions go in the person's record, not in Balises.",
  },
  posted: {
    "fr-CA": "Les ressources de crise seront publiées dans la conversation de la rencontre.",
    en: "The crisis resources will be posted in the meeting chat.",
  },
  post: { "fr-CA": "Publier les ressources dans la conversation", en: "Post the resources in the chat" },
} satisfies Record<string, Localized>;
