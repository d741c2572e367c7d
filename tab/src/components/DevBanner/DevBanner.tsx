/** Outside Teams with the service's dev identity on: say so loudly, and let the developer pick a persona (name, role, id). */
import { Field, MessageBar, MessageBarBody, MessageBarTitle, Select } from "@fluentui/react-components";
import type { Persona } from "../../host/devIdentity.js";
import { useLocale, useStrings } from "../../i18n/localeContext.js";
import { useDevBannerStyles } from "./DevBanner.styles.js";
import { DEV_BANNER_STRINGS } from "./DevBanner.strings.js";

export interface DevBannerProps {
  personas: Persona[];
  persona: string;
  onPersonaChange: (id: string) => void;
}

export function DevBanner({ personas, persona, onPersonaChange }: DevBannerProps) {
  const text = useStrings(DEV_BANNER_STRINGS);
  const styles = useDevBannerStyles();
  const locale = useLocale();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="dev-banner">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
        <Field label={text.persona} className={styles.field}>
          <Select
            value={persona}
            onChange={(_, data) => onPersonaChange(data.value)}
            data-testid="persona-picker"
            className={styles.actions}
          >
            {personas.map((p) => (
              <option key={p.id} value={p.id}>
                {p.role ? `${p.name} — ${p.role[locale]} (${p.id})` : `${p.name} (${p.id})`}
              </option>
            ))}
          </Select>
        </Field>
      </MessageBarBody>
    </MessageBar>
  );
}
