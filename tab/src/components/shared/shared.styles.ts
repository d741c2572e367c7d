import { makeStyles, type GriffelStyle } from "@fluentui/react-components";

/** Read by assistive technology, not shown. */
export const VISUALLY_HIDDEN: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: "0",
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: "0",
};

export const useSharedStyles = makeStyles({
  visuallyHidden: VISUALLY_HIDDEN,
  /** A phone number is dialled as a whole: never « 819 555- » on one line and « 0199 » on the next. */
  phoneNumber: { whiteSpace: "nowrap" },
});
