import { makeStyles, tokens } from "@fluentui/react-components";

export const useLearnersStyles = makeStyles({
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "90ch" },
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 260px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  /** The registration form's title, across the form's grid. */
  formHeading: {
    gridColumn: "1 / -1",
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  inline: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  warning: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  /** A refusal that names no field, across the form's grid. */
  alert: { gridColumn: "1 / -1", color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  compactList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});
