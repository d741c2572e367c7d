/**
 * 003 §2.3: the in-person follow-ups due for the user's new patients, those still to be offered first.
 * « Consigner comme offert » records that the clinician offered it (PUT /encounters/{id}/follow-up-offered): it is
 * then no longer due, and « Retirer la mention » takes a mistaken record back. A row keeps its place when its state
 * changes, and its button keeps the focus while the change is saved.
 */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import type { MyFollowUp, NewPatientAnswer, TeamRef } from "../../api/types.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ActionOutcome } from "../ActionOutcome/ActionOutcome.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime, longDate } from "../shared/dates.js";
import { MeetingChatLink } from "./MeetingChatLink.js";
import { FOLLOW_UPS_STRINGS, MY_ENCOUNTERS_STRINGS } from "./MyEncountersPage.strings.js";
import { useMyEncountersStyles } from "./MyEncountersPage.styles.js";
import { teamNameOf } from "./teamName.js";
import { useRowAction } from "./useRowAction.js";

export function FollowUpsDue({ followUps, teams }: { followUps: MyFollowUp[]; teams: TeamRef[] }) {
  const locale = useLocale();
  const text = useStrings(FOLLOW_UPS_STRINGS);
  const common = useStrings(MY_ENCOUNTERS_STRINGS);
  const styles = useMyEncountersStyles();
  const offers = useFollowUpOffers(followUps);
  const dateOf = (f: MyFollowUp) => dateTime(f.startedAt, locale);
  return (
    <Section level={3} heading={text.heading} intro={text.intro} data-testid="follow-ups-due">
      {offers.rows.length === 0 ? (
        <p className={styles.muted}>{text.none}</p>
      ) : (
        <RecordTable<MyFollowUp>
          caption={text.caption}
          rows={offers.rows}
          rowKey={(f) => f.encounterId}
          columns={[
            { key: "date", header: common.colEncounter, render: dateOf },
            { key: "team", header: common.colTeam, render: (f) => teamNameOf(teams, f.teamKey) ?? common.noTeam },
            { key: "due", header: text.colDue, render: (f) => longDate(f.dueDate, locale) },
            { key: "state", header: text.colState, render: (f) => <FollowUpState followUp={f} /> },
            {
              key: "chat",
              header: common.colMeeting,
              render: (f) => <MeetingChatLink href={f.chatLink} date={dateOf(f)} />,
            },
            {
              key: "actions",
              header: text.colActions,
              render: (f) => <OfferAction followUp={f} busy={offers.busy} onSet={offers.setOffered} />,
            },
          ]}
        />
      )}
      <ActionOutcome
        failure={offers.failure}
        fallback={common.failed}
        notice={offers.notice}
        noticeClassName={styles.status}
      />
    </Section>
  );
}

/** The rows with the server's answer for each one changed here (the list itself is read once), and the change. */
function useFollowUpOffers(followUps: MyFollowUp[]) {
  const locale = useLocale();
  const text = useStrings(FOLLOW_UPS_STRINGS);
  const { api } = useSession();
  const [answers, setAnswers] = useState<Record<string, NewPatientAnswer>>({});
  const { busy, notice, failure, run } = useRowAction();
  const rows = followUps.map((f): MyFollowUp => {
    const answer = answers[f.encounterId];
    if (!answer) return f;
    const { offeredOn: _before, ...rest } = f;
    const offeredOn = answer.inPersonFollowUpOffered ?? undefined;
    return {
      ...rest,
      ...(offeredOn ? { offeredOn } : {}),
      dueDate: answer.inPersonFollowUpDue ?? f.dueDate,
      pastDue: answer.inPersonFollowUpPastDue ?? false,
    };
  });
  const setOffered = (f: MyFollowUp, offered: boolean) =>
    run(`offered|${f.encounterId}`, async () => {
      const path = `/encounters/${encodeURIComponent(f.encounterId)}/follow-up-offered`;
      const { data } = await api.send<NewPatientAnswer>("PUT", path, { offered });
      setAnswers((all) => ({ ...all, [f.encounterId]: data }));
      return format(offered ? text.offeredNotice : text.undoneNotice, { date: dateTime(f.startedAt, locale) });
    });
  return { rows, busy, notice, failure, setOffered };
}

interface OfferActionProps {
  followUp: MyFollowUp;
  busy: boolean;
  onSet: (followUp: MyFollowUp, offered: boolean) => void;
}

/** « Consigner comme offert », or « Retirer la mention » once recorded; focusable while busy, so focus stays. */
function OfferAction({ followUp, busy, onSet }: OfferActionProps) {
  const locale = useLocale();
  const text = useStrings(FOLLOW_UPS_STRINGS);
  const date = dateTime(followUp.startedAt, locale);
  return followUp.offeredOn ? (
    <Button
      disabledFocusable={busy}
      aria-label={format(text.undoLabel, { date })}
      onClick={() => onSet(followUp, false)}
    >
      {text.undo}
    </Button>
  ) : (
    <Button
      appearance="primary"
      disabledFocusable={busy}
      aria-label={format(text.offerLabel, { date })}
      onClick={() => onSet(followUp, true)}
    >
      {text.offer}
    </Button>
  );
}

function FollowUpState({ followUp }: { followUp: MyFollowUp }) {
  const locale = useLocale();
  const text = useStrings(FOLLOW_UPS_STRINGS);
  const styles = useMyEncountersStyles();
  if (followUp.offeredOn) return <span>{format(text.offered, { date: longDate(followUp.offeredOn, locale) })}</span>;
  return (
    <span className={followUp.pastDue ? styles.late : undefined}>{followUp.pastDue ? text.pastDue : text.due}</span>
  );
}
