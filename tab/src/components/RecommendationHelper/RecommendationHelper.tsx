/**
 * The recommendation helper: the same questions as the bot's matrix card, answered by the same pure
 * domain function `recommend()` (003 §2.3, §5, §1.3.7, §1.3.8, §6), on the team's matrix.
 */
import { useMemo, useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { todayInQuebec } from "@shared/domain/clock.js";
import type { Matrix } from "@shared/domain/matrix.js";
import { recommend } from "@shared/domain/recommendation.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecommendationResult } from "../RecommendationResult/RecommendationResult.js";
import { Section } from "../Section/Section.js";
import { emptyForm, toRecommendationInput, type HelperForm } from "./helperForm.js";
import { HelperFactors } from "./HelperFactors.js";
import { useHelperStyles } from "./RecommendationHelper.styles.js";
import { HELPER_STRINGS } from "./RecommendationHelper.strings.js";

export interface RecommendationHelperProps {
  matrix: Matrix;
  /** Whose matrix it is: a team's (with its adjustments) or the MSSS baseline (no team here). */
  source: "team" | "baseline";
  /** False when the team has no valid in-person referral corridor (§4); undefined when unknown. */
  validCorridor?: boolean;
}

export function RecommendationHelper({ matrix, source, validCorridor }: RecommendationHelperProps) {
  const locale = useLocale();
  const styles = useHelperStyles();
  const text = useStrings(HELPER_STRINGS);
  const [today] = useState(() => todayInQuebec(new Date()));
  const [form, setForm] = useState<HelperForm>(() => emptyForm(today));
  const set = <K extends keyof HelperForm>(key: K, value: HelperForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const recommendation = useMemo(
    () =>
      matrix.situations.some((s) => s.id === form.situationId) ? recommend(matrix, toRecommendationInput(form)) : null,
    [matrix, form],
  );

  return (
    <div className={styles.root}>
      <Section
        heading={text.heading}
        intro={source === "team" ? text.intro : text.introBaseline}
        className={styles.column}
      >
        <form className={styles.form} onSubmit={(e) => e.preventDefault()} aria-label={text.heading}>
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
          <HelperFactors form={form} onChange={set} />
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
      </Section>
      <RecommendationResult recommendation={recommendation} validCorridor={validCorridor} />
    </div>
  );
}
