/**
 * The crisis lines as the patient reads them on the contingency plan (bot/src/domain/crisisResources.ts): the
 * list a pilot edits is not the whole of it — 9-1-1 comes first and the suicide-prevention lines are there even
 * when the list leaves them out — so the section shows the result, not only the list.
 */
import type { CrisisResource } from "@shared/domain/teamConfig.js";
import { crisisResourcesShown } from "@shared/domain/crisisResources.js";
import { useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { CrisisLineList } from "../shared/CrisisLineList.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { CONTINGENCY_STRINGS } from "./ContingencySection.strings.js";

export function PatientLines({ resources }: { resources: readonly CrisisResource[] }) {
  const styles = useLayoutStyles();
  const text = useStrings(CONTINGENCY_STRINGS);
  // Rows still being typed are left out of the preview; the save refuses them at their fields.
  const complete = resources.filter((r) => r.name.trim() !== "" && r.phone.trim() !== "");
  return (
    <Section
      level={3}
      heading={text.patientLines}
      headingClassName={styles.subheading}
      intro={text.patientLinesHint}
      data-testid="patient-lines"
    >
      <CrisisLineList resources={crisisResourcesShown(complete)} />
    </Section>
  );
}
