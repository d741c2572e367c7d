import { makeStyles, tokens } from "@fluentui/react-components";

/** The side panel is 280–320 px wide in Teams: one column, nothing wider than the panel, words wrap. */
export const useEncounterPanelStyles = makeStyles({
  root: { gap: tokens.spacingVerticalM, maxWidth: "720px", minWidth: 0, overflowWrap: "anywhere" },
  part: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  text: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  conditions: { margin: 0, padding: 0, listStyleType: "none", display: "grid", gap: tokens.spacingVerticalXS },
  condition: { display: "flex", flexDirection: "column" },
  met: { margin: 0, color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  notMet: { margin: 0, color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  pending: { margin: 0, color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  select: { minWidth: 0, maxWidth: "100%" },
});
