/**
 * The recommendation helper: the same questions as the bot's matrix card, answered by the same pure
 * domain function `recommend()` (003 §2.3, §5, §1.3.7, §1.3.8, §6), on the team's matrix.
 */
import { useMemo, useState } from "react";
import { Button, Checkbox, Field, Input, mergeClasses, Select } from "@fluentui/react-components";
import { todayInQuebec } from "../../../../bot/src/domain/clock.js";
import type { Matrix } from "../../../../bot/src/domain/matrix.js";
import { recommend } from "../../../../bot/src/domain/recommendation.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecommendationResult } from "../RecommendationResult/RecommendationResult.js";
import { emptyForm, toRecommendationInput, type HelperFlag, type HelperForm } from "./helperForm.js";
import { useHelperStyles } from "./RecommendationHelper.styles.js";
import { HELPER_STRINGS } from "./RecommendationHelper.strings.js";

const FACTORS: HelperFlag[] = [
  "physicalExamNeeded",
  "patientRefuses",
  "patientReluctant",
  "equityBarriers",
  "vulnerable",
];
const REORIENTATION: HelperFlag[] = ["patientKnownToSetting", "problemKnownToSetting", "patientWishesInPerson"];

export interface RecommendationHelperProps {
  matrix: Matrix;
  /** False when the team has no valid in-person referral corridor (§4); undefined when unknown. */
  validCorridor?: boolean;
}

export function RecommendationHelper({ matrix, validCorridor }: RecommendationHelperProps) {
  const locale = useLocale();
  const styles = useHelperStyles();
  const text = useStrings(HELPER_STRINGS);
  const today = useMemo(() => todayInQuebec(new Date()), []);
  const [form, setForm] = useState<HelperForm>(() => emptyForm(today));
  const set = <K extends keyof HelperForm>(key: K, value: HelperForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  const recommendation = useMemo(() => {
    if (!matrix.situations.some((s) => s.id === form.situationId)) return null;
    return recommend(matrix, toRecommendationInput(form));
  }, [matrix, form]);

  const flag = (key: HelperFlag) => (
    <Checkbox key={key} label={text[key]} checked={form[key]} onChange={(_, data) => set(key, data.checked === true)} />
  );

  return (
    <section className={styles.root} aria-labelledby="helper-heading">
      <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-labelledby="helper-heading">
        <h2 id="helper-heading" className={styles.heading}>
          {text.heading}
        </h2>
        <p className={styles.intro}>{text.intro}</p>
        <Field label={text.situation} required>
          <Select
            className={styles.select}
            value={form.situationId}
            onChange={(_, data) => set("situationId", data.value)}
            name="situationId"
          >
            <option value="">{text.situationPlaceholder}</option>
            {matrix.situations.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label[locale]}
              </option>
            ))}
          </Select>
        </Field>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>{text.factors}</legend>
          {FACTORS.map(flag)}
          {flag("reoriented")}
          {form.reoriented && (
            <fieldset className={mergeClasses(styles.fieldset, styles.nested)}>
              <legend className={styles.legend}>{text.reorientedConditions}</legend>
              {REORIENTATION.map(flag)}
            </fieldset>
          )}
        </fieldset>
        <Field label={text.visitDate} hint={text.visitDateHint}>
          <Input
            type="date"
            value={form.visitDate}
            onChange={(_, data) => set("visitDate", data.value)}
            name="visitDate"
          />
        </Field>
        <div className={styles.actions}>
          <Button type="button" onClick={() => setForm(emptyForm(today))}>
            {text.reset}
          </Button>
        </div>
      </form>
      <RecommendationResult recommendation={recommendation} validCorridor={validCorridor} />
    </section>
  );
}
