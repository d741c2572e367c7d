/** §5 / §7: my share of telehealth for a period, against the 30–40 % reference; > 90 % and telehealth-only flagged. */
import { useState } from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Spinner } from "@fluentui/react-components";
import { SHARE_STATUS_LABELS } from "@shared/domain/telehealthShare.js";
import type { ShareView } from "../../api/types.js";
import { useTelehealthShare } from "../../hooks/useTelehealthShare.js";
import { errorText } from "../../i18n/errorText.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { Section } from "../Section/Section.js";
import { useActivityStyles } from "./ActivityPage.styles.js";
import { percent } from "./ActivityTotals.js";
import { SHARE_STRINGS } from "./SharePanel.strings.js";
import { citeSource } from "@shared/domain/citation.js";

export function SharePanel({ defaultPeriod }: { defaultPeriod: string }) {
  const locale = useLocale();
  const text = useStrings(SHARE_STRINGS);
  const styles = useActivityStyles();
  const [period, setPeriod] = useState(defaultPeriod);
  const { share, validPeriod, count, setCount, saveState, save } = useTelehealthShare(period);
  const data = share.status === "ready" ? share.data : null;
  const badCount = saveState.kind === "error" && saveState.error === undefined;
  return (
    <Section level={3} heading={text.heading} intro={text.intro} data-testid="share-panel">
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
        <Field label={text.inPerson} validationMessage={badCount ? text.badCount : undefined}>
          <Input type="number" min={0} step={1} value={count} onChange={(_, d) => setCount(d.value)} />
        </Field>
        <Button
          type="submit"
          appearance="primary"
          disabled={!validPeriod}
          disabledFocusable={saveState.kind === "saving"}
        >
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
      {data && <ShareStatus share={data} />}
      <span role="status" aria-live="polite">
        {saveState.kind === "saved" ? text.saved : ""}
      </span>
    </Section>
  );
}

function ShareStatus({ share }: { share: ShareView }) {
  const locale = useLocale();
  const text = useStrings(SHARE_STRINGS);
  const intent =
    !share.status || share.status === "monthShare"
      ? "info"
      : share.unacceptable
        ? "error"
        : share.status === "aboveReference"
          ? "warning"
          : "success";
  return (
    <MessageBar intent={intent} layout="multiline" data-testid="share-status" data-status={share.status ?? "unknown"}>
      <MessageBarBody>
        {share.status === null
          ? text.notEntered
          : `${format(text.share, { share: percent(share.share, locale, "—") })} — ${SHARE_STATUS_LABELS[share.status][locale]} (${citeSource(SHARE_STATUS_LABELS[share.status].source, locale)})`}
      </MessageBarBody>
    </MessageBar>
  );
}
