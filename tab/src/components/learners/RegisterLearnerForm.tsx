/** Pilots register a learner: the person and their supervisors from the team's roster, role, training site (§9), optional §9.3 threshold. */
import { useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { ApiError } from "../../api/apiError.js";
import { teamPath } from "../../api/apiClient.js";
import { LEARNER_ROLE_LABELS, LEARNER_ROLES, type LearnerRole } from "../../../../bot/src/domain/learners.js";
import { useSession } from "../../hooks/useSession.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { errorText } from "../LoadError/LoadError.js";
import { PeoplePicker } from "../PersonPicker/PeoplePicker.js";
import { PersonPicker } from "../PersonPicker/PersonPicker.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";

interface Draft {
  oid?: string;
  role: LearnerRole;
  supervisors: string[];
  trainingSite: string;
  threshold: string;
}

const EMPTY: Draft = { role: "resident", supervisors: [], trainingSite: "", threshold: "" };

export function RegisterLearnerForm({ onRegistered }: { onRegistered: () => void }) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const { api, teamKey } = useSession();
  const [form, setForm] = useState<Draft>(EMPTY);
  // A registration resets the pickers.
  const [round, setRound] = useState(0);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  // A change answers the last refusal: its messages no longer apply.
  const update = (patch: Partial<Draft>) => {
    setForm((f) => ({ ...f, ...patch }));
    setError(undefined);
  };
  const fieldError = (path: string) => {
    if (!(error instanceof ApiError)) return undefined;
    const detail = error.details.find((d) => d.path === path || d.path.startsWith(`${path}.`));
    return detail?.message[locale];
  };

  const submit = async () => {
    if (!teamKey) return;
    setMissing(!form.oid || form.supervisors.length === 0);
    if (!form.oid || form.supervisors.length === 0) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.send("POST", teamPath(teamKey, "/learners"), {
        oid: form.oid,
        role: form.role,
        supervisors: form.supervisors,
        trainingSite: form.trainingSite,
        ...(form.threshold.trim() ? { observationThreshold: Number(form.threshold) } : {}),
      });
      setForm(EMPTY);
      setRound((r) => r + 1);
      onRegistered();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const general =
    error !== undefined && !(error instanceof ApiError && error.details.length > 0)
      ? errorText(error, locale, text.failed)
      : undefined;
  return (
    <form
      className={styles.form}
      aria-labelledby="register-learner-heading"
      data-testid="register-learner"
      // Our own bilingual messages, not the browser's (a tag picker's input is empty once people are chosen).
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="register-learner-heading" className={styles.subheading} style={{ gridColumn: "1 / -1" }}>
        {text.register}
      </h3>
      <PersonPicker
        key={`learner-${round}`}
        label={text.oid}
        required
        value={form.oid}
        onChange={(oid) => update({ oid })}
        validationMessage={fieldError("oid") ?? (missing && !form.oid ? text.chooseLearner : undefined)}
      />
      <Field label={text.role} required validationMessage={fieldError("role")}>
        <Select value={form.role} onChange={(_, d) => update({ role: d.value as LearnerRole })}>
          {LEARNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {LEARNER_ROLE_LABELS[r][locale]}
            </option>
          ))}
        </Select>
      </Field>
      <PeoplePicker
        key={`supervisors-${round}`}
        label={text.supervisors}
        required
        value={form.supervisors}
        onChange={(supervisors) => update({ supervisors })}
        validationMessage={
          fieldError("supervisors") ?? (missing && form.supervisors.length === 0 ? text.chooseSupervisor : undefined)
        }
      />
      <Field label={text.site} required validationMessage={fieldError("trainingSite")}>
        <Input value={form.trainingSite} onChange={(_, d) => update({ trainingSite: d.value })} />
      </Field>
      {form.role === "medicalStudent" && (
        <Field label={text.thresholdOverride} validationMessage={fieldError("observationThreshold")}>
          <Input
            type="number"
            min={1}
            max={20}
            value={form.threshold}
            onChange={(_, d) => update({ threshold: d.value })}
          />
        </Field>
      )}
      <div>
        <Button type="submit" appearance="primary" disabled={busy}>
          {text.submit}
        </Button>
      </div>
      {general && (
        <p role="alert" className={styles.warning} style={{ gridColumn: "1 / -1" }}>
          {general}
        </p>
      )}
    </form>
  );
}
