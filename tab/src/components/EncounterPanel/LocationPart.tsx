/**
 * Where the patient is for this visit (004; Orientations MSSS §3): the administrative region and whether they can
 * speak confidentially there — never an address. The team's region is preselected for the clinician to check; the
 * confidentiality answer is the confirm button they click, never assumed (the service refuses an empty one).
 */
import { useId } from "react";
import { Button, Field } from "@fluentui/react-components";
import { regionLabel } from "@shared/domain/quebecRegions.js";
import type { EncounterPanel, LocationBody } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { useDraft } from "../../hooks/useDraft.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { dateTime } from "../shared/dates.js";
import { RegionSelect } from "../RegionSelect/RegionSelect.js";
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
      <ActionFailure error={failureOf(state.failure, ["location"])} fields={["regionCode"]} />
    </Section>
  );
}

function LocationForm({ panel, state }: { panel: EncounterPanel; state: EncounterPanelState }) {
  const locale = useLocale();
  const text = useStrings(LOCATION_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { location, planRev, defaultRegionCode } = panel;
  // Nothing confirmed yet: the team's region is the likely one; the clinician checks it with the person.
  const preselected = !location && defaultRegionCode !== null;
  const source = { regionCode: location?.regionCode ?? defaultRegionCode ?? "" } as Pick<LocationBody, "regionCode">;
  const draft = useDraft(source, `${panel.id}:${planRev}`, state.resetKey("location"));
  const error = (path: string) => fieldError(state.failure, "location", path, locale);
  // Each answer to "can they speak confidentially?" is its own confirm button: one click, and nothing assumed.
  const confirm = (confidential: LocationBody["confidential"]) =>
    void state.act("location", { planRev, regionCode: draft.value.regionCode, confidential } satisfies LocationBody);
  const busy = state.busy !== undefined;
  const confidentialId = useId();
  return (
    <PanelForm label={text.formLabel} onSubmit={() => undefined}>
      <Field
        label={text.region}
        hint={preselected ? text.teamRegion : undefined}
        validationMessage={error("regionCode")}
        required
      >
        <RegionSelect
          className={styles.select}
          value={draft.value.regionCode}
          emptyLabel={text.regionPlaceholder}
          onChange={(regionCode) => draft.set({ regionCode })}
        />
      </Field>
      <p className={styles.text} id={confidentialId}>
        {text.confidential}
      </p>
      <div className={styles.actions} role="group" aria-labelledby={confidentialId}>
        <Button appearance="primary" disabledFocusable={busy} onClick={() => confirm("yes")}>
          {text.confirmConfidential}
        </Button>
        <Button disabledFocusable={busy} onClick={() => confirm("no")}>
          {text.confirmNotConfidential}
        </Button>
      </div>
    </PanelForm>
  );
}
