import { makeStyles } from "@fluentui/react-components";

export const usePersonPickerStyles = makeStyles({
  control: { minWidth: "260px", maxWidth: "100%" },
});
