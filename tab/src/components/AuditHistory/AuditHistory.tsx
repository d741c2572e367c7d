/** Paramètres › who changed what and when (the append-only audit table). */
import { Button, Spinner } from "@fluentui/react-components";
import type { AuditChange, AuditItem } from "../../api/types.js";
import { useAudit } from "../../hooks/useAudit.js";
import { usePersonName } from "../../hooks/usePersonName.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { RecordTable } from "../RecordTable/RecordTable.js";
import { dateTime } from "../shared/dates.js";
import { useSectionStyles } from "../shared/section.styles.js";
import { AUDIT_STRINGS } from "./AuditHistory.strings.js";

function shortValue(value: unknown, text: { omitted: string; empty: string }): string {
  if (value === undefined || value === null || value === "") return text.empty;
  if (typeof value === "object" && (value as { omitted?: boolean }).omitted) return text.omitted;
  const json = typeof value === "string" ? value : JSON.stringify(value);
  return json.length > 80 ? `${json.slice(0, 77)}…` : json;
}

export function AuditHistory() {
  const locale = useLocale();
  const styles = useSectionStyles();
  const text = useStrings(AUDIT_STRINGS);
  const { config } = useTeam();
  const nameOf = usePersonName();
  const audit = useAudit(`${config.view?.version ?? ""}|${config.view?.etag ?? ""}`);
  const actionLabel = (action: string) => (action in AUDIT_STRINGS ? text[action as keyof typeof AUDIT_STRINGS] : action);
  const change = (c: AuditChange) => `${c.path} : ${shortValue(c.before, text)} → ${shortValue(c.after, text)}`;

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
          columns={[
            { key: "at", header: text.when, render: (item) => dateTime(item.at, locale) },
            { key: "by", header: text.who, render: (item) => nameOf(item.by) },
            { key: "action", header: text.action, render: (item) => actionLabel(item.action) },
            {
              key: "changes",
              header: text.changes,
              render: (item) => (
                <ul className={styles.compactList}>
                  {item.changes.map((c, i) => (
                    <li key={i}>{change(c)}</li>
                  ))}
                </ul>
              ),
            },
          ]}
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
