/** The configuration route (/config) or the content page, as the place the tab was opened in allows. */
import type { ReactNode } from "react";
import type { LaunchParams } from "../../host/launchParams.js";
import { useSession } from "../../hooks/useSession.js";
import { useTeam } from "../../hooks/teamConfigContext.js";
import { useView } from "../../hooks/useView.js";
import { AppShell } from "../AppShell/AppShell.js";
import { ChatNote } from "../ChatNote/ChatNote.js";
import { ConflictBar } from "../ConflictBar/ConflictBar.js";
import { ContentNav, ContentSection } from "../ContentPage/ContentPage.js";
import { LazySection } from "../LazySection/LazySection.js";
import { loadSection } from "../LazySection/loadSection.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { NotInstalledNote } from "../NotInstalledNote/NotInstalledNote.js";
import { TeamAccessNote } from "../TeamAccessNote/TeamAccessNote.js";

// Pages other than the matrix are chunks of their own, fetched only where the tab shows them.
const ConfigPage = loadSection(() => import("../ConfigPage/ConfigPage.js"), "ConfigPage");
const MeetingContent = loadSection(() => import("../MeetingTeam/MeetingContent.js"), "MeetingContent");
const MyTeamsPage = loadSection(() => import("../MyTeamsPage/MyTeamsPage.js"), "MyTeamsPage");
const MyEncountersPage = loadSection(() => import("../MyEncountersPage/MyEncountersPage.js"), "MyEncountersPage");

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
  if (isConfigRoute())
    return shell(
      <LazySection>
        <ConfigPage requestedView={params.view} />
      </LazySection>,
    );
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
      return shell(
        <LazySection>
          <MeetingContent meetingId={place.meetingId} />
        </LazySection>,
      );
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
          <LazySection>
            <MyEncountersPage />
          </LazySection>
          <LazySection>
            <MyTeamsPage />
          </LazySection>
          <MatrixPage />
        </>,
      );
    default:
      return shell(<MatrixPage />);
  }
}
