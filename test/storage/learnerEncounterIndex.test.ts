// Issue 4 additions to the encounter seam: learners' parts on the encounter, a per-learner index partition,
// the §2.3 follow-up date and the note's status time on the summary.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import {
  EncounterRepository,
  indexRow,
  learnerPartition,
  teamPartition,
} from "../../bot/src/storage/encounterRepository.js";
import { closeEncounter, newEncounter, setNoteStatus, type Encounter } from "../../bot/src/domain/encounter.js";
import { removeParticipation, setParticipation, type LearnerParticipation } from "../../bot/src/domain/supervision.js";

let azurite: RunningAzurite;
let repo: EncounterRepository;

const T = "tenant-1";
const CLINICIAN = "aaaaaaaa-0000-4000-8000-000000000001";
const STUDENT = "bbbbbbbb-0000-4000-8000-000000000002";
const RESIDENT = "cccccccc-0000-4000-8000-000000000003";

beforeAll(async () => {
  azurite = await startAzurite();
  repo = new EncounterRepository(new TableGateway(createTableClientFactory(azurite.storage()).client("Encounters")));
});
afterAll(() => azurite.stop());

function encounter(meetingId: string, startedAt: string): Encounter {
  return newEncounter({
    tenantId: T,
    meetingId,
    conversationId: "19:m@thread.v2",
    startedAt,
    organizerId: CLINICIAN,
    teamKey: "team-1",
  });
}

function part(
  learnerId: string,
  participation: LearnerParticipation["participation"],
  role: LearnerParticipation["role"],
): LearnerParticipation {
  return { learnerId, role, participation, recordedBy: CLINICIAN, recordedAt: "2026-03-02T15:00:00.000Z" };
}

function withPart(p: LearnerParticipation) {
  return (e: Encounter): Encounter => {
    const next = setParticipation(e.learners ?? [], p);
    if (next === "tooMany") throw new Error("too many");
    return next === e.learners ? e : { ...e, learners: next };
  };
}

const FAR = "9999";

describe("learner parts on encounters", () => {
  it("indexes the encounter in each learner's partition, with their part on the summary", async () => {
    const e = encounter("meeting-a", "2026-03-02T14:00:00.000Z");
    await repo.create(e);
    await repo.update(T, e.id, withPart(part(STUDENT, "observed", "medicalStudent")));
    await repo.update(T, e.id, withPart(part(RESIDENT, "led", "resident")));

    const [student] = await repo.readIndexRange(learnerPartition(T, STUDENT), "", FAR, 10);
    expect(student?.encounterId).toBe(e.id);
    expect(student?.learners).toEqual([
      { learnerId: STUDENT, role: "medicalStudent", participation: "observed" },
      { learnerId: RESIDENT, role: "resident", participation: "led" },
    ]);
    const [team] = await repo.readIndexRange(teamPartition(T, "team-1"), "", FAR, 10);
    expect(team?.learners).toHaveLength(2);
    expect((await repo.get(T, e.id))?.encounter.learners?.[0]?.recordedBy).toBe(CLINICIAN);
  });

  it("removes the row from a learner's partition when their part is removed", async () => {
    const e = encounter("meeting-b", "2026-03-03T14:00:00.000Z");
    await repo.create(e);
    await repo.update(T, e.id, withPart(part(STUDENT, "wasObserved", "medicalStudent")));
    const key = indexRow({ startedAt: e.startedAt, encounterId: e.id });
    expect(await repo.readIndexRange(learnerPartition(T, STUDENT), key, FAR, 10)).toHaveLength(1);

    await repo.update(T, e.id, (x) => {
      const next = removeParticipation(x.learners ?? [], STUDENT);
      return next === x.learners ? x : { ...x, learners: next };
    });
    expect(await repo.readIndexRange(learnerPartition(T, STUDENT), key, FAR, 10)).toEqual([]);
    const [team] = await repo.readIndexRange(teamPartition(T, "team-1"), key, FAR, 10);
    expect(team?.learners).toBeUndefined();
  });

  it("reads a key range page by page, oldest first, at most `limit` rows", async () => {
    for (let i = 0; i < 5; i++) await repo.create(encounter("meeting-range", `2026-04-0${i + 1}T14:00:00.000Z`));
    const pk = teamPartition(T, "team-1");
    const firstTwo = await repo.readIndexRange(pk, "2026-04-01", "2026-05-01", 2);
    expect(firstTwo.map((s) => s.startedAt)).toEqual(["2026-04-01T14:00:00.000Z", "2026-04-02T14:00:00.000Z"]);
    const after = indexRow(firstTwo[1]!) + "\u0000";
    const rest = await repo.readIndexRange(pk, after, "2026-05-01", 10);
    expect(rest.map((s) => s.startedAt.slice(0, 10))).toEqual(["2026-04-03", "2026-04-04", "2026-04-05"]);
  });

  it("puts the §2.3 follow-up date and the note's filing time on the summary", async () => {
    const e = encounter("meeting-c", "2026-01-31T15:00:00.000Z");
    await repo.create(e);
    // 003 §2.3: new patient, vulnerable → in person within one month (Jan 31 + 1 month clamps to Feb 28).
    await repo.update(T, e.id, (x) => ({
      ...x,
      newPatient: { vulnerable: true, recordedBy: CLINICIAN, recordedAt: x.startedAt },
    }));
    await repo.update(T, e.id, (x) => closeEncounter(x, "2026-01-31T15:30:00.000Z", "clinician"));
    await repo.update(T, e.id, (x) => setNoteStatus(x, "filed", "2026-02-01T10:00:00.000Z"));
    const [summary] = await repo.readIndexRange(teamPartition(T, "team-1"), "2026-01-31", "2026-02-01", 10);
    expect(summary?.inPersonFollowUpDue).toBe("2026-02-28");
    expect(summary?.noteStatus).toBe("filed");
    expect(summary?.noteStatusAt).toBe("2026-02-01T10:00:00.000Z");
  });
});
