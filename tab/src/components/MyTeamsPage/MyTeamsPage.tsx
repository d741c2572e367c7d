/**
 * The personal tab's "Mes équipes": the user's teams where Balises is installed and the team of their
 * private meetings (saved with PUT /me/preferred-team). Their encounters, those still without a team
 * included, are « Mes rencontres » (MyEncountersPage), above.
 */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, Field, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import type { MyTeams } from "../../api/types.js";
import { useAsync } from "../../hooks/useAsync.js";
import { useSession } from "../../hooks/useSession.js";
import { errorText } from "../../i18n/errorText.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { Section } from "../Section/Section.js";
import { useMyTeamsStyles } from "./MyTeamsPage.styles.js";
import { MY_TEAMS_STRINGS } from "./MyTeamsPage.strings.js";

export function MyTeamsPage() {
  const text = useStrings(MY_TEAMS_STRINGS);
  const { api, identityKey } = useSession();
  const teams = useAsync(async () => (await api.get<MyTeams>("/me/teams")).data, `my-teams|${identityKey}`);
  return (
    <Section heading={text.heading} intro={text.intro} data-testid="my-teams">
      {teams.status === "loading" && <Spinner size="small" label={text.loading} />}
      {teams.status === "error" && <LoadError error={teams.error} onRetry={teams.reload} />}
      {teams.status === "ready" && teams.data.items.length === 0 && (
        <MessageBar intent="info" layout="multiline" data-testid="my-teams-none">
          <MessageBarBody>{text.none}</MessageBarBody>
        </MessageBar>
      )}
      {/* One team: it is always the private meetings' (domain/teams.ts assignTeam); there is nothing to choose. */}
      {teams.status === "ready" && teams.data.items.length === 1 && (
        <p data-testid="only-team">{format(text.onlyTeam, { name: teams.data.items[0]?.name ?? "" })}</p>
      )}
      {teams.status === "ready" && teams.data.items.length > 1 && (
        <PreferredTeamForm teams={teams.data} key={teams.data.preferred ?? ""} />
      )}
    </Section>
  );
}

function PreferredTeamForm({ teams }: { teams: MyTeams }) {
  const locale = useLocale();
  const text = useStrings(MY_TEAMS_STRINGS);
  const styles = useMyTeamsStyles();
  const { api } = useSession();
  const [saved, setSaved] = useState(teams.preferred);
  const [choice, setChoice] = useState(teams.preferred ?? "");
  const [state, setState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; error: unknown }>({
    kind: "idle",
  });

  const save = async () => {
    setState({ kind: "saving" });
    try {
      const { data } = await api.send<MyTeams>("PUT", "/me/preferred-team", { teamKey: choice });
      setSaved(data.preferred);
      setState({ kind: "saved" });
    } catch (error) {
      setState({ kind: "error", error });
    }
  };
  const savedName = teams.items.find((t) => t.groupId === saved)?.name ?? "";

  return (
    <form
      className={styles.form}
      aria-label={text.preferred}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Field label={text.preferred} hint={saved ? undefined : text.noneChosen}>
        <RadioGroup value={choice} onChange={(_, d) => setChoice(d.value)} data-testid="preferred-team">
          {teams.items.map((t) => (
            <Radio key={t.groupId} value={t.groupId} label={t.name} />
          ))}
        </RadioGroup>
      </Field>
      <div className={styles.row}>
        <Button
          type="submit"
          appearance="primary"
          disabledFocusable={!choice || choice === saved || state.kind === "saving"}
        >
          {text.save}
        </Button>
        <span role="status" aria-live="polite" className={styles.status}>
          {state.kind === "saved" && savedName ? format(text.saved, { name: savedName }) : ""}
        </span>
      </div>
      {state.kind === "error" && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(state.error, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
    </form>
  );
}
