import { makeStyles, tokens } from "@fluentui/react-components";

export const useDevBannerStyles = makeStyles({
  // The personas' names and roles are long: the list takes the frame's width, never more (a 400 px side panel).
  actions: { width: "100%", maxWidth: "480px", minWidth: 0 },
  field: { marginTop: tokens.spacingVerticalXS, minWidth: 0, maxWidth: "100%" },
});
