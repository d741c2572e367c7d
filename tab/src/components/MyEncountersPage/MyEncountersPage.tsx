/**
 * « Mes rencontres », the personal tab (issue 12): the user's own encounters across their teams (GET
 * /me/encounters) — the notes they still owe, the §2.3 follow-ups to offer, a learner's parts — and their
 * encounters still without a team. Its own chunk (LazySection), fetched only by the personal tab.
 */
import { Spinner } from "@fluentui/react-components";
import type { MyEncounters } from "../../api/types.js";
import { useAsync } from "../../hooks/useAsync.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { EncountersWithoutTeam } from "../MyTeamsPage/EncountersWithoutTeam.js";
import { Section } from "../Section/Section.js";
import { FollowUpsDue } from "./FollowUpsDue.js";
import { MyLearning } from "./MyLearning.js";
import { MY_ENCOUNTERS_STRINGS } from "./MyEncountersPage.strings.js";
import { NotesOwed } from "./NotesOwed.js";

export function MyEncountersPage() {
  const text = useStrings(MY_ENCOUNTERS_STRINGS);
  const { api, identityKey } = useSession();
  const mine = useAsync(
    async () => (await api.get<MyEncounters>("/me/encounters")).data,
    `my-encounters|${identityKey}`,
  );
  return (
    <Section
      heading={text.heading}
      intro={mine.status === "ready" ? format(text.intro, { days: mine.data.days }) : undefined}
      wide
      data-testid="my-encounters"
    >
      {mine.status === "loading" && <Spinner size="small" label={text.loading} />}
      {mine.status === "error" && <LoadError error={mine.error} onRetry={mine.reload} />}
      {mine.status === "ready" && (
        <>
          <NotesOwed notes={mine.data.notes} teams={mine.data.teams} />
          <FollowUpsDue followUps={mine.data.followUps} teams={mine.data.teams} />
          {(mine.data.parts.length > 0 || mine.data.standings.length > 0) && (
            <MyLearning parts={mine.data.parts} standings={mine.data.standings} teams={mine.data.teams} />
          )}
        </>
      )}
      <EncountersWithoutTeam />
    </Section>
  );
}
