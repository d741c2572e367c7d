/** §5 / §7: my share of telehealth for a period, against the 30–40 % reference; > 90 % and telehealth-only flagged. */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { SHARE_STATUS_LABELS } from "../../../../bot/src/domain/telehealthShare.js";
import { useAsync } from "../../hooks/useAsync.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { errorText, LoadError } from "../LoadError/LoadError.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { percent } from "./ActivityTotals.js";
import type { ShareView } from "./activityTypes.js";
import { SHARE_STRINGS } from "./SharePanel.strings.js";

const PERIOD = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

export function SharePanel({ defaultPeriod }: { defaultPeriod: string }) {
  const locale = useLocale();
  const text = useStrings(SHARE_STRINGS);
  const styles = useActivityStyles();
  const { api, identityKey } = useSession();
  const [period, setPeriod] = useState(defaultPeriod);
  const [count, setCount] = useState("");
  const [saveState, setSaveState] = useState<{ kind: "idle" | "saving" | "saved" } | { kind: "error"; error: unknown }>(
    { kind: "idle" },
  );
  const validPeriod = PERIOD.test(period);
  const share = useAsync(async () => {
    if (!validPeriod) return null;
    const { data } = await api.get<ShareView>(`/activity/share/${period}`);
    setCount(data.inPerson === null ? "" : String(data.inPerson));
    return data;
  }, `share|${identityKey}|${period}|${validPeriod}`);

  const save = async () => {
    const inPerson = Number(count);
    if (!/^\d+$/.test(count.trim())) {
      setSaveState({ kind: "error", error: undefined });
      return;
    }
    setSaveState({ kind: "saving" });
    try {
      await api.send<ShareView>("PUT", `/activity/share/${period}`, { inPerson });
      setSaveState({ kind: "saved" });
      share.reload();
    } catch (error) {
      setSaveState({ kind: "error", error });
    }
  };

  const data = share.status === "ready" ? share.data : null;
  const intent = !data?.status
    ? "info"
    : data.unacceptable
      ? "error"
      : data.status === "aboveReference"
        ? "warning"
        : "success";
  return (
    <section aria-labelledby="share-heading" data-testid="share-panel" className={styles.root}>
      <h3 id="share-heading" className={styles.subheading}>
        {text.heading}
      </h3>
      <p className={styles.intro}>{text.intro}</p>
      <form
        className={styles.filters}
        aria-label={text.heading}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <Field label={text.period} validationMessage={validPeriod ? undefined : text.badPeriod}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value.trim())} />
        </Field>
        <Field label={text.telehealth}>
          <Input value={data ? String(data.telehealth) : ""} readOnly />
        </Field>
        <Field
          label={text.inPerson}
          validationMessage={saveState.kind === "error" && saveState.error === undefined ? text.badCount : undefined}
        >
          <Input type="number" min={0} step={1} value={count} onChange={(_, d) => setCount(d.value)} />
        </Field>
        <Button type="submit" appearance="primary" disabled={!validPeriod || saveState.kind === "saving"}>
          {text.save}
        </Button>
      </form>
      {share.status === "loading" && <Spinner size="small" />}
      {share.status === "error" && <LoadError error={share.error} onRetry={share.reload} />}
      {saveState.kind === "error" && saveState.error !== undefined && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{errorText(saveState.error, locale, text.badCount)}</MessageBarBody>
        </MessageBar>
      )}
      {data && (
        <MessageBar
          intent={intent}
          layout="multiline"
          data-testid="share-status"
          data-status={data.status ?? "unknown"}
        >
          <MessageBarBody>
            {data.status === null
              ? text.notEntered
              : `${format(text.share, { share: percent(data.share, locale, "—") })} — ${SHARE_STATUS_LABELS[data.status][locale]} (${SHARE_STATUS_LABELS[data.status].source})`}
          </MessageBarBody>
        </MessageBar>
      )}
      <span role="status" aria-live="polite">
        {saveState.kind === "saved" ? text.saved : ""}
      </span>
    </section>
  );
}
