/** The configuration route (/config) or the content page, as the place the tab was opened in allows. */
import type { ReactNode } from "react";
import type { LaunchParams } from "../../host/launchParams.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useView } from "../../hooks/useView.js";
import { AppShell } from "../AppShell/AppShell.js";
import { ChatNote } from "../ChatNote/ChatNote.js";
import { ConfigPage } from "../ConfigPage/ConfigPage.js";
import { ConflictBar } from "../ConflictBar/ConflictBar.js";
import { ContentNav, ContentSection } from "../ContentPage/ContentPage.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { MeetingContent } from "../MeetingTeam/MeetingContent.js";
import { MyTeamsPage } from "../MyTeamsPage/MyTeamsPage.js";
import { NotInstalledNote } from "../NotInstalledNote/NotInstalledNote.js";
import { TeamAccessNote } from "../TeamAccessNote/TeamAccessNote.js";

/** The manifest's configurationUrl is https://<domain>/config. */
function isConfigRoute(): boolean {
  return window.location.pathname.replace(/\/+$/, "") === "/config";
}

export function PlaceContent({ params, banner }: { params: LaunchParams; banner: ReactNode }) {
  const { place } = useSession();
  const { me } = useTeam();
  const [view, setView] = useView(params.view);
  const shell = (children: ReactNode, nav?: ReactNode) => (
    <AppShell userName={me?.name} banner={banner} nav={nav}>
      {children}
    </AppShell>
  );
  if (isConfigRoute()) return shell(<ConfigPage requestedView={params.view} />);
  switch (place.kind) {
    case "team":
      return shell(
        <>
          <ConflictBar />
          <TeamAccessNote />
          <NotInstalledNote />
          <ContentSection view={view} />
        </>,
        <ContentNav view={view} onChange={setView} />,
      );
    case "meeting":
      return shell(<MeetingContent meetingId={place.meetingId} />);
    case "chat":
      return shell(
        <>
          <ChatNote />
          <MatrixPage />
        </>,
      );
    case "personal":
      return shell(
        <>
          <MyTeamsPage />
          <MatrixPage />
        </>,
      );
    default:
      return shell(<MatrixPage />);
  }
}
