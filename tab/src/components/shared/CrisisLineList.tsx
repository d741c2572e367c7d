/** Crisis lines as the patient reads them (bot/src/domain/crisisResources.ts crisisLines): « name : phone », one a line. */
import type { CrisisResource } from "@shared/domain/teamConfig.js";
import { crisisLines } from "@shared/domain/crisisResources.js";
import { useLocale } from "../../i18n/localeContext.js";
import { colon } from "./dates.js";
import { PhoneNumber } from "./PhoneNumber.js";

export function CrisisLineList(props: { resources: readonly CrisisResource[]; className?: string; label?: string }) {
  const locale = useLocale();
  return (
    <ul className={props.className} aria-label={props.label}>
      {crisisLines(props.resources, locale).map((line, i) => (
        // A team may list a line the patient also gets by default (9-1-1 typed again): the place tells them apart.
        <li key={`${i}|${line.name}|${line.phone}`}>
          {`${line.name}${colon(locale)}`}
          <PhoneNumber number={line.phone} />
        </li>
      ))}
    </ul>
  );
}
