/** Liste de vérification: the team's profession profile (R-checklists) and its items with their source. */
import { Field, Radio, RadioGroup } from "@fluentui/react-components";
import { CHECKLIST_PROFILE_LABELS } from "@shared/domain/checklists.js";
import { CHECKLIST_PROFILES, type ChecklistProfile, type TeamConfiguration } from "@shared/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { Section } from "../Section/Section.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { CHECKLIST_STRINGS } from "./ChecklistSection.strings.js";
import { citeSource } from "@shared/domain/citation.js";

const pick = (c: TeamConfiguration) => c.checklistProfile;
const put = (c: TeamConfiguration, checklistProfile: ChecklistProfile) => ({ ...c, checklistProfile });

export function ChecklistSection() {
  const locale = useLocale();
  const styles = useLayoutStyles();
  const text = useStrings(CHECKLIST_STRINGS);
  const { config, canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const items = config.view?.checklist ?? [];

  return (
    <Section heading={text.heading} intro={text.intro} data-testid="checklist-section">
      {canEdit ? (
        <>
          <Field label={text.profile}>
            <RadioGroup value={editor.draft} onChange={(_, d) => editor.setDraft(d.value as ChecklistProfile)}>
              {CHECKLIST_PROFILES.map((p) => (
                <Radio key={p} value={p} label={CHECKLIST_PROFILE_LABELS[p][locale]} />
              ))}
            </RadioGroup>
          </Field>
          <SaveBar
            editor={editor}
            onSave={() => void editor.save()}
            onCancel={editor.dirty ? editor.discard : undefined}
            fieldErrors={editor.errorsUnder("checklistProfile")}
            listFieldErrors
          />
        </>
      ) : (
        <>
          <ReadOnlyNote />
          <p>{format(text.profileValue, { profile: CHECKLIST_PROFILE_LABELS[editor.draft][locale] })}</p>
        </>
      )}
      <h3 className={styles.subheading}>{text.items}</h3>
      {editor.dirty ? (
        <p className={styles.muted}>{text.unsaved}</p>
      ) : (
        <ol>
          {items.map((item) => (
            <li key={item.id}>
              {item.label[locale]} <span className={styles.muted}>({citeSource(item.source, locale)})</span>
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
