/**
 * The way back to an encounter's meeting chat (the API's Teams deep link). Inside Teams, Teams opens it in
 * place; outside (the dev identity), it opens in a new window, where Teams on the web takes over.
 */
import { Link } from "@fluentui/react-components";
import { openInTeams } from "../../host/teamsHost.js";
import { useSession } from "../../hooks/useSession.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { MY_ENCOUNTERS_STRINGS } from "./MyEncountersPage.strings.js";

export function MeetingChatLink({ href, date }: { href: string | undefined; date: string }) {
  const text = useStrings(MY_ENCOUNTERS_STRINGS);
  const { host } = useSession();
  if (!href) return <>{text.noChat}</>;
  return (
    <Link
      href={href}
      target="_blank"
      rel="noreferrer"
      aria-label={format(text.chatLabel, { date })}
      onClick={(event) => {
        if (host.kind !== "teams") return;
        event.preventDefault();
        // A host that will not open it (an old client) still lets the person go there in a window.
        openInTeams(href).catch(() => window.open(href, "_blank", "noreferrer"));
      }}
    >
      {text.chat}
    </Link>
  );
}
