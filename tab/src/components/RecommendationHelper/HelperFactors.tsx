/** The factors that change the recommendation (§5, §1.3.7, §1.3.8), and the §6 exception's three conditions. */
import { Checkbox, mergeClasses } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import type { HelperFlag, HelperForm } from "./helperForm.js";
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

export interface HelperFactorsProps {
  form: HelperForm;
  onChange: (flag: HelperFlag, checked: boolean) => void;
}

export function HelperFactors({ form, onChange }: HelperFactorsProps) {
  const styles = useHelperStyles();
  const text = useStrings(HELPER_STRINGS);
  const flag = (key: HelperFlag) => (
    <Checkbox
      key={key}
      label={text[key]}
      checked={form[key]}
      onChange={(_, data) => onChange(key, data.checked === true)}
    />
  );
  return (
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
  );
}
