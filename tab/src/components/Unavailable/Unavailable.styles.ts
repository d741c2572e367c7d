import { makeStyles, tokens } from "@fluentui/react-components";

export const useUnavailableStyles = makeStyles({
  root: {
    maxWidth: "640px",
    margin: `${tokens.spacingVerticalXXXL} auto`,
    padding: tokens.spacingHorizontalL,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase600, fontWeight: tokens.fontWeightSemibold },
});
