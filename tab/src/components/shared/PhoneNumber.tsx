/**
 * A phone number kept whole on its line: it may break only before its extension or a number in brackets
 * (« 514 555-0100 » / « poste 1234 »), so that a long one still fits a 320 px panel.
 */
import { Fragment } from "react";
import { useSharedStyles } from "./shared.styles.js";

export function PhoneNumber({ number }: { number: string }) {
  const whole = useSharedStyles().phoneNumber;
  const parts = number.split(/ (?=poste |ext\.? |x\d|\()/i);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && " "}
          <span className={whole}>{part}</span>
        </Fragment>
      ))}
    </>
  );
}
