/** Pilots register a learner: Entra object id, role, one or several supervisors, training site (§9), optional §9.3 threshold. */
import { useState } from "react";
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { ApiError } from "../../api/apiError.js";
import { teamPath } from "../../api/apiClient.js";
import { LEARNER_ROLE_LABELS, LEARNER_ROLES, type LearnerRole } from "../../../../bot/src/domain/learners.js";
import { useSession } from "../../hooks/useSession.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { errorText } from "../LoadError/LoadError.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";

export function RegisterLearnerForm({ onRegistered }: { onRegistered(): void }) {
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const { api, teamKey } = useSession();
  const [form, setForm] = useState({ oid: "", role: "resident" as LearnerRole, supervisors: "", trainingSite: "", threshold: "" });
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const fieldError = (path: string) => {
    if (!(error instanceof ApiError)) return undefined;
    const detail = error.details.find((d) => d.path === path || d.path.startsWith(`${path}.`));
    return detail?.message[locale];
  };

  const submit = async () => {
    if (!teamKey) return;
    setBusy(true);
    setError(undefined);
    try {
      await api.send("POST", teamPath(teamKey, "/learners"), {
        oid: form.oid.trim(),
        role: form.role,
        supervisors: form.supervisors.split(/[\s,;]+/).filter(Boolean),
        trainingSite: form.trainingSite,
        ...(form.threshold.trim() ? { observationThreshold: Number(form.threshold) } : {}),
      });
      setForm({ oid: "", role: "resident", supervisors: "", trainingSite: "", threshold: "" });
      onRegistered();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const general = error !== undefined && !(error instanceof ApiError && error.details.length > 0) ? errorText(error, locale, text.failed) : undefined;
  return (
    <form
      className={styles.form}
      aria-labelledby="register-learner-heading"
      data-testid="register-learner"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h3 id="register-learner-heading" className={styles.subheading} style={{ gridColumn: "1 / -1" }}>
        {text.register}
      </h3>
      <Field label={text.oid} required validationMessage={fieldError("oid")}>
        <Input value={form.oid} onChange={(_, d) => setForm({ ...form, oid: d.value })} />
      </Field>
      <Field label={text.role} required validationMessage={fieldError("role")}>
        <Select value={form.role} onChange={(_, d) => setForm({ ...form, role: d.value as LearnerRole })}>
          {LEARNER_ROLES.map((r) => (
            <option key={r} value={r}>
              {LEARNER_ROLE_LABELS[r][locale]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.supervisors} required validationMessage={fieldError("supervisors")}>
        <Input value={form.supervisors} onChange={(_, d) => setForm({ ...form, supervisors: d.value })} />
      </Field>
      <Field label={text.site} required validationMessage={fieldError("trainingSite")}>
        <Input value={form.trainingSite} onChange={(_, d) => setForm({ ...form, trainingSite: d.value })} />
      </Field>
      {form.role === "medicalStudent" && (
        <Field label={text.thresholdOverride} validationMessage={fieldError("observationThreshold")}>
          <Input type="number" min={1} max={20} value={form.threshold} onChange={(_, d) => setForm({ ...form, threshold: d.value })} />
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
