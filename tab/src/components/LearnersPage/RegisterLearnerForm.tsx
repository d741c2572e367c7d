/** Pilots register a learner: the person and their supervisors from the team's roster, role, training site (§9), optional §9.3 threshold. */
import { Button, Field, Input, Select } from "@fluentui/react-components";
import { LEARNER_ROLE_LABELS, LEARNER_ROLES, type LearnerRole } from "@shared/domain/learners.js";
import { REQUIRED_FIELD } from "@shared/domain/zodIssues.js";
import { useRegisterLearner, type LearnerRegistration } from "../../hooks/useRegisterLearner.js";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { PeoplePicker } from "../PersonPicker/PeoplePicker.js";
import { PersonPicker } from "../PersonPicker/PersonPicker.js";
import { LEARNERS_STRINGS } from "./LearnersPage.strings.js";
import { useLearnersStyles } from "./LearnersPage.styles.js";

/** `registered`: the learners listed so far, not offered again (the service refuses the others too, at the field). */
export function RegisterLearnerForm(props: { onRegistered: () => void; registered: readonly string[] }) {
  const { onRegistered, registered } = props;
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  const styles = useLearnersStyles();
  const registration = useRegisterLearner(onRegistered, locale);
  const { busy, generalError, submit } = registration;
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
      <h3 id="register-learner-heading" className={styles.formHeading}>
        {text.register}
      </h3>
      <LearnerFields registration={registration} registered={registered} />
      <div>
        <Button type="submit" appearance="primary" disabledFocusable={busy}>
          {text.submit}
        </Button>
      </div>
      {generalError !== undefined && (
        <p role="alert" className={styles.alert}>
          {errorText(generalError, locale, text.failed)}
        </p>
      )}
    </form>
  );
}

function LearnerFields(props: { registration: LearnerRegistration; registered: readonly string[] }) {
  const { registration, registered } = props;
  const { form, update, round, missing, fieldError } = registration;
  const locale = useLocale();
  const text = useStrings(LEARNERS_STRINGS);
  return (
    <>
      <PersonPicker
        key={`learner-${round}`}
        label={text.oid}
        required
        value={form.oid}
        exclude={registered}
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
      <Field
        label={text.site}
        hint={text.siteHint}
        required
        validationMessage={
          fieldError("trainingSite") ?? (missing && !form.trainingSite.trim() ? REQUIRED_FIELD[locale] : undefined)
        }
      >
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
    </>
  );
}
