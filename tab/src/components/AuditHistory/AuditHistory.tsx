/**
 * Paramètres › who changed what and when (the append-only audit table). The service reads each entry as
 * sentences with names (`text`); until it does, the entry's paths and values show, people by name.
 */
import { Button, Spinner } from "@fluentui/react-components";
import type { AuditItem } from "../../api/types.js";
import { useAudit } from "../../hooks/useAudit.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { RecordTable, type Column } from "../RecordTable/RecordTable.js";
import { dateTime } from "../shared/dates.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { AUDIT_STRINGS } from "./AuditHistory.strings.js";
import { changeLine } from "./auditText.js";

export function AuditHistory() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(AUDIT_STRINGS);
  const { config } = useTeam();
  const nameOf = usePersonName();
  const audit = useAudit(`${config.view?.version ?? ""}|${config.view?.etag ?? ""}`);
  const actionLabel = (action: string) =>
    action in AUDIT_STRINGS ? text[action as keyof typeof AUDIT_STRINGS] : action;
  const list = (lines: string[]) => (
    <ul className={styles.compactList}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
  const when: Column<AuditItem> = { key: "at", header: text.when, render: (item) => dateTime(item.at, locale) };
  // Sentences already say who did it.
  const narrated = audit.items.length > 0 && audit.items.every((item) => item.text);
  const columns: Column<AuditItem>[] = narrated
    ? [when, { key: "what", header: text.what, render: (item) => list(item.text![locale]) }]
    : [
        when,
        { key: "by", header: text.who, render: (item) => nameOf(item.by) },
        { key: "action", header: text.action, render: (item) => actionLabel(item.action) },
        {
          key: "changes",
          header: text.changes,
          render: (item) => list(item.text?.[locale] ?? item.changes.map((c) => changeLine(c, text, nameOf))),
        },
      ];

  return (
    <section className={styles.root} aria-labelledby="audit-heading" data-testid="audit-history">
      <h3 id="audit-heading" className={styles.subheading}>
        {text.heading}
      </h3>
      {audit.status === "loading" && <Spinner size="small" />}
      {audit.status === "error" && <LoadError error={audit.error} />}
      {audit.status === "ready" && audit.items.length === 0 && <p className={styles.intro}>{text.none}</p>}
      {audit.items.length > 0 && (
        <RecordTable<AuditItem>
          caption={text.caption}
          rowKey={(item, i) => `${item.at}-${i}`}
          rows={audit.items}
          columns={columns}
        />
      )}
      {audit.more && (
        <div>
          <Button onClick={audit.loadMore}>{text.more}</Button>
        </div>
      )}
    </section>
  );
}
