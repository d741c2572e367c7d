import { makeStyles, tokens } from "@fluentui/react-components";

export const useLocalSituationsStyles = makeStyles({
  /** Tighter than a Section's default: the part under the matrix. */
  root: { gap: tokens.spacingVerticalM },
  list: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalXL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 260px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  actions: { gridColumn: "1 / -1" },
});
