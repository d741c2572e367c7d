import { makeStyles, tokens } from "@fluentui/react-components";

export const useSectionStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  /** A page's section (level 2) keeps to a readable width; the parts inside it follow it. */
  page: { maxWidth: "960px" },
  wide: { maxWidth: "1200px" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "80ch" },
});
