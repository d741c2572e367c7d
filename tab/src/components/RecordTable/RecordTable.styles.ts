import { makeStyles, tokens } from "@fluentui/react-components";
import { VISUALLY_HIDDEN } from "../shared/shared.styles.js";

/**
 * Narrower than this (a phone, the meeting's side panel), each row is a block of « header value » lines: five
 * columns side by side left the last ones — the actions — out of sight behind a sideways scroll.
 */
const NARROW = "@media (max-width: 599px)";

export const useRecordTableStyles = makeStyles({
  scroller: { overflowX: "auto" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    color: tokens.colorNeutralForeground1,
    fontSize: tokens.fontSizeBase300,
    [NARROW]: { display: "block" },
  },
  caption: {
    captionSide: "top",
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalS,
    [NARROW]: { display: "block" },
  },
  /** The column headers: shown above the columns when wide; when narrow, each cell carries its own. */
  head: { [NARROW]: VISUALLY_HIDDEN },
  body: { [NARROW]: { display: "block" } },
  row: {
    [NARROW]: {
      display: "block",
      paddingBlock: tokens.spacingVerticalS,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
  },
  th: {
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  td: {
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [NARROW]: {
      display: "grid",
      gridTemplateColumns: "minmax(6em, 35%) minmax(0, 1fr)",
      gap: tokens.spacingHorizontalM,
      padding: `${tokens.spacingVerticalXXS} 0`,
      borderBottom: "none",
      overflowWrap: "anywhere",
    },
  },
  /** A cell's header beside its value, when narrow. */
  cellHeader: {
    display: "none",
    [NARROW]: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  },
});
