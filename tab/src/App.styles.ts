import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  /**
   * On a page inside the provider, not on the provider: Fluent gives portals (a combobox's list) a mount
   * node with the provider's classes, and a full-height one would cover the page.
   */
  page: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  dark: { colorScheme: "dark" },
  boot: { paddingTop: tokens.spacingVerticalXXXL },
});
