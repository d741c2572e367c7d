/**
 * The tab in a meeting (meeting tab, side panel): the meeting's team with its Change control, then the
 * matrix — that team's, read-only, when the user may read it; the MSSS baseline otherwise.
 */
import { useMemo } from "react";
import { SessionContext, useSession, type Session } from "../../hooks/useSession.js";
import { MatrixPage } from "../MatrixPage/MatrixPage.js";
import { TeamScope } from "../SignedIn/TeamScope.js";
import { MeetingTeamCard } from "./MeetingTeamCard.js";
import { useMeetingTeam } from "../../hooks/useMeetingTeam.js";

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
