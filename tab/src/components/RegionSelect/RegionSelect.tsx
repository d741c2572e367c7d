/** A Québec administrative region to choose (004; Orientations MSSS §3), "" for none: "06 — Montréal", never an address. */
import { Select } from "@fluentui/react-components";
import { REGION_CODES, regionLabel, type RegionCode } from "@shared/domain/quebecRegions.js";

export interface RegionSelectProps {
  value: RegionCode | "";
  /** What "" reads as: nothing chosen yet, or no region. */
  emptyLabel: string;
  onChange: (code: RegionCode | "") => void;
  className?: string;
}

export function RegionSelect({ value, emptyLabel, onChange, className }: RegionSelectProps) {
  return (
    <Select className={className} value={value} onChange={(_, d) => onChange(d.value as RegionCode | "")}>
      <option value="">{emptyLabel}</option>
      {REGION_CODES.map((code) => (
        <option key={code} value={code}>
          {regionLabel(code)}
        </option>
      ))}
    </Select>
  );
}
