import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout shared by the configuration sections (corridor, contingency, interpreters…), inside a Section. */
export const useLayoutStyles = makeStyles({
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  /** A secondary line of text: "nothing yet", a hint under a list. */
  muted: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "80ch" },
  form: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 280px), 1fr))",
    alignItems: "start",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  full: { gridColumn: "1 / -1" },
  narrow: { maxWidth: "320px" },
  inlineRow: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM },
  /** A picker with its label and hint, its button under it. */
  pickerForm: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalS },
  compactList: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  /**
   * A button beside labelled fields aligned by their tops: a label's height down, level with the inputs whatever
   * each field says under its own (a hint, an error).
   */
  levelWithInputs: { marginTop: `calc(${tokens.lineHeightBase300} + ${tokens.spacingVerticalXXS})` },
});
