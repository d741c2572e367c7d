/**
 * A phone number kept whole on its line: it may break only before its extension or a part in brackets
 * (« 514 555-0100 » / « poste 1234 », domain/freeText.ts), so that a long one still fits a 320 px panel.
 */
import { Fragment } from "react";
import { phoneNumberParts } from "@shared/domain/freeText.js";
import { useSharedStyles } from "./shared.styles.js";

export function PhoneNumber({ number }: { number: string }) {
  const whole = useSharedStyles().phoneNumber;
  const parts = phoneNumberParts(number);
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
