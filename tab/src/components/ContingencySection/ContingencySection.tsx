/** Contingence (003 §3): callback delay, phone bridge, crisis resources by region. Pilots edit. */
import type { ContingencyDefaults, TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { Section } from "../Section/Section.js";
import { cleanRecord } from "../shared/cleanRecord.js";
import { ContingencyForm } from "./ContingencyForm.js";
import { ContingencyView } from "./ContingencyView.js";
import { CONTINGENCY_STRINGS } from "./ContingencySection.strings.js";

const pick = (c: TeamConfiguration) => c.contingency;
const put = (c: TeamConfiguration, contingency: ContingencyDefaults): TeamConfiguration => ({
  ...c,
  contingency: {
    ...contingency,
    bridgeText: contingency.bridgeText.trim(),
    crisisResources: contingency.crisisResources.map((r) => cleanRecord(r, ["notes"])),
  },
});

export function ContingencySection() {
  const text = useStrings(CONTINGENCY_STRINGS);
  const { canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  return (
    <Section heading={text.heading} intro={text.intro} data-testid="contingency-section">
      {canEdit ? (
        <ContingencyForm editor={editor} />
      ) : (
        <>
          <ReadOnlyNote />
          <ContingencyView contingency={editor.draft} />
        </>
      )}
    </Section>
  );
}
