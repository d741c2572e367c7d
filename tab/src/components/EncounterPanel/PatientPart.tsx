/**
 * The patient and the service, answered in one click each (saved at once): whether the service needs both to be
 * present — an exam (Orientations MSSS §5; the regulation's condition 2) — and whether this is a new patient, which
 * sets the in-person follow-up date (§2.3: one month if vulnerable, three otherwise), then whether that follow-up
 * was offered (it is then no longer due). While an answer is saved the others wait, without being disabled: a
 * disabled control drops the keyboard focus to the page.
 */
import { useState } from "react";
import {
  Checkbox,
  Field,
  Radio,
  RadioGroup,
  type CheckboxOnChangeData,
  type RadioGroupOnChangeData,
} from "@fluentui/react-components";
import type { EncounterPanel, PhysicalPresenceBody } from "../../api/types.js";
import type { EncounterPanelState } from "../../hooks/useEncounterPanel.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { longDate } from "../shared/dates.js";
import { Section } from "../Section/Section.js";
import { waitWhileBusy } from "../shared/waitWhileBusy.js";
import { ActionFailure } from "./ActionFailure.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";
import { PATIENT_PART_STRINGS } from "./PatientPart.strings.js";
import { failureOf } from "./panelFeedback.js";

type NewPatient = "known" | "new" | "vulnerable";
type Presence = "toConfirm" | "no" | "yes";

interface PartProps {
  panel: EncounterPanel;
  state: EncounterPanelState;
}

/** The answer clicked shows at once, while it is being saved; then the record's. */
function useClicked<T extends object>() {
  const [clicked, setClicked] = useState<Partial<T>>({});
  const answer = async (change: Partial<T>, save: () => Promise<boolean>) => {
    setClicked(change);
    await save();
    setClicked({});
  };
  return { clicked, answer };
}

export function PatientPart({ panel, state }: PartProps) {
  const text = useStrings(PATIENT_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const { clicked, answer } = useClicked<{ presence: Presence }>();
  const recorded = panel.physicalPresenceRequired;
  const presence: Presence = recorded === null ? "toConfirm" : recorded ? "yes" : "no";
  const setPresence = (value: Presence) =>
    answer({ presence: value }, () =>
      state.act("physical-presence", {
        consentRev: panel.consentRev,
        required: value === "yes",
      } satisfies PhysicalPresenceBody),
    );
  return (
    <Section heading={text.heading} level={3} className={styles.part} data-testid="patient-part">
      <Field label={text.presence}>
        <RadioGroup
          value={clicked.presence ?? presence}
          {...waitWhileBusy(state.busy !== undefined, (_: unknown, d: RadioGroupOnChangeData) => {
            void setPresence(d.value as Presence);
          })}
        >
          {recorded === null && <Radio value="toConfirm" label={text.presenceToConfirm} />}
          <Radio value="no" label={text.presenceNo} />
          <Radio value="yes" label={text.presenceYes} />
        </RadioGroup>
      </Field>
      <NewPatientFields panel={panel} state={state} />
      <ActionFailure error={failureOf(state.failure, ["physical-presence", "new-patient", "follow-up-offered"])} />
    </Section>
  );
}

/** §2.3: a new patient, when their in-person follow-up is due, and whether it was offered. */
function NewPatientFields({ panel, state }: PartProps) {
  const locale = useLocale();
  const text = useStrings(PATIENT_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const busy = state.busy !== undefined;
  const { clicked, answer } = useClicked<{ newPatient: NewPatient; offered: boolean }>();
  const newPatient: NewPatient = panel.newPatient ? (panel.newPatient.vulnerable ? "vulnerable" : "new") : "known";
  const offered = panel.inPersonFollowUpOffered;
  const due = panel.inPersonFollowUpDue ? longDate(panel.inPersonFollowUpDue, locale) : "";
  const setNewPatient = (value: NewPatient) =>
    answer({ newPatient: value }, () =>
      value === "known"
        ? state.send("new-patient", "DELETE", "/new-patient")
        : state.send("new-patient", "PUT", "/new-patient", { vulnerable: value === "vulnerable" }),
    );
  const setOffered = (value: boolean) =>
    answer({ offered: value }, () => state.send("follow-up-offered", "PUT", "/follow-up-offered", { offered: value }));
  return (
    <>
      {/* §2.3: no new patient, no follow-up — said before the click that forgets the offer, not after. */}
      <Field label={text.newPatient} hint={offered !== null ? text.knownDropsOffer : undefined}>
        <RadioGroup
          value={clicked.newPatient ?? newPatient}
          {...waitWhileBusy(busy, (_: unknown, d: RadioGroupOnChangeData) => {
            void setNewPatient(d.value as NewPatient);
          })}
        >
          <Radio value="known" label={text.known} />
          <Radio value="new" label={text.newNotVulnerable} />
          <Radio value="vulnerable" label={text.newVulnerable} />
        </RadioGroup>
      </Field>
      {panel.inPersonFollowUpDue && (
        <>
          <p className={styles.text} data-testid={offered ? "follow-up-offered" : "follow-up-due"}>
            {offered
              ? format(text.followUpOfferedOn, { offered: longDate(offered, locale), date: due })
              : format(text.followUp, { date: due })}
          </p>
          <Checkbox
            checked={clicked.offered ?? offered !== null}
            label={text.followUpOffered}
            {...waitWhileBusy(busy, (_: unknown, d: CheckboxOnChangeData) => {
              void setOffered(d.checked === true);
            })}
          />
        </>
      )}
    </>
  );
}
