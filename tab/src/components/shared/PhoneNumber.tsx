/** A phone number kept on one line. */
import { useSharedStyles } from "./shared.styles.js";

export function PhoneNumber({ number }: { number: string }) {
  return <span className={useSharedStyles().phoneNumber}>{number}</span>;
}
