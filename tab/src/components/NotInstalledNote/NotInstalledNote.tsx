/** A team nobody has configured yet runs on the MSSS defaults; configuring the tab makes one a pilot. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useStrings } from "../../i18n/localeContext.js";

const STRINGS = {
  title: { "fr-CA": "Valeurs par défaut du MSSS", en: "MSSS defaults" },
  body: {
    "fr-CA":
      "Aucun pilote n'a encore configuré Balises pour cette équipe. La personne qui configure l'onglet (Paramètres de l'onglet dans Teams) en devient pilote clinique.",
    en: "No pilot has configured Balises for this team yet. Whoever configures the tab (tab settings in Teams) becomes its clinical pilot.",
  },
};

export function NotInstalledNote() {
  const { config } = useTeam();
  const text = useStrings(STRINGS);
  if (!config.view?.isDefault) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="not-installed">
      <MessageBarBody>
        <MessageBarTitle>{text.title}</MessageBarTitle>
        {text.body}
      </MessageBarBody>
    </MessageBar>
  );
}
