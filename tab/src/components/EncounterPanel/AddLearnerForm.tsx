/** A learner's part in the encounter, the learner chosen by name from the team's roster (PersonPicker). */
import { useState } from "react";
import { Button } from "@fluentui/react-components";
import { PARTICIPATIONS, PARTICIPATION_LABELS, type Participation } from "@shared/domain/supervision.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { useStrings } from "../../i18n/localeContext.js";
import { PersonPicker } from "../PersonPicker/PersonPicker.js";
import { CodeSelect } from "./CodeSelect.js";
import { PanelForm } from "./PanelForm.js";
import { LEARNERS_PART_STRINGS } from "./LearnersPart.strings.js";

/** §9.3: a student takes part from their training site; unknown unless said. */
const SITE_ANSWERS = ["", "yes", "no"] as const;
type Site = (typeof SITE_ANSWERS)[number];
const SITE_LABELS = {
  "": LEARNERS_PART_STRINGS.siteUnknown,
  yes: LEARNERS_PART_STRINGS.siteYes,
  no: LEARNERS_PART_STRINGS.siteNo,
};

export function AddLearnerForm({ state }: { state: EncounterPanelState }) {
  const text = useStrings(LEARNERS_PART_STRINGS);
  const [learner, setLearner] = useState<string>();
  const [participation, setParticipation] = useState<Participation>("observed");
  const [site, setSite] = useState<Site>("");
  const [missing, setMissing] = useState(false);
  // A new picker after each addition starts empty.
  const [pickerKey, setPickerKey] = useState(0);
  const add = async () => {
    setMissing(!learner);
    if (!learner) return;
    const body = { participation, ...(site ? { atTrainingSite: site === "yes" } : {}) };
    if (await state.send("learners", "PUT", `/learners/${encodeURIComponent(learner)}`, body)) {
      setLearner(undefined);
      setPickerKey((k) => k + 1);
    }
  };
  return (
    <PanelForm label={text.formLabel} onSubmit={() => void add()}>
      <PersonPicker
        key={pickerKey}
        label={text.learner}
        value={learner}
        onChange={setLearner}
        required
        validationMessage={missing && !learner ? text.chooseLearner : undefined}
      />
      <CodeSelect
        label={text.participation}
        value={participation}
        codes={PARTICIPATIONS}
        labels={PARTICIPATION_LABELS}
        onChange={setParticipation}
      />
      <CodeSelect
        label={text.atTrainingSite}
        value={site}
        codes={SITE_ANSWERS}
        labels={SITE_LABELS}
        onChange={setSite}
      />
      <Button type="submit" disabledFocusable={state.busy !== undefined}>
        {text.add}
      </Button>
    </PanelForm>
  );
}
