/** Matrice des modalités: the team's §2.3 table (pilots edit it), its legend and the recommendation helper. */
import { Spinner } from "@fluentui/react-components";
import { useBaseline } from "../../hooks/useApiData.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { LazySection } from "../LazySection/LazySection.js";
import { loadSection } from "../LazySection/loadSection.js";
import { LoadError } from "../LoadError/LoadError.js";
import { MatrixLegend } from "../MatrixLegend/MatrixLegend.js";
import { MatrixTable } from "../MatrixTable/MatrixTable.js";
import { Section } from "../Section/Section.js";
import { useMatrixPageStyles } from "./MatrixPage.styles.js";
import { MATRIX_PAGE_STRINGS } from "./MatrixPage.strings.js";

// The table and legend come first; the helper's form and its date arithmetic (luxon) follow as their own chunk.
const RecommendationHelper = loadSection(
  () => import("../RecommendationHelper/RecommendationHelper.js"),
  "RecommendationHelper",
);

// Only pilots edit: their editor is a chunk of its own, and the read-only table stands in until it arrives.
const PilotMatrix = loadSection(() => import("./PilotMatrix.js"), "PilotMatrix");

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
  const readOnly = <MatrixTable matrix={matrix} caption={text.caption} differences={team?.differences} />;
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
        <LazySection fallback={readOnly}>
          <PilotMatrix team={team} baseline={baseline.data} caption={text.caption} />
        </LazySection>
      ) : (
        readOnly
      )}
      <MatrixLegend baseline={baseline.data} />
      <hr className={styles.divider} />
      <LazySection>
        <RecommendationHelper matrix={matrix} source={team ? "team" : "baseline"} validCorridor={team?.validCorridor} />
      </LazySection>
    </Section>
  );
}
