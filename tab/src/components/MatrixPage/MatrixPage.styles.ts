import { makeStyles, tokens } from "@fluentui/react-components";

export const useMatrixPageStyles = makeStyles({
  /** More air than a Section's default between the table, its legend and the helper. */
  root: { gap: tokens.spacingVerticalXL },
  divider: { margin: 0, border: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
});
