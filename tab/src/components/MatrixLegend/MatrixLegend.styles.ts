import { makeStyles, tokens } from "@fluentui/react-components";

export const useMatrixLegendStyles = makeStyles({
  root: { gap: tokens.spacingVerticalS, color: tokens.colorNeutralForeground1 },
  list: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: "contents" },
  term: {
    fontWeight: tokens.fontWeightSemibold,
    letterSpacing: "0.1em",
  },
  description: { margin: 0 },
  definition: {
    margin: 0,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground2,
  },
  source: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
});
