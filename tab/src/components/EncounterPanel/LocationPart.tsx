/**
 * Where the patient is for this visit (004; Orientations MSSS §3): the administrative region and whether they can
 * speak confidentially there — never an address. Both are chosen, none assumed (the service refuses an empty one).
 */
import { Button, Field, Radio, RadioGroup, Select } from "@fluentui/react-components";
import { REGION_CODES, regionLabel } from "@shared/domain/quebecRegions.js";
import type { EncounterPanel, LocationBody } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { useDraft } from "../../hooks/useDraft.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { dateTime } from "../shared/dates.js";
import { Section } from "../Section/Section.js";
import { ActionFailure } from "./ActionFailure.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { PanelForm } from "./PanelForm.js";
import { LOCATION_PART_STRINGS } from "./LocationPart.strings.js";
import { failureOf, fieldError } from "./panelFeedback.js";

export function LocationPart({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(LOCATION_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { location } = panel;
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="location-part">
      <p className={location ? styles.met : styles.text} data-testid="location-status">
        {location
          ? format(text.recorded, {
              when: dateTime(location.recordedAt, locale),
              region: regionLabel(location.regionCode),
              confidential: location.confidential ? text.yes : text.no,
            })
          : text.none}
      </p>
      {location?.confidential === false && <p className={styles.notMet}>{text.notConfidential}</p>}
      <LocationForm panel={panel} state={state} />
      <ActionFailure error={failureOf(state.failure, ["location"])} />
    </Section>
  );
}

function LocationForm({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(LOCATION_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { location, planRev } = panel;
  const source: LocationBody = {
    planRev,
    regionCode: location?.regionCode ?? "",
    confidential: location ? (location.confidential ? "yes" : "no") : "",
  };
  const draft = useDraft(source, `${panel.id}:${planRev}`, state.resetKey("location"));
  const set = (change: Partial<LocationBody>) => draft.set({ ...draft.value, ...change });
  const error = (path: string) => fieldError(state.failure, "location", path, locale);
  return (
    <PanelForm label={text.formLabel} onSubmit={() => void state.act("location", draft.value)}>
      <Field label={text.region} validationMessage={error("regionCode")} required>
        <Select
          className={styles.select}
          value={draft.value.regionCode}
          onChange={(_, d) => set({ regionCode: d.value as LocationBody["regionCode"] })}
        >
          <option value="">{text.regionPlaceholder}</option>
          {REGION_CODES.map((code) => (
            <option key={code} value={code}>
              {regionLabel(code)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={text.confidential} validationMessage={error("confidential")} required>
        <RadioGroup
          layout="horizontal"
          value={draft.value.confidential}
          onChange={(_, d) => set({ confidential: d.value as LocationBody["confidential"] })}
        >
          <Radio value="yes" label={text.yes} />
          <Radio value="no" label={text.no} />
        </RadioGroup>
      </Field>
      <Button type="submit" appearance="primary" disabled={state.busy !== undefined}>
        {text.confirm}
      </Button>
    </PanelForm>
  );
}
