import { makeStyles, tokens } from "@fluentui/react-components";

export const useConfigPageStyles = makeStyles({
  /** Teams shows the configuration page in a dialog: narrower than a content section. */
  root: { maxWidth: "720px" },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
});
