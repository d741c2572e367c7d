/**
 * Encounters of the last MY_ENCOUNTERS_DAYS days (as « Mes rencontres ») that still have no team, each attached to
 * one of the user's teams (PUT /encounters/{id}/team).
 */
import { useState } from "react";
import { Button, Select, Spinner } from "@fluentui/react-components";
import type { EncountersWithoutTeam as Pending, TeamRef } from "../../api/types.js";
import { useAsync } from "../../hooks/useAsync.js";
import { useSession } from "../../hooks/useSession.js";
import { MY_ENCOUNTERS_DAYS } from "@shared/domain/myEncounters.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ActionOutcome } from "../ActionOutcome/ActionOutcome.js";
import { LoadError } from "../LoadError/LoadError.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime } from "../shared/dates.js";
import { useMyTeamsStyles } from "./MyTeamsPage.styles.js";
import { MY_TEAMS_STRINGS } from "./MyTeamsPage.strings.js";

type Item = Pending["items"][number];
type LinkAction = (item: Item, team: TeamRef) => Promise<void>;

export function EncountersWithoutTeam() {
  const locale = useLocale();
  const text = useStrings(MY_TEAMS_STRINGS);
  const styles = useMyTeamsStyles();
  const { api, identityKey } = useSession();
  const pending = useAsync(
    async () => (await api.get<Pending>("/me/encounters-without-team")).data,
    `without-team|${identityKey}`,
  );
  const [linked, setLinked] = useState<string[]>([]);
  const [notice, setNotice] = useState("");
  const [failure, setFailure] = useState<unknown>();

  const link = async (item: Item, team: TeamRef) => {
    setFailure(undefined);
    try {
      await api.send("PUT", `/encounters/${encodeURIComponent(item.encounterId)}/team`, { teamKey: team.groupId });
      setLinked((ids) => [...ids, item.encounterId]);
      setNotice(format(text.linked, { date: dateTime(item.startedAt, locale), name: team.name }));
    } catch (e) {
      setFailure(e);
    }
  };

  const items = pending.status === "ready" ? pending.data.items.filter((i) => !linked.includes(i.encounterId)) : [];
  return (
    <Section
      level={3}
      heading={text.pendingHeading}
      intro={format(text.pendingIntro, { days: MY_ENCOUNTERS_DAYS })}
      data-testid="encounters-without-team"
    >
      {pending.status === "loading" && <Spinner size="small" />}
      {pending.status === "error" && <LoadError error={pending.error} onRetry={pending.reload} />}
      {pending.status === "ready" && items.length === 0 && <p className={styles.muted}>{text.pendingNone}</p>}
      {pending.status === "ready" && items.length > 0 && (
        <PendingTable items={items} choices={pending.data.choices} onLink={link} />
      )}
      <ActionOutcome failure={failure} fallback={text.failed} notice={notice} noticeClassName={styles.status} />
    </Section>
  );
}

function PendingTable({ items, choices, onLink }: { items: Item[]; choices: TeamRef[]; onLink: LinkAction }) {
  const locale = useLocale();
  const text = useStrings(MY_TEAMS_STRINGS);
  return (
    <RecordTable<Item>
      caption={text.pendingCaption}
      rows={items}
      rowKey={(i) => i.encounterId}
      columns={[
        { key: "date", header: text.colDate, render: (i) => dateTime(i.startedAt, locale) },
        { key: "status", header: text.colStatus, render: (i) => (i.status === "closed" ? text.closed : text.open) },
        {
          key: "team",
          header: text.colTeam,
          render: (i) => <LinkControl item={i} choices={choices} onLink={onLink} />,
        },
      ]}
    />
  );
}

function LinkControl({ item, choices, onLink }: { item: Item; choices: TeamRef[]; onLink: LinkAction }) {
  const locale = useLocale();
  const text = useStrings(MY_TEAMS_STRINGS);
  const styles = useMyTeamsStyles();
  const [choice, setChoice] = useState(choices[0]?.groupId ?? "");
  const [busy, setBusy] = useState(false);
  if (choices.length === 0) return <>{text.none}</>;
  const date = dateTime(item.startedAt, locale);
  const team = choices.find((t) => t.groupId === choice);
  return (
    <div className={styles.row}>
      <Select aria-label={format(text.teamOf, { date })} value={choice} onChange={(_, d) => setChoice(d.value)}>
        {choices.map((t) => (
          <option key={t.groupId} value={t.groupId}>
            {t.name}
          </option>
        ))}
      </Select>
      <Button
        aria-label={format(text.linkLabel, { date })}
        disabled={!team}
        disabledFocusable={busy}
        onClick={() => {
          if (!team) return;
          setBusy(true);
          void onLink(item, team).finally(() => setBusy(false));
        }}
      >
        {text.link}
      </Button>
    </div>
  );
}
