/** The team's corridors as cards (name, kind, how to reach…), with a pilot's edit and remove buttons. */
import { Button } from "@fluentui/react-components";
import type { ReferralCorridor } from "@shared/domain/teamConfig.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { EDITOR_STRINGS } from "../shared/editor.strings.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { useCorridorSectionStyles } from "./CorridorSection.styles.js";
import { CORRIDOR_FIELD_LABELS, CORRIDOR_KIND_LABELS, CORRIDOR_STRINGS } from "./CorridorSection.strings.js";

const DETAIL_FIELDS = ["contact", "address", "hours", "whoMayRefer", "conditions"] as const;

export interface CorridorActions {
  edit: (corridor: ReferralCorridor) => void;
  remove: (corridor: ReferralCorridor) => void;
}

export function CorridorList({ corridors, actions }: { corridors: ReferralCorridor[]; actions?: CorridorActions }) {
  const layout = useLayoutStyles();
  const styles = useCorridorSectionStyles();
  const text = useStrings(CORRIDOR_STRINGS);
  if (corridors.length === 0) return <p className={layout.muted}>{text.none}</p>;
  return (
    <ul className={styles.list} aria-label={text.list}>
      {corridors.map((corridor) => (
        <CorridorCard key={corridor.id} corridor={corridor} actions={actions} />
      ))}
    </ul>
  );
}

function CorridorCard(props: { corridor: ReferralCorridor; actions?: CorridorActions }) {
  const { corridor, actions } = props;
  const locale = useLocale();
  const styles = useCorridorSectionStyles();
  const text = useStrings(CORRIDOR_STRINGS);
  const common = useStrings(EDITOR_STRINGS);
  return (
    <li className={styles.card} data-corridor={corridor.id}>
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
      {actions && (
        <div className={styles.actions}>
          <Button
            size="small"
            onClick={() => actions.edit(corridor)}
            aria-label={format(text.editLabel, { name: corridor.name })}
          >
            {common.edit}
          </Button>
          <Button
            size="small"
            onClick={() => actions.remove(corridor)}
            aria-label={format(text.removeLabel, { name: corridor.name })}
          >
            {common.remove}
          </Button>
        </div>
      )}
    </li>
  );
}
