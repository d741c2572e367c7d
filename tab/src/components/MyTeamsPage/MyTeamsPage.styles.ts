import { makeStyles, tokens } from "@fluentui/react-components";

export const useMyTeamsStyles = makeStyles({
  muted: { margin: 0, color: tokens.colorNeutralForeground2, maxWidth: "80ch" },
  form: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  status: { color: tokens.colorNeutralForeground2 },
});
