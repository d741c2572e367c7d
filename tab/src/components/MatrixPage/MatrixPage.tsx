/** Matrice des modalités: the team's §2.3 table (pilots edit it), its legend and the recommendation helper. */
import { Spinner } from "@fluentui/react-components";
import type { TeamConfiguration } from "@shared/domain/teamConfig.js";
import type { Baseline, TeamConfigView } from "../../api/types.js";
import { useBaseline } from "../../hooks/useApiData.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { LocalSituations } from "../LocalSituations/LocalSituations.js";
import { MatrixEditor } from "../MatrixEditor/MatrixEditor.js";
import { MatrixLegend } from "../MatrixLegend/MatrixLegend.js";
import { MatrixTable } from "../MatrixTable/MatrixTable.js";
import { RecommendationHelper } from "../RecommendationHelper/RecommendationHelper.js";
import { Section } from "../Section/Section.js";
import { useMatrixPageStyles } from "./MatrixPage.styles.js";
import { MATRIX_PAGE_STRINGS } from "./MatrixPage.strings.js";

const pickMatrix = (c: TeamConfiguration) => c.matrix;
const putMatrix = (c: TeamConfiguration, matrix: TeamConfiguration["matrix"]) => ({ ...c, matrix });

export function MatrixPage() {
  const styles = useMatrixPageStyles();
  const text = useStrings(MATRIX_PAGE_STRINGS);
  const baseline = useBaseline();
  const { config, canEdit } = useTeam();
  const { place } = useSession();

  if (baseline.status === "loading" || config.status === "loading") return <Spinner label={text.loading} />;
  if (baseline.status === "error") return <LoadError error={baseline.error} onRetry={baseline.reload} />;

  const team = config.status === "ready" ? config.view : undefined;
  const matrix = team?.matrix ?? baseline.data.matrix;
  return (
    <Section
      wide
      heading={text.heading}
      intro={team ? text.intro : place.kind === "none" ? text.baselineOnly : text.baselineElsewhere}
      className={styles.root}
      data-testid="matrix-page"
    >
      {/* A team out of reach (not installed, not a member) is explained above the page; the baseline stays. */}
      {config.status === "error" && !config.denied && <LoadError error={config.error} onRetry={config.reload} />}
      {team && canEdit ? (
        <PilotMatrix team={team} baseline={baseline.data} caption={text.caption} />
      ) : (
        <MatrixTable matrix={matrix} caption={text.caption} differences={team?.differences} />
      )}
      <MatrixLegend baseline={baseline.data} />
      <hr className={styles.divider} />
      <RecommendationHelper matrix={matrix} validCorridor={team?.validCorridor} />
    </Section>
  );
}

function PilotMatrix({ team, baseline, caption }: { team: TeamConfigView; baseline: Baseline; caption: string }) {
  const cells = useConfigEditor(pickMatrix, putMatrix);
  const local = useConfigEditor(pickMatrix, putMatrix);
  return (
    <>
      <MatrixEditor
        matrix={team.matrix}
        baseline={baseline.matrix}
        differences={team.differences}
        caption={caption}
        editor={cells}
      />
      <LocalSituations editor={local} takenIds={team.matrix.situations.map((s) => s.id)} />
    </>
  );
}
