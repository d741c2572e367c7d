/**
 * Paramètres › who changed what and when (the append-only audit table). The service reads each entry as
 * sentences with names (`text`); until it does, the entry's paths and values show, people by name.
 */
import { Button, Spinner } from "@fluentui/react-components";
import { useAudit, type AuditEntry } from "../../hooks/useAudit.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { RecordTable, type Column } from "../RecordTable/RecordTable.js";
import { Section } from "../Section/Section.js";
import { dateTime } from "../shared/dates.js";
import { useLayoutStyles } from "../shared/layout.styles.js";
import { AUDIT_STRINGS } from "./AuditHistory.strings.js";
import { changeLine } from "./auditText.js";

export function AuditHistory() {
  const styles = useLayoutStyles();
  const text = useStrings(AUDIT_STRINGS);
  const { config } = useTeam();
  const audit = useAudit(`${config.view?.version ?? ""}|${config.view?.etag ?? ""}`);
  const columns = useAuditColumns(audit.items);
  return (
    <Section level={3} heading={text.heading} data-testid="audit-history">
      {audit.status === "loading" && audit.items.length === 0 && <Spinner size="small" />}
      {audit.status === "error" && <LoadError error={audit.error} />}
      {audit.status === "ready" && audit.items.length === 0 && <p className={styles.muted}>{text.none}</p>}
      {audit.items.length > 0 && (
        <RecordTable<AuditEntry>
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
    </Section>
  );
}

/** When every entry comes as sentences, they already say who did it: when and what only. */
function useAuditColumns(items: AuditEntry[]): Column<AuditEntry>[] {
  const locale = useLocale();
  const text = useStrings(AUDIT_STRINGS);
  const nameOf = usePersonName();
  const when: Column<AuditEntry> = { key: "at", header: text.when, render: (item) => dateTime(item.at, locale) };
  if (items.length > 0 && items.every((item) => item.text)) {
    return [when, { key: "what", header: text.what, render: (item) => <Lines lines={item.text?.[locale] ?? []} /> }];
  }
  const actionLabel = (action: string) => (action in AUDIT_STRINGS ? text[action as keyof typeof text] : action);
  return [
    when,
    { key: "by", header: text.who, render: (item) => nameOf(item.by) },
    { key: "action", header: text.action, render: (item) => actionLabel(item.action) },
    {
      key: "changes",
      header: text.changes,
      render: (item) => <Lines lines={item.text?.[locale] ?? item.changes.map((c) => changeLine(c, text, nameOf))} />,
    },
  ];
}

function Lines({ lines }: { lines: string[] }) {
  const styles = useLayoutStyles();
  return (
    <ul className={styles.compactList}>
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}
