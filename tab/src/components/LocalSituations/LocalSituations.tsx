/** Pilots add or remove the team's own situations (e.g. CHSLD, 003 §8.9); everyone sees them in the matrix. */
import { Button } from "@fluentui/react-components";
import type { LocalSituation, MatrixAdjustments } from "@shared/domain/teamConfig.js";
import type { ConfigEditor } from "../../hooks/useConfigEditor.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { Section } from "../Section/Section.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { LocalSituationForm } from "./LocalSituationForm.js";
import { useLocalSituationsStyles } from "./LocalSituations.styles.js";
import { LOCAL_SITUATION_STRINGS } from "./LocalSituations.strings.js";

export interface LocalSituationsProps {
  editor: ConfigEditor<MatrixAdjustments>;
  /** Every situation id of the matrix: a new one's id must differ. */
  takenIds: string[];
}

export function LocalSituations({ editor, takenIds }: LocalSituationsProps) {
  const styles = useLocalSituationsStyles();
  const text = useStrings(LOCAL_SITUATION_STRINGS);
  const situations = editor.draft.localSituations;
  // A removed situation takes its cell adjustments with it.
  const remove = (id: string) => {
    const cells = editor.draft.cells.filter((c) => c.situationId !== id);
    void editor.save({ cells, localSituations: situations.filter((s) => s.id !== id) });
  };
  return (
    <Section level={3} heading={text.heading} intro={text.intro} className={styles.root}>
      <LocalSituationList situations={situations} onRemove={remove} />
      <LocalSituationForm editor={editor} takenIds={takenIds} />
    </Section>
  );
}

function LocalSituationList({
  situations,
  onRemove,
}: {
  situations: LocalSituation[];
  onRemove: (id: string) => void;
}) {
  const locale = useLocale();
  const layout = useLayoutStyles();
  const styles = useLocalSituationsStyles();
  const text = useStrings(LOCAL_SITUATION_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  if (situations.length === 0) return <p className={layout.muted}>{text.none}</p>;
  return (
    <ul className={styles.list}>
      {situations.map((s) => (
        <li key={s.id} className={styles.item}>
          <span>{s.label[locale]}</span>
          <Button
            size="small"
            onClick={() => onRemove(s.id)}
            aria-label={format(text.removeLabel, { label: s.label[locale] })}
          >
            {common.remove}
          </Button>
        </li>
      ))}
    </ul>
  );
}
