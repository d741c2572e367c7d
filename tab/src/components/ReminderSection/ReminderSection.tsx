/** Politique de rappel: when Balises reminds a clinician of the note, and the deadline (≤ 24 h, §1.1, §8.8). */
import type { ReminderPolicy, TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import type { Locale } from "@shared/i18n/locale.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { Section } from "../Section/Section.js";
import { hoursToIso, isoToHours, type HoursPolicy } from "./reminderHours.js";
import { ReminderForm } from "./ReminderForm.js";
import { REMINDER_STRINGS } from "./ReminderSection.strings.js";

const hoursOf = (c: TeamConfiguration, locale: Locale): HoursPolicy => ({
  offsets: c.reminderPolicy.offsets.map((o) => isoToHours(o, locale)),
  deadline: isoToHours(c.reminderPolicy.deadline, locale),
});
const put = (c: TeamConfiguration, p: HoursPolicy): TeamConfiguration => {
  const reminderPolicy: ReminderPolicy = { offsets: p.offsets.map(hoursToIso), deadline: hoursToIso(p.deadline) };
  return { ...c, reminderPolicy };
};

export function ReminderSection() {
  const text = useStrings(REMINDER_STRINGS);
  const locale = useLocale();
  const { canEdit } = useTeam();
  const editor = useConfigEditor((c) => hoursOf(c, locale), put);
  return (
    <Section heading={text.heading} intro={text.intro} data-testid="reminders-section">
      {canEdit ? (
        <ReminderForm editor={editor} />
      ) : (
        <>
          <ReadOnlyNote />
          <ReminderSummary policy={editor.draft} />
        </>
      )}
    </Section>
  );
}

function ReminderSummary({ policy }: { policy: HoursPolicy }) {
  const text = useStrings(REMINDER_STRINGS);
  const offsets = policy.offsets.length ? policy.offsets.map((o) => `+${o}`).join(", ") : text.noReminder;
  return <p>{format(text.summary, { offsets, deadline: policy.deadline })}</p>;
}
