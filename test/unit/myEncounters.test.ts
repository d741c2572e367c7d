/**
 * « Mes rencontres » (issue 12), the rules of what a person's own list holds (seed 003): notes open or overdue
 * (§1.1, §8.8), §2.3 follow-ups due and past due, a learner's own parts and standing (§9.3, §9.4), and the
 * deep link back to a meeting's chat.
 */
import { describe, expect, it } from "vitest";
import type { EncounterSummary } from "../../bot/src/domain/encounter.js";
import type { Learner } from "../../bot/src/domain/learners.js";
import { meetingChatLink } from "../../bot/src/domain/meetingChatLink.js";
import {
  byDeadline,
  followUpsDue,
  learnerStanding,
  MAX_LISTED,
  noteOwed,
  notesStillOwed,
  ownParts,
} from "../../bot/src/domain/myEncounters.js";
import { PRIVATE_MEETING } from "../support/teamsIds.js";

const ME = "de000000-0000-4000-8000-000000000005";
const OTHER = "de000000-0000-4000-8000-000000000002";

function summary(overrides: Partial<EncounterSummary> = {}): EncounterSummary {
  return {
    encounterId: "e1",
    startedAt: "2026-03-10T14:30:00.000Z",
    endedAt: "2026-03-10T15:00:00.000Z",
    status: "closed",
    modality: "video",
    consentStatus: "valid",
    planAgreed: true,
    incidentsCount: 0,
    noteStatus: "due",
    clinicianId: ME,
    teamKey: "team-g",
    ...overrides,
  };
}

const obligation = (status: "open" | "overdue" | "filedOnTime" | "filedLate", clinicianId = ME) => ({
  status,
  clinicianId,
  endedAt: "2026-03-10T15:00:00.000Z",
  deadline: "2026-03-11T15:00:00.000Z",
});

