/**
 * The configurable tab's configurationUrl (/config). In Teams: Teams' own Save button installs Balises
 * for the team (the installer becomes its first pilot) and saves the tab's URL with the chosen section;
 * reopening (canUpdateConfiguration) starts from the saved section. Outside Teams (dev identity) a button
 * does the same and opens the tab.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup } from "@fluentui/react-components";
import { teamPath } from "../../api/apiClient.js";
import { onConfigSave, setConfigValidity, viewFromEntityId } from "../../host/teamsConfig.js";
import { useSession } from "../../hooks/useSession.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { DEFAULT_VIEW_CHOICES, VIEW_LABELS, parseView, type View } from "../ContentPage/views.js";
import { errorText } from "../LoadError/LoadError.js";
import { useConfigPageStyles } from "./ConfigPage.styles.js";
import { CONFIG_PAGE_STRINGS } from "./ConfigPage.strings.js";

export function ConfigPage({ requestedView }: { requestedView?: string }) {
  const locale = useLocale();
  const styles = useConfigPageStyles();
  const text = useStrings(CONFIG_PAGE_STRINGS);
  const { host, api, teamKey } = useSession();
  const saved = host.kind === "teams" ? viewFromEntityId(host.context.page.id) : undefined;
  const [view, setView] = useState<View>(() => parseView(saved ?? requestedView));
  const viewRef = useRef(view);
  viewRef.current = view;
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const install = useCallback(async () => {
    if (!teamKey) throw new Error("no team key");
    await api.send("POST", teamPath(teamKey, "/install"));
  }, [api, teamKey]);

  useEffect(() => {
    if (host.kind !== "teams" || !teamKey) return;
    onConfigSave(() => ({ view: viewRef.current }), install, (e) => {
      setError(e);
      return errorText(e, locale, text.failed);
    });
    setConfigValidity(true);
  }, [host, teamKey, install, locale, text.failed]);

  const saveOutsideTeams = async () => {
    setBusy(true);
    try {
      await install();
      const url = new URL("/", window.location.origin);
      const current = new URLSearchParams(window.location.search);
      for (const key of ["team", "persona", "locale", "theme"]) if (current.get(key)) url.searchParams.set(key, current.get(key)!);
      url.searchParams.set("view", view);
      window.location.assign(url);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-labelledby="config-heading" data-testid="config-page">
      <h2 id="config-heading" className={styles.heading}>
        {text.heading}
      </h2>
      <p className={styles.text}>{text.intro}</p>
      {!teamKey && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{text.noTeam}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={text.defaultView}>
        <RadioGroup value={view} onChange={(_, data) => setView(parseView(data.value))}>
          {DEFAULT_VIEW_CHOICES.map((v) => (
            <Radio key={v} value={v} label={VIEW_LABELS[v][locale]} />
          ))}
        </RadioGroup>
      </Field>
      {host.kind === "teams" ? (
        <p className={styles.text}>{text.teamsSave}</p>
      ) : (
        <div>
          <Button appearance="primary" onClick={() => void saveOutsideTeams()} disabled={busy || !teamKey}>
            {text.devSave}
          </Button>
        </div>
      )}
      {error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline">
          <MessageBarBody>{errorText(error, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
