/** The choice of the meeting's team among the user's teams, saved with PUT /meetings/{id}/team. */
import { useState } from "react";
import { Button, Field, Select } from "@fluentui/react-components";
import type { MeetingTeamView } from "../../api/types.js";
import type { MeetingTeamState } from "../../hooks/useMeetingTeam.js";
import { useStrings } from "../../i18n/localeContext.js";
import { useMeetingTeamStyles } from "./MeetingTeamCard.styles.js";
import { MEETING_TEAM_STRINGS } from "./MeetingTeamCard.strings.js";

export interface MeetingTeamFormProps {
  meeting: MeetingTeamState;
  view: MeetingTeamView;
  onClose: () => void;
}

export function MeetingTeamForm({ meeting, view, onClose }: MeetingTeamFormProps) {
  const text = useStrings(MEETING_TEAM_STRINGS);
  const styles = useMeetingTeamStyles();
  const [choice, setChoice] = useState(view.team?.groupId ?? view.choices[0]?.groupId ?? "");
  const save = async () => {
    if (await meeting.change(choice)) onClose();
  };
  return (
    <form
      className={styles.form}
      aria-label={text.changeLabel}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={text.field}>
        <Select className={styles.select} value={choice} onChange={(_, d) => setChoice(d.value)}>
          {view.choices.map((t) => (
            <option key={t.groupId} value={t.groupId}>
              {t.name}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary" disabled={!choice} disabledFocusable={meeting.saving}>
        {text.save}
      </Button>
      <Button onClick={onClose} disabledFocusable={meeting.saving}>
        {text.cancel}
      </Button>
    </form>
  );
}