describe("notes still owed (003 §1.1, §8.8)", () => {
  it("reads only closed encounters whose note is due or overdue, newest first, at most MAX_LISTED", () => {
    const rows = [
      summary({ encounterId: "filed", noteStatus: "filed" }),
      summary({ encounterId: "running", status: "open", noteStatus: "notDue" }),
      summary({ encounterId: "due" }),
      summary({ encounterId: "late", noteStatus: "overdue", startedAt: "2026-03-12T14:30:00.000Z" }),
    ];
    expect(notesStillOwed(rows).map((s) => s.encounterId)).toEqual(["late", "due"]);
    const many = Array.from({ length: MAX_LISTED + 5 }, (_, i) =>
      summary({ encounterId: `e${i}`, startedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
    );
    const kept = notesStillOwed(many);
    expect(kept).toHaveLength(MAX_LISTED);
    expect(kept[0]?.encounterId).toBe(`e${MAX_LISTED + 4}`);
  });

  it("lists a note open or overdue by its obligation's deadline, for the clinician who owes it only", () => {
    expect(noteOwed(summary(), obligation("open"), ME)).toEqual({
      encounterId: "e1",
      startedAt: "2026-03-10T14:30:00.000Z",
      endedAt: "2026-03-10T15:00:00.000Z",
      deadline: "2026-03-11T15:00:00.000Z",
      state: "open",
      teamKey: "team-g",
    });
    expect(noteOwed(summary(), obligation("overdue"), ME)?.state).toBe("overdue");
    expect(noteOwed(summary(), obligation("filedOnTime"), ME)).toBeUndefined();
    expect(noteOwed(summary(), obligation("filedLate"), ME)).toBeUndefined();
    expect(noteOwed(summary(), obligation("open", OTHER), ME)).toBeUndefined();
  });

  it("puts the earliest deadline first", () => {
    const at = (deadline: string) => ({ ...noteOwed(summary(), obligation("open"), ME)!, deadline });
    const sorted = byDeadline([at("2026-03-12T10:00:00.000Z"), at("2026-03-11T09:00:00.000Z")]);
    expect(sorted.map((n) => n.deadline)).toEqual(["2026-03-11T09:00:00.000Z", "2026-03-12T10:00:00.000Z"]);
  });
});

describe("in-person follow-ups of new patients (003 §2.3)", () => {
  it("lists each follow-up date, past due once Québec's today is after it, the earliest first", () => {
    const rows = [
      summary({ encounterId: "known" }),
      summary({ encounterId: "later", inPersonFollowUpDue: "2026-06-10" }),
      summary({ encounterId: "missed", inPersonFollowUpDue: "2026-04-10", teamKey: undefined }),
    ];
    expect(followUpsDue(rows, "2026-04-11")).toEqual([
      { encounterId: "missed", startedAt: "2026-03-10T14:30:00.000Z", dueDate: "2026-04-10", pastDue: true },
      {
        encounterId: "later",
        startedAt: "2026-03-10T14:30:00.000Z",
        dueDate: "2026-06-10",
        pastDue: false,
        teamKey: "team-g",
      },
    ]);
    expect(followUpsDue(rows, "2026-04-10").map((f) => f.pastDue)).toEqual([false, false]);
  });

  it("lists a follow-up recorded as offered after those still to offer, never past due", () => {
    const rows = [
      summary({ encounterId: "offered", inPersonFollowUpDue: "2026-04-01", inPersonFollowUpOffered: "2026-03-20" }),
      summary({ encounterId: "later", inPersonFollowUpDue: "2026-06-10" }),
    ];
    expect(followUpsDue(rows, "2026-04-11").map((f) => [f.encounterId, f.pastDue, f.offeredOn])).toEqual([
      ["later", false, undefined],
      ["offered", false, "2026-03-20"],
    ]);
  });
});

describe("a learner's own parts and standing (003 §9.3, §9.4)", () => {
  const parts = (learners: EncounterSummary["learners"], startedAt: string, encounterId: string) =>
    summary({ encounterId, startedAt, clinicianId: OTHER, learners });

  it("shows the learner's own part only, newest first, since the window's start", () => {
    const rows = [
      parts([{ learnerId: ME, role: "medicalStudent", participation: "observed" }], "2026-03-01T14:00:00.000Z", "a"),
      parts(
        [
          { learnerId: "someone-else", role: "resident", participation: "led" },
          { learnerId: ME, role: "medicalStudent", participation: "wasObserved", atTrainingSite: true },
        ],
        "2026-03-05T14:00:00.000Z",
        "b",
      ),
      parts([{ learnerId: "someone-else", role: "resident", participation: "led" }], "2026-03-06T14:00:00.000Z", "c"),
      parts([{ learnerId: ME, role: "medicalStudent", participation: "observed" }], "2026-01-01T14:00:00.000Z", "old"),
    ];
    expect(ownParts(rows, ME, "2026-02-01T00:00:00.000Z")).toEqual([
      {
        encounterId: "b",
        startedAt: "2026-03-05T14:00:00.000Z",
        role: "medicalStudent",
        participation: "wasObserved",
        atTrainingSite: true,
        teamKey: "team-g",
        clinicianId: OTHER,
      },
      {
        encounterId: "a",
        startedAt: "2026-03-01T14:00:00.000Z",
        role: "medicalStudent",
        participation: "observed",
        teamKey: "team-g",
        clinicianId: OTHER,
      },
    ]);
  });

  const learner = (role: Learner["role"], designations: Learner["designations"] = []): Learner => ({
    teamKey: "team-g",
    oid: ME,
    role,
    supervisors: [OTHER],
    trainingSite: "GMF-U",
    designations,
    registeredAt: "2026-01-01T00:00:00.000Z",
    registeredBy: OTHER,
  });
  const history = [
    { startedAt: "2026-03-01T14:00:00.000Z", participation: "observed" as const },
    { startedAt: "2026-03-02T14:00:00.000Z", participation: "observed" as const },
    { startedAt: "2026-03-03T14:00:00.000Z", participation: "wasObserved" as const },
  ];

  it("§9.3: a student's observations, against the team's threshold before being observed", () => {
    expect(learnerStanding(learner("medicalStudent"), history, 3)).toEqual({
      teamKey: "team-g",
      role: "medicalStudent",
      observations: 2,
      threshold: 3,
      thresholdMet: false,
    });
    expect(learnerStanding(learner("medicalStudent"), history, 2)).toMatchObject({ threshold: 2, thresholdMet: true });
  });

  it("§9.4: a resident's current designation, none once withdrawn", () => {
    const given = { at: "2026-02-01T00:00:00.000Z", by: OTHER };
    expect(learnerStanding(learner("resident", [given]), [], 3)).toEqual({
      teamKey: "team-g",
      role: "resident",
      observations: 0,
      designatedSince: given.at,
    });
    const withdrawn = { ...given, withdrawnAt: "2026-02-10T00:00:00.000Z", withdrawnBy: OTHER };
    expect(learnerStanding(learner("resident", [withdrawn]), [], 3).designatedSince).toBeUndefined();
  });
});

describe("the way back to the meeting's chat (Teams deep link to a chat)", () => {
  it("links a meeting chat in Microsoft's documented format, its id encoded", () => {
    const link = meetingChatLink(PRIVATE_MEETING.chatId);
    expect(link).toBe(`https://teams.microsoft.com/l/chat/${encodeURIComponent(PRIVATE_MEETING.chatId)}/conversations`);
    expect(new URL(link!).pathname.split("/")).toHaveLength(5);
    expect(meetingChatLink("19:meeting_a+b/c==@thread.v2")).toContain("19%3Ameeting_a%2Bb%2Fc%3D%3D%40thread.v2");
  });

  it("has none for a channel meeting's thread, a personal chat or nothing", () => {
    expect(meetingChatLink("19:abc@thread.tacv2;messageid=1616")).toBeUndefined();
    expect(meetingChatLink("a:1personal-chat")).toBeUndefined();
    expect(meetingChatLink(undefined)).toBeUndefined();
  });
});
