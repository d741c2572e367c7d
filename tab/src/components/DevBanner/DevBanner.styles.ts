import { makeStyles, tokens } from "@fluentui/react-components";

export const useDevBannerStyles = makeStyles({
  actions: { width: "480px", maxWidth: "100%" },
  field: { marginTop: tokens.spacingVerticalXS },
});
