/** The helper's form, turned into the domain's RecommendationInput (same input as the bot's matrix card). */
import type { RecommendationInput } from "@shared/domain/recommendation.js";

export interface HelperForm {
  situationId: string;
  physicalExamNeeded: boolean;
  patientRefuses: boolean;
  patientReluctant: boolean;
  equityBarriers: boolean;
  vulnerable: boolean;
  reoriented: boolean;
  patientKnownToSetting: boolean;
  problemKnownToSetting: boolean;
  patientWishesInPerson: boolean;
  visitDate: string;
}

export type HelperFlag = Exclude<keyof HelperForm, "situationId" | "visitDate">;

export function emptyForm(today: string): HelperForm {
  return {
    situationId: "",
    physicalExamNeeded: false,
    patientRefuses: false,
    patientReluctant: false,
    equityBarriers: false,
    vulnerable: false,
    reoriented: false,
    patientKnownToSetting: false,
    problemKnownToSetting: false,
    patientWishesInPerson: false,
    visitDate: today,
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function toRecommendationInput(form: HelperForm): RecommendationInput {
  return {
    situationId: form.situationId,
    physicalExamNeeded: form.physicalExamNeeded,
    patientRefuses: form.patientRefuses,
    patientReluctant: form.patientReluctant,
    equityBarriers: form.equityBarriers,
    vulnerable: form.vulnerable,
    visitDate: ISO_DATE.test(form.visitDate) ? form.visitDate : undefined,
    reoriented: form.reoriented
      ? {
          patientKnownToSetting: form.patientKnownToSetting,
          problemKnownToSetting: form.problemKnownToSetting,
          patientWishesInPerson: form.patientWishesInPerson,
        }
      : undefined,
  };
}
