/**
 * The demo team's configuration, as its pilots would have entered it in the tab: two valid in-person
 * corridors (a GMF and a CLSC, never an emergency department, 003 §4), a 5-minute callback, the Teams
 * dial-in bridge and Mauricie as the region preselected for the person's location (§3), the MSSS crisis numbers
 * plus a regional line (Mauricie), an interpreter service (§1.3.9), the medicine checklist, and last year's
 * evaluation (§11). Services only, no person; the phone numbers are fictional (555-01xx) and say so. Checked
 * with the same schema as every write.
 */
import { DateTime } from "luxon";
import { CLINIC_ZONE } from "../domain/followUp.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../domain/teamConfig.js";
import { DEFAULT_CRISIS_RESOURCES } from "../domain/crisisResources.js";
import { validateTeamConfiguration } from "../domain/teamConfigSchema.js";
import { isoDate } from "../domain/clock.js";

const CORRIDORS: TeamConfiguration["corridors"] = [
  {
    id: "gmf-des-rivieres",
    name: "GMF des Rivières — plages réservées en présentiel",
    kind: "gmf",
    contact: "Secrétariat du GMF, 819 555-0142 poste 2201 (numéro fictif de démonstration)",
    address: "1200, rue des Érables, Trois-Rivières (adresse fictive)",
    hours: "Lundi au vendredi, 8 h à 16 h 30",
    conditions: "Patients inscrits au GMF; rendez-vous en présentiel offert dans les 5 jours ouvrables.",
    whoMayRefer: "Tout professionnel de l'équipe",
  },
  {
    id: "clsc-du-cap",
    name: "CLSC du Cap — accueil santé mentale adulte",
    kind: "clsc",
    contact: "Accès santé mentale adulte, 819 555-0187 (numéro fictif de démonstration)",
    hours: "Lundi au vendredi, 8 h 30 à 16 h 30",
    conditions: "Adultes du territoire; référence par le formulaire régional.",
    whoMayRefer: "Médecins et travailleuses sociales de l'équipe",
  },
];

const REGIONAL_CRISIS_LINE: TeamConfiguration["contingency"]["crisisResources"][number] = {
  id: "crise-mauricie",
  region: "Mauricie",
  name: "Ligne régionale d'intervention de crise (démonstration)",
  phone: "819 555-0199",
  notes: "24 h sur 24, 7 jours sur 7 — numéro fictif : remplacez-le par celui de votre région.",
};

/** The configuration, with its yearly evaluation held about five months before `now`. */
export function demoConfiguration(now: Date): TeamConfiguration {
  const lastEvaluation = isoDate(DateTime.fromJSDate(now, { zone: CLINIC_ZONE }).minus({ months: 5 }));
  const configuration: TeamConfiguration = {
    ...DEFAULT_TEAM_CONFIGURATION,
    corridors: CORRIDORS,
    contingency: {
      callbackDelayMinutes: 5,
      // Most of the team's patients are in Mauricie: the panel preselects it, to check with each person.
      defaultRegionCode: "04",
      bridgeText:
        // Shown to the patient on the plan card: what they can do themselves.
        "Pont téléphonique Teams : le numéro et le code de conférence sont dans l'invitation de la rencontre.",
      crisisResources: [...DEFAULT_CRISIS_RESOURCES, REGIONAL_CRISIS_LINE],
    },
    interpreters: [
      {
        id: "interpretes-mauricie",
        name: "Banque régionale d'interprètes (démonstration)",
        contact: "Réservation 48 h à l'avance, 819 555-0123 (numéro fictif)",
        languages: "espagnol, arabe, dari, swahili, langue des signes québécoise (LSQ)",
      },
    ],
    checklistProfile: "medicine",
    reminderPolicy: { offsets: ["PT2H", "PT20H"], deadline: "PT24H" },
    annualEvaluationDate: lastEvaluation,
  };
  const checked = validateTeamConfiguration(configuration);
  if (!checked.ok) throw new Error(`demo configuration is invalid: ${checked.issues.map((i) => i.path).join(", ")}`);
  return checked.value;
}
