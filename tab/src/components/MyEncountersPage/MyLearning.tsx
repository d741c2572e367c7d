/**
 * A learner's side of « Mes rencontres » (003 §9.3, §9.4): where they stand in each team that registered them
 * (observations, the students' threshold, the residents' designation), and their own parts, by whom, newest first.
 */
import { counted } from "@shared/i18n/plural.js";
import { needsDesignation, LEARNER_ROLE_LABELS } from "@shared/domain/learners.js";
import { PARTICIPATION_LABELS } from "@shared/domain/supervision.js";
import type { MyPart, MyStanding, TeamRef } from "../../api/types.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime, longDay } from "../shared/dates.js";
import { MeetingChatLink } from "./MeetingChatLink.js";
import { LEARNING_STRINGS, MY_ENCOUNTERS_STRINGS, OBSERVED, TELECONSULTATIONS } from "./MyEncountersPage.strings.js";
import { useMyEncountersStyles } from "./MyEncountersPage.styles.js";
import { teamNameOf } from "./teamName.js";

interface LearningProps {
  parts: MyPart[];
  standings: MyStanding[];
  teams: TeamRef[];
}

export function MyLearning({ parts, standings, teams }: LearningProps) {
  const text = useStrings(LEARNING_STRINGS);
  const styles = useMyEncountersStyles();
  return (
    <Section level={3} heading={text.heading} intro={text.intro} data-testid="my-learning">
      {standings.length > 0 && (
        <ul className={styles.list} data-testid="my-standings">
          {standings.map((s) => (
            <Standing key={s.teamKey} standing={s} teams={teams} />
          ))}
        </ul>
      )}
      {parts.length === 0 ? <p className={styles.muted}>{text.none}</p> : <PartsTable parts={parts} teams={teams} />}
    </Section>
  );
}

function Standing({ standing, teams }: { standing: MyStanding; teams: TeamRef[] }) {
  const locale = useLocale();
  const text = useStrings(LEARNING_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const summary = format(text.standing, {
    team: teamNameOf(teams, standing.teamKey) ?? common.noTeam,
    role: LEARNER_ROLE_LABELS[standing.role][locale],
    observations: counted(standing.observations, OBSERVED, locale),
  });
  const threshold =
    standing.threshold === undefined
      ? ""
      : format(standing.thresholdMet ? text.thresholdMet : text.thresholdNotMet, {
          threshold: counted(standing.threshold, TELECONSULTATIONS, locale),
        });
  const designation = !needsDesignation(standing.role)
    ? ""
    : standing.designatedSince
      ? format(text.designated, { date: longDay(standing.designatedSince, locale) })
      : text.notDesignated;
  return <li>{[summary, threshold, designation].filter(Boolean).join(" ")}</li>;
}

function PartsTable({ parts, teams }: { parts: MyPart[]; teams: TeamRef[] }) {
  const locale = useLocale();
  const text = useStrings(LEARNING_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const nameOf = usePersonName();
  const dateOf = (p: MyPart) => dateTime(p.startedAt, locale);
  return (
    <RecordTable<MyPart>
      caption={text.caption}
      rows={parts}
      rowKey={(p) => p.encounterId}
      columns={[
        { key: "date", header: common.colEncounter, render: dateOf },
        { key: "team", header: common.colTeam, render: (p) => teamNameOf(teams, p.teamKey) ?? common.noTeam },
        { key: "part", header: text.colPart, render: (p) => PARTICIPATION_LABELS[p.participation][locale] },
        { key: "with", header: text.colWith, render: (p) => nameOf(p.clinicianId) },
        {
          key: "chat",
          header: common.colMeeting,
          render: (p) => <MeetingChatLink href={p.chatLink} date={dateOf(p)} />,
        },
      ]}
    />
  );
}
