/** 003 §2.3: the in-person follow-ups the user's new patients are to be offered, the earliest due first. */
import type { MyFollowUp, TeamRef } from "../../api/types.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime, longDate } from "../shared/dates.js";
import { MeetingChatLink } from "./MeetingChatLink.js";
import { FOLLOW_UPS_STRINGS, MY_ENCOUNTERS_STRINGS } from "./MyEncountersPage.strings.js";
import { useMyEncountersStyles } from "./MyEncountersPage.styles.js";
import { teamNameOf } from "./teamName.js";

export function FollowUpsDue({ followUps, teams }: { followUps: MyFollowUp[]; teams: TeamRef[] }) {
  const locale = useLocale();
  const text = useStrings(FOLLOW_UPS_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const styles = useMyEncountersStyles();
  const dateOf = (f: MyFollowUp) => dateTime(f.startedAt, locale);
  return (
    <Section level={3} heading={text.heading} intro={text.intro} data-testid="follow-ups-due">
      {followUps.length === 0 ? (
        <p className={styles.muted}>{text.none}</p>
      ) : (
        <RecordTable<MyFollowUp>
          caption={text.caption}
          rows={followUps}
          rowKey={(f) => f.encounterId}
          columns={[
            { key: "date", header: common.colEncounter, render: dateOf },
            { key: "team", header: common.colTeam, render: (f) => teamNameOf(teams, f.teamKey) ?? common.noTeam },
            { key: "due", header: text.colDue, render: (f) => longDate(f.dueDate, locale) },
            {
              key: "state",
              header: text.colState,
              render: (f) => (
                <span className={f.pastDue ? styles.late : undefined}>{f.pastDue ? text.pastDue : text.due}</span>
              ),
            },
            {
              key: "chat",
              header: common.colMeeting,
              render: (f) => <MeetingChatLink href={f.chatLink} date={dateOf(f)} />,
            },
          ]}
        />
      )}
    </Section>
  );
}
