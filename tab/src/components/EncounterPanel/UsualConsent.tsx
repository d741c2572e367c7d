/**
 * The clinician's usual consent choices (domain/consentPreferences.ts), each said in full, to confirm with the
 * person in one click — or to change in the form first. Nothing of it is recorded until they confirm; what they
 * confirm is recorded as if they had ticked each (Orientations MSSS §1.1, §1.3.1, §1.3.5, §1.3.7).
 */
import { Button } from "@fluentui/react-components";
import { CONSENT_METHOD_LABELS, IDENTITY_LABELS, IN_PERSON_OFFER_LABELS } from "@shared/domain/consentLabels.js";
import type { ConsentBody } from "../../api/types.js";
import { format, useLocale, useStrings } from "../../i18n/localeContext.js";
import { CONSENT_PART_STRINGS } from "./ConsentPart.strings.js";
import { useEncounterPanelStyles } from "./EncounterPanel.styles.js";

interface UsualConsentProps {
  usual: ConsentBody;
  busy: boolean;
  onConfirm: () => void;
  onChange: () => void;
}

export function UsualConsent({ usual, busy, onConfirm, onChange }: UsualConsentProps) {
  const locale = useLocale();
  const text = useStrings(CONSENT_PART_STRINGS);
  const styles = useEncounterPanelStyles();
  const items = [
    usual.method && format(text.usualMethod, { method: CONSENT_METHOD_LABELS[usual.method][locale] }),
    usual.scopeSession && format(text.usualScope, { scope: text.scopeSession }),
    usual.scopeInformationSharing && format(text.usualScope, { scope: text.scopeSharing }),
    format(text.usualIdentity, { kind: IDENTITY_LABELS[usual.identityDocumentKind][locale] }),
    usual.limitsExplained && text.limitsExplained,
    usual.inPersonOffer && format(text.usualInPerson, { answer: IN_PERSON_OFFER_LABELS[usual.inPersonOffer][locale] }),
  ].filter((item): item is string => typeof item === "string" && item !== "");
  return (
    <div className={styles.form} data-testid="usual-consent">
      <p className={styles.text}>{text.usualIntro}</p>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={busy} onClick={onConfirm}>
          {text.usualConfirm}
        </Button>
        <Button disabledFocusable={busy} onClick={onChange}>
          {text.usualChange}
        </Button>
      </div>
    </div>
  );
}
