/** The team's contingency plan as everyone who is not a pilot reads it. */
import { regionLabel } from "@shared/domain/quebecRegions.js";
import type { ContingencyDefaults, CrisisResource } from "@shared/domain/teamConfig.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { PhoneNumber } from "../shared/PhoneNumber.js";
import { CONTINGENCY_STRINGS } from "./ContingencySection.strings.js";
import { PatientLines } from "./PatientLines.js";

export function ContingencyView({ contingency }: { contingency: ContingencyDefaults }) {
  const text = useStrings(CONTINGENCY_STRINGS);
  const columns = (["region", "name", "phone", "notes"] as const).map((key) => ({
    key,
    header: text[key],
    render: (r: CrisisResource) => (key === "phone" ? <PhoneNumber number={r.phone} /> : (r[key] ?? "")),
  }));
  return (
    <>
      <dl>
        <dt>{text.callbackDelay}</dt>
        <dd>{format(text.minutes, { n: contingency.callbackDelayMinutes })}</dd>
        <dt>{text.defaultRegion}</dt>
        <dd>{contingency.defaultRegionCode ? regionLabel(contingency.defaultRegionCode) : text.defaultRegionNone}</dd>
        <dt>{text.bridgeText}</dt>
        <dd>{contingency.bridgeText || text.bridgeNone}</dd>
      </dl>
      <RecordTable caption={text.resources} columns={columns} rows={contingency.crisisResources} rowKey={(r) => r.id} />
      <PatientLines resources={contingency.crisisResources} />
    </>
  );
}
