import { makeStyles } from "@fluentui/react-components";

export const useContentPageStyles = makeStyles({
  tabs: { flexWrap: "wrap" },
});
