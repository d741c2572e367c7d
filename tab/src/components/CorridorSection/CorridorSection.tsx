/** Corridor de référence (003 §4): the team's in-person referral mechanisms; pilots add, edit, remove. */
import { useState } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { ReferralCorridor, TeamConfiguration } from "../../../../bot/src/domain/teamConfig.js";
import { useConfigEditor } from "../../hooks/useConfigEditor.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { CorridorForm } from "../CorridorForm/CorridorForm.js";
import { ReadOnlyNote } from "../ReadOnlyNote/ReadOnlyNote.js";
import { SaveBar } from "../SaveBar/SaveBar.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { CORRIDOR_FIELD_LABELS, CORRIDOR_KIND_LABELS } from "./corridorText.js";
import { useCorridorSectionStyles } from "./CorridorSection.styles.js";
import { CORRIDOR_STRINGS } from "./CorridorSection.strings.js";

const pick = (c: TeamConfiguration) => c.corridors;
const put = (c: TeamConfiguration, corridors: ReferralCorridor[]) => ({ ...c, corridors });
const DETAIL_FIELDS = ["contact", "address", "hours", "whoMayRefer", "conditions"] as const;

function newCorridor(): ReferralCorridor {
  return { id: `c-${crypto.randomUUID()}`, name: "", kind: "sameClinic", contact: "" };
}

export function CorridorSection() {
  const locale = useLocale();
  const section = useSectionStyles();
  const styles = useCorridorSectionStyles();
  const text = useStrings(CORRIDOR_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  const { config, canEdit } = useTeam();
  const editor = useConfigEditor(pick, put);
  const [editing, setEditing] = useState<{ index: number; corridor: ReferralCorridor } | null>(null);
  const corridors = editor.draft;

  return (
    <section className={section.root} aria-labelledby="corridor-heading" data-testid="corridor-section">
      <h2 id="corridor-heading" className={section.heading}>
        {text.heading}
      </h2>
      <p className={section.intro}>{text.intro}</p>
      {config.view?.validCorridor === false && (
        <MessageBar intent="warning" layout="multiline" data-testid="no-corridor-warning">
          <MessageBarBody>
            <MessageBarTitle>{text.missing}</MessageBarTitle>
            {canEdit ? text.missingPilot : text.missingMember}
          </MessageBarBody>
        </MessageBar>
      )}
      {!canEdit && <ReadOnlyNote />}
      {corridors.length === 0 ? (
        <p className={section.intro}>{text.none}</p>
      ) : (
        <ul className={styles.list} aria-label={text.list}>
          {corridors.map((corridor, index) => (
            <li key={corridor.id} className={styles.card} data-corridor={corridor.id}>
              <h3 className={styles.name}>{corridor.name}</h3>
              <dl className={styles.details}>
                <div className={styles.pair}>
                  <dt className={styles.term}>{CORRIDOR_FIELD_LABELS.kind[locale]}</dt>
                  <dd className={styles.value}>{CORRIDOR_KIND_LABELS[corridor.kind][locale]}</dd>
                </div>
                {DETAIL_FIELDS.filter((f) => corridor[f]).map((field) => (
                  <div key={field} className={styles.pair}>
                    <dt className={styles.term}>{CORRIDOR_FIELD_LABELS[field][locale]}</dt>
                    <dd className={styles.value}>{corridor[field]}</dd>
                  </div>
                ))}
              </dl>
              {canEdit && editing === null && (
                <div className={styles.actions}>
                  <Button
                    size="small"
                    onClick={() => setEditing({ index, corridor })}
                    aria-label={format(text.editLabel, { name: corridor.name })}
                  >
                    {common.edit}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => void editor.save(corridors.filter((c) => c.id !== corridor.id))}
                    aria-label={format(text.removeLabel, { name: corridor.name })}
                  >
                    {common.remove}
                  </Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {canEdit && editing === null && (
        <div>
          <Button appearance="primary" onClick={() => setEditing({ index: corridors.length, corridor: newCorridor() })}>
            {text.add}
          </Button>
          <SaveBar
            editor={editor}
            onSave={() => undefined}
            statusOnly
            fieldErrors={editor.errorsUnder("corridors")}
            listFieldErrors
          />
        </div>
      )}
      {canEdit && editing !== null && (
        <CorridorForm
          editor={editor}
          index={editing.index}
          initial={editing.corridor}
          onDone={() => setEditing(null)}
        />
      )}
    </section>
  );
}
