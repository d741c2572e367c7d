/**
 * The configuration page in a team: choose the section the tab opens on; Save installs Balises for the
 * team (the installer becomes its first pilot if it has none), waiting while the service still learns
 * the team's roster, then saves the tab. Reopening (canUpdateConfiguration) starts from the saved section.
 */
import { useState } from "react";
import { Button, Field, MessageBar, MessageBarBody, Radio, RadioGroup, Spinner } from "@fluentui/react-components";
import { viewFromEntityId } from "../../host/teamsConfig.js";
import { useConfigSave } from "../../hooks/useConfigSave.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { errorText } from "../../i18n/errorText.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { VIEW_LABELS } from "../ContentPage/ContentPage.strings.js";
import { DEFAULT_VIEW_CHOICES, parseView, type View } from "../../hooks/useView.js";
import { TeamAccessNote } from "../TeamAccessNote/TeamAccessNote.js";
import { installWhenReady } from "./installWhenReady.js";
import { useConfigPageStyles } from "./ConfigPage.styles.js";
import { CONFIG_PAGE_STRINGS } from "./ConfigPage.strings.js";

export function TeamConfigPage({ groupId, requestedView }: { groupId: string; requestedView?: string }) {
  const locale = useLocale();
  const styles = useConfigPageStyles();
  const text = useStrings(CONFIG_PAGE_STRINGS);
  const { host, api } = useSession();
  const { config } = useTeam();
  const saved = host.kind === "teams" ? viewFromEntityId(host.context.page.id) : undefined;
  const [view, setView] = useState<View>(() => parseView(saved ?? requestedView));
  const [waiting, setWaiting] = useState(false);
  // Someone off the team's roster cannot install Balises there: the note says why, Save is off.
  const member = config.denied !== "notMember";

  const save = useConfigSave(
    view,
    member,
    async () => {
      setWaiting(false);
      try {
        await installWhenReady(api, groupId, {
          onWaiting: () => setWaiting(true),
          stillNotInstalled: CONFIG_PAGE_STRINGS.stillNotInstalled,
        });
      } finally {
        setWaiting(false);
      }
    },
    text.failed,
  );

  return (
    <>
      {!member && <TeamAccessNote retry={false} />}
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
          <Button appearance="primary" onClick={save.saveHere} disabled={!member} disabledFocusable={save.busy}>
            {text.devSave}
          </Button>
        </div>
      )}
      <div role="status" aria-live="polite" data-testid="install-status">
        {save.busy && <Spinner size="small" label={waiting ? text.waiting : text.installing} labelPosition="after" />}
      </div>
      {save.error !== undefined && (
        <MessageBar intent="error" role="alert" layout="multiline" data-testid="install-error">
          <MessageBarBody>{errorText(save.error, locale, text.failed)}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
