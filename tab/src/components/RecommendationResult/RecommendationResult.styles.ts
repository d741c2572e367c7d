import { makeStyles, tokens } from "@fluentui/react-components";

export const useResultStyles = makeStyles({
  root: {
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground1,
  },
  /** The result's title reads as large as the helper's. */
  heading: { fontSize: tokens.fontSizeBase500 },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  ruledOut: { color: tokens.colorNeutralForeground2, textDecorationLine: "line-through" },
  ruledOutNote: { color: tokens.colorNeutralForeground2 },
  followUp: {
    margin: 0,
    fontWeight: tokens.fontWeightSemibold,
    padding: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  citation: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  placeholder: { margin: 0, color: tokens.colorNeutralForeground2 },
});
