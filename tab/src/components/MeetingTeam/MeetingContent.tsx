/**
 * The tab in a meeting (meeting tab, side panel): the meeting's team with its Change control, the encounter's
 * control surface for its clinicians (a chunk of its own), then the matrix — that team's, read-only, when the
 * user may read it; the MSSS baseline otherwise.
 */
import { useMemo } from "react";
import { SessionContext, useSession, type Session } from "../../hooks/useSession.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { TeamScope } from "../SignedIn/TeamScope.js";
import { MeetingTeamCard } from "./MeetingTeamCard.js";
import { useMeetingTeam } from "../../hooks/useMeetingTeam.js";
import { LazySection } from "../LazySection/LazySection.js";
import { loadSection } from "../LazySection/loadSection.js";

const EncounterPanel = loadSection(() => import("../EncounterPanel/EncounterPanel.js"), "EncounterPanel");

export function MeetingContent({ meetingId }: { meetingId: string }) {
  const session = useSession();
  const meeting = useMeetingTeam(meetingId);
  const groupId = meeting.view?.team?.groupId;
  const teamSession = useMemo<Session | undefined>(
    () => (groupId ? { ...session, teamKey: groupId } : undefined),
    [session, groupId],
  );
  return (
    <>
      <MeetingTeamCard meeting={meeting} variant="banner" />
      <LazySection>
        <EncounterPanel meetingId={meetingId} />
      </LazySection>
      {meeting.status === "loading" ? null : teamSession ? (
        <SessionContext.Provider value={teamSession}>
          <TeamScope readOnly key={groupId}>
            <MatrixPage />
          </TeamScope>
        </SessionContext.Provider>
      ) : (
        <MatrixPage />
      )}
    </>
  );
}
