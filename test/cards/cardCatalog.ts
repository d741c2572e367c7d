/**
 * Every card the bot can send, in each of its states, built by its real builder.
 * Add an entry for each new card or state; cards.test.ts validates all of them in both languages.
 */
import type { Locale } from "../../bot/src/i18n/locale.js";
import type { AdaptiveCard } from "../../bot/src/cards/renderCard.js";
import { buildWelcomeCard } from "../../bot/src/cards/welcome/welcomeCard.js";
import { buildHelpCard } from "../../bot/src/cards/help/helpCard.js";
import { buildMatrixCard } from "../../bot/src/cards/matrix/matrixCard.js";
import { BASELINE_MATRIX } from "../../bot/src/domain/matrix.js";
import { recommend } from "../../bot/src/domain/recommendation.js";
import { ENCOUNTER_CARD_CATALOG } from "./encounterCardCatalog.js";
import { NOTE_CARD_CATALOG } from "../reminders/noteCardCatalog.js";

export interface CatalogEntry {
  name: string;
  build: (locale: Locale) => AdaptiveCard;
}

const newPatientByVideo = { situationId: "newPatientIntake", vulnerable: true, visitDate: "2026-11-23" };
const reorientedTwoOfThree = {
  situationId: "knownPatientKnownCondition",
  reoriented: { patientKnownToSetting: true, problemKnownToSetting: true, patientWishesInPerson: true },
};

export const CARD_CATALOG: CatalogEntry[] = [
  { name: "welcome", build: (locale) => buildWelcomeCard(locale) },
  { name: "help", build: (locale) => buildHelpCard(locale) },
  { name: "matrix form", build: (locale) => buildMatrixCard({ locale, matrix: BASELINE_MATRIX, today: "2026-11-23" }) },
  {
    name: "matrix form without corridor",
    build: (locale) => buildMatrixCard({ locale, matrix: BASELINE_MATRIX, today: "2026-11-23", missingCorridor: true }),
  },
  {
    name: "matrix result, new patient by video",
    build: (locale) =>
      buildMatrixCard({
        locale,
        matrix: BASELINE_MATRIX,
        today: "2026-11-23",
        form: newPatientByVideo,
        recommendation: recommend(BASELINE_MATRIX, newPatientByVideo),
      }),
  },
  {
    name: "matrix result, reoriented in person",
    build: (locale) =>
      buildMatrixCard({
        locale,
        matrix: BASELINE_MATRIX,
        today: "2026-11-23",
        form: reorientedTwoOfThree,
        recommendation: recommend(BASELINE_MATRIX, reorientedTwoOfThree),
      }),
  },
  ...ENCOUNTER_CARD_CATALOG,
  ...NOTE_CARD_CATALOG,
];
