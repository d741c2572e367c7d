/** The §9.3 threshold: observations before leading an encounter under observation. Pilots set it; others read it. */
import { useState } from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { REQUIRED_FIELD } from "@shared/domain/zodIssues.js";
import { teamPath } from "../../api/apiClient.js";
import { ApiError } from "../../api/apiError.js";
import { useSession } from "../../hooks/useSession.js";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings, type Locale } from "../../i18n/localeContext.js";
import { colon } from "../shared/dates.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";

const EMPTY = Symbol("empty");

/** Said at the field: left empty, the service's words for the field (« Au plus 20. »), else its general refusal. */
function thresholdProblem(error: unknown, locale: Locale, fallback: string): string {
  if (error === EMPTY) return REQUIRED_FIELD[locale];
  const atField = error instanceof ApiError ? error.at("observationThreshold")?.[locale] : undefined;
  return atField ?? errorText(error, locale, fallback);
}

export interface ThresholdPanelProps {
  threshold: number;
  editable: boolean;
  onSaved: () => void;
}

export function ThresholdPanel({ threshold, editable, onSaved }: ThresholdPanelProps) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const layout = useLayoutStyles();
  const { api, teamKey } = useSession();
  const [value, setValue] = useState(String(threshold));
  const [error, setError] = useState<unknown>();
  if (!editable) {
    return <p className={styles.intro} data-testid="threshold">{`${text.threshold}${colon(locale)}${threshold}`}</p>;
  }
  const save = async () => {
    setError(undefined);
    if (value.trim() === "") {
      setError(EMPTY);
      return;
    }
    try {
      await api.send("PUT", teamPath(teamKey ?? "", "/supervision-settings"), { observationThreshold: Number(value) });
      onSaved();
    } catch (e) {
      setError(e);
    }
  };
  return (
    <form
      className={styles.inline}
      aria-label={text.threshold}
      // Our own bilingual messages at the field, not the browser's bubble in its own language.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field
        label={text.threshold}
        validationMessage={error === undefined ? undefined : thresholdProblem(error, locale, text.failed)}
      >
        <Input
          type="number"
          min={1}
          max={20}
          value={value}
          onChange={(_, d) => setValue(d.value)}
          data-testid="threshold-input"
        />
      </Field>
      <Button type="submit" className={layout.levelWithInputs}>
        {text.saveThreshold}
      </Button>
    </form>
  );
}
