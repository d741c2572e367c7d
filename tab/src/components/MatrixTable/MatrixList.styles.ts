import { makeStyles, tokens } from "@fluentui/react-components";

/** One column that wraps: nothing wider than a 280 px panel. */
export const useMatrixListStyles = makeStyles({
  root: {
    minWidth: 0,
    overflowWrap: "anywhere",
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  caption: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  situations: { margin: 0, padding: 0, listStyleType: "none" },
  situation: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  label: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  note: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  badge: { marginTop: tokens.spacingVerticalXS },
  ratings: { margin: `${tokens.spacingVerticalXS} 0 0`, display: "grid", gap: tokens.spacingVerticalXS },
  rating: { display: "flex", flexDirection: "column", padding: `${tokens.spacingVerticalXXS} 0` },
  adjusted: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    boxShadow: `inset ${tokens.strokeWidthThicker} 0 0 ${tokens.colorStatusWarningBorderActive}`,
    paddingInlineStart: tokens.spacingHorizontalS,
  },
  modality: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
});
