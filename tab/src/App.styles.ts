import { makeStyles, tokens } from "@fluentui/react-components";

export const useAppStyles = makeStyles({
  provider: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  dark: { colorScheme: "dark" },
  boot: { paddingTop: tokens.spacingVerticalXXXL },
});
