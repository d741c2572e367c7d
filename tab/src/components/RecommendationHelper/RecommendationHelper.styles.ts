import { makeStyles, tokens } from "@fluentui/react-components";

export const useHelperStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 360px), 1fr))",
    gap: tokens.spacingHorizontalXXL,
    alignItems: "start",
  },
  /** The helper's Section, in the first column of the grid. */
  column: { minWidth: 0, gap: tokens.spacingVerticalM },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  nested: {
    marginInlineStart: tokens.spacingHorizontalXXL,
  },
  select: { minWidth: 0, maxWidth: "100%" },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});
