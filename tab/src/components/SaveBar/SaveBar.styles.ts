import { makeStyles, tokens } from "@fluentui/react-components";

export const useSaveBarStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
});
