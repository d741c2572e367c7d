import { makeStyles, tokens } from "@fluentui/react-components";

export const useMeetingTeamStyles = makeStyles({
  root: { gap: tokens.spacingVerticalM, maxWidth: "720px" },
  banner: {
    gap: tokens.spacingVerticalS,
    maxWidth: "none",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  line: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  bannerHeading: { fontSize: tokens.fontSizeBase400 },
  team: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  select: { minWidth: "240px" },
});
