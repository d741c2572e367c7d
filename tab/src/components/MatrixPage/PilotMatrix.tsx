/** A pilot's matrix: the §2.3 table with editable cells, and the team's own situations. */
import type { TeamConfiguration } from "@shared/domain/teamConfig.js";
import type { Baseline, TeamConfigView } from "../../api/types.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { LocalSituations } from "../LocalSituations/LocalSituations.js";
import { MatrixEditor } from "../MatrixEditor/MatrixEditor.js";

const pickMatrix = (c: TeamConfiguration) => c.matrix;
const putMatrix = (c: TeamConfiguration, matrix: TeamConfiguration["matrix"]) => ({ ...c, matrix });

export function PilotMatrix({
  team,
  baseline,
  caption,
}: {
  team: TeamConfigView;
  baseline: Baseline;
  caption: string;
}) {
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
