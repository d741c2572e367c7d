/**
 * Issue 14: the monthly activity aggregates over real storage (Azurite). After random changes made through the
 * repository (encounters opened, consent recorded and withdrawn, closed, notes filed on time or late, team
 * changed, learners added and removed, the regulation's conditions answered, purged by retention), every source's
 * month equals a full recount of its index rows, and each view's summary read from the aggregates equals the one
 * read from every row — the regulation's counts included, whether the team has a valid corridor or not; parallel
 * writers of one month lose nothing; the reconcile job repairs a tampered aggregate.
 */
import type { Request } from "express";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TableClient } from "@azure/data-tables";
import { parseActivityQuery } from "../../bot/src/api/activityQuery.js";
import { activityRows } from "../../bot/src/api/activityRows.js";
import type { ActivityScope } from "../../bot/src/api/activityService.js";
import { addAggregates, addRows } from "../../bot/src/api/activitySummary.js";
import { ActivityAccumulator } from "../../bot/src/domain/activityTotals.js";
import {
  closeEncounter,
  newEncounter,
  recordConsent,
  recordLocation,
  recordPlan,
  setEncounterTeam,
  setPhysicalPresenceRequired,
  setNoteStatus,
  withdrawCurrentConsent,
  type Encounter,
} from "../../bot/src/domain/encounter.js";
import type { Learner } from "../../bot/src/domain/learners.js";
import { removeParticipation, setParticipation } from "../../bot/src/domain/supervision.js";
import { activityAccess, type ActivityRequest, type ActivitySource } from "../../bot/src/domain/supervisionActivity.js";
import {
  activityReconcileJob,
  reconcileSubject,
  scheduleNightlyReconcile,
} from "../../bot/src/encounters/activityReconcileJob.js";
import type { JobSpec } from "../../bot/src/jobs/job.js";
import { createLogger } from "../../bot/src/logger.js";
import { EncounterRepository } from "../../bot/src/storage/encounterRepository.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { recordFollowUpOffered, recordNewPatient } from "../../bot/src/domain/newPatient.js";
import { completeConsent } from "../support/consentFixtures.js";
import { agreedPlan, confirmedLocation } from "../support/contingencyFixtures.js";

let azurite: RunningAzurite;
let raw: TableClient;
let repo: EncounterRepository;

beforeAll(async () => {
  azurite = await startAzurite();
  raw = createTableClientFactory(azurite.storage()).client("Encounters");
  repo = new EncounterRepository(new TableGateway(raw));
});
afterAll(() => azurite.stop());

const NOW = new Date("2026-03-20T15:30:00.000Z");
const START = Date.parse("2026-02-27T05:00:00.000Z");
const TICK = 1_800_000;
const MONTHS = ["2026-02", "2026-03"];
const [C1, C2, L1, L2] = [1, 2, 3, 4].map((n) => `aaaaaaaa-0000-4000-8000-00000000000${n}`) as [
  string,
  string,
  string,
  string,
];
const SOURCES: ActivitySource[] = [
  { by: "team", teamKey: "t1" },
  { by: "team", teamKey: "t2" },
  ...[C1, C2, L1].map((oid) => ({ by: "clinician" as const, oid })),
  ...[L1, L2].map((oid) => ({ by: "learner" as const, oid })),
];
const at = (ms: number) => new Date(ms).toISOString();

const consent = (recordedBy: string, recordedAt: string) => completeConsent({ recordedBy, recordedAt });
/** Regulation art. 1, last paragraph: an activity the establishment organises (condition 4 does not apply). */
const GROUP = { participants: 4, consentsRecorded: 4, conductRulesCommitment: true, organisedByEstablishment: true };
const CONDITION_ANSWERS = ["plan", "location", "noPresence", "presence", "establishment"] as const;

type Op =
  | { kind: "open"; tick: number; team: string; clinician: string }
  | { kind: "consent" | "withdraw"; target: number }
  | { kind: "purge"; target: number }
  | { kind: "close" | "note"; target: number; ticks: number }
  | { kind: "team"; target: number; team: string }
  | { kind: "condition"; target: number; answer: (typeof CONDITION_ANSWERS)[number] }
  | { kind: "learner"; target: number; learner: string; role: "medicalStudent" | "resident"; led: boolean }
  | { kind: "unlearn"; target: number; learner: string }
  | { kind: "newPatient"; target: number; vulnerable: boolean | undefined }
  | { kind: "offer"; target: number; offered: boolean };

const target = fc.nat();
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    arbitrary: fc.record({
      kind: fc.constant("open" as const),
      tick: fc.integer({ min: 0, max: 1000 }),
      team: fc.constantFrom("t1", "t1", "t2"),
      clinician: fc.constantFrom(C1, C2, L1),
    }),
    weight: 5,
  },
  { arbitrary: fc.record({ kind: fc.constantFrom("consent" as const, "withdraw" as const), target }), weight: 2 },
  fc.record({ kind: fc.constant("purge" as const), target }),
  {
    arbitrary: fc.record({
      kind: fc.constantFrom("close" as const, "note" as const),
      target,
      ticks: fc.integer({ min: 0, max: 80 }),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant("team" as const), target, team: fc.constantFrom("t1", "t2") }),
  {
    arbitrary: fc.record({
      kind: fc.constant("condition" as const),
      target,
      answer: fc.constantFrom(...CONDITION_ANSWERS),
    }),
    weight: 3,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("learner" as const),
      target,
      learner: fc.constantFrom(L1, L2),
      role: fc.constantFrom("medicalStudent" as const, "resident" as const),
      led: fc.boolean(),
    }),
    weight: 3,
  },
  fc.record({ kind: fc.constant("unlearn" as const), target, learner: fc.constantFrom(L1, L2) }),
  fc.record({ kind: fc.constant("newPatient" as const), target, vulnerable: fc.constantFrom(true, false, undefined) }),
  fc.record({ kind: fc.constant("offer" as const), target, offered: fc.boolean() }),
);

/** The regulation's conditions 2–4 answered, or the consent of an establishment's activity (condition 4 moot). */
function answer(a: (typeof CONDITION_ANSWERS)[number], e: Encounter): Encounter {
  switch (a) {
    case "plan":
      return recordPlan(e, agreedPlan({ recordedBy: C1, recordedAt: e.startedAt }));
    case "location":
      return recordLocation(e, confirmedLocation({ recordedBy: C1, recordedAt: e.startedAt }));
    case "noPresence":
    case "presence":
      return setPhysicalPresenceRequired(e, a === "presence");
    case "establishment":
      return recordConsent(e, completeConsent({ recordedBy: C1, recordedAt: e.startedAt, group: GROUP }));
  }
}

/** Applies one change to an encounter (the same object when it changes nothing). */
function change(o: Exclude<Op, { kind: "open" | "purge" }>, e: Encounter): Encounter {
  const later = (ticks: number) => at(Date.parse(e.endedAt ?? e.startedAt) + ticks * TICK);
  switch (o.kind) {
    case "consent":
      return recordConsent(e, consent(C1, e.startedAt));
    case "withdraw":
      return withdrawCurrentConsent(e, C1, e.startedAt);
    case "close":
      return closeEncounter(e, later(o.ticks), "clinician");
    case "note":
      return e.status === "closed" ? setNoteStatus(e, "filed", later(o.ticks)) : e;
    case "team":
      return setEncounterTeam(e, o.team, "chosen");
    case "condition":
      return answer(o.answer, e);
    case "learner": {
      const p = {
        learnerId: o.learner,
        role: o.role,
        participation: o.led ? ("led" as const) : ("wasObserved" as const),
      };
      const learners = setParticipation(e.learners ?? [], { ...p, recordedBy: C1, recordedAt: e.startedAt });
      return learners === "tooMany" || learners === e.learners ? e : { ...e, learners };
    }
    case "unlearn": {
      const learners = removeParticipation(e.learners ?? [], o.learner);
      return learners === e.learners ? e : { ...e, learners };
    }
    case "newPatient":
      return recordNewPatient(e, o.vulnerable, C1, e.startedAt);
    case "offer": {
      const next = recordFollowUpOffered(e, o.offered, C1, later(1));
      return next === "notNewPatient" ? e : next;
    }
  }
}

/**
 * Every run ends with the cases the aggregates must leave to rows or count once: an encounter whose clinician is
 * also its learner ("mine" counts it once); a resident leading on the day they are designated (§9.4); a note whose
 * deadline falls within the hour of reading (§1.1); the regulation's condition 4 met, which a team without a valid
 * corridor reads as not met, and not applicable (an establishment's activity).
 */
const PRELUDE: Op[] = [
  { kind: "open", tick: 500, team: "t1", clinician: L1 },
  { kind: "open", tick: 306, team: "t1", clinician: C1 },
  { kind: "open", tick: 980, team: "t1", clinician: C1 },
  { kind: "learner", target: 0, learner: L1, role: "resident", led: true },
  { kind: "learner", target: 1, learner: L2, role: "resident", led: true },
  { kind: "close", target: 2, ticks: 1 },
  { kind: "condition", target: 1, answer: "location" },
  { kind: "condition", target: 2, answer: "establishment" },
];

/** Runs the ops four at a time, as concurrent requests would: a batch's openings first, then its changes. */
async function run(tenantId: string, ops: Op[], meetings = "m"): Promise<void> {
  const opened: string[] = [];
  const open = async (o: Extract<Op, { kind: "open" }>) => {
    const startedAt = at(START + o.tick * TICK);
    const meetingId = `${meetings}-${opened.length}`;
    const e = newEncounter({
      tenantId,
      meetingId,
      conversationId: "19:m@thread.v2",
      startedAt,
      organizerId: o.clinician,
      teamKey: o.team,
    });
    opened.push(e.id);
    await repo.create(e);
  };
  const apply = async (o: Exclude<Op, { kind: "open" }>) => {
    const id = opened[o.target % Math.max(1, opened.length)];
    if (!id) return;
    if (o.kind !== "purge") await repo.update(tenantId, id, (e) => change(o, e));
    else {
      const stored = await repo.get(tenantId, id);
      if (stored) await repo.deleteRows(stored.encounter);
    }
  };
  for (let i = 0; i < ops.length; i += 4) {
    const batch = ops.slice(i, i + 4);
    await Promise.all(batch.flatMap((o) => (o.kind === "open" ? [open(o)] : [])));
    await Promise.all(batch.flatMap((o) => (o.kind === "open" ? [] : [apply(o)])));
  }
}

const learner = (oid: string, role: Learner["role"], designatedAt?: string): Learner => ({
  teamKey: "t1",
  oid,
  role,
  supervisors: [C2],
  trainingSite: "GMF-U",
  designations: designatedAt ? [{ at: designatedAt, by: C2 }] : [],
  registeredAt: at(START),
  registeredBy: C2,
});
// l2 designated mid-period (§9.4): a day of the aggregates hangs on it and is read from its rows.
const TEAM_LEARNERS = [learner(L1, "medicalStudent"), learner(L2, "resident", "2026-03-05T17:00:00.000Z")];

const VIEWS: [string, ActivityRequest][] = [
  [C2, { view: "team" }],
  [C2, { view: "learners" }],
  [C2, { view: "clinician", subject: C1 }],
  [C2, { view: "learner", subject: L1 }],
  [L1, { view: "mine" }],
  [C1, { view: "mine" }],
];

/** A view's summary totals both ways: from its aggregates, and from every row (003 §4: the team's corridor now). */
async function bothWays(tenantId: string, userId: string, request: ActivityRequest, missingCorridor = false) {
  const viewer = { userId, pilot: userId === C2, teamKey: "t1", learners: TEAM_LEARNERS };
  const access = activityAccess(viewer, request);
  if (!access.ok) throw new Error(access.reason);
  const ctx = {
    encounters: repo,
    tenantId,
    teamKey: "t1",
    teamLearners: TEAM_LEARNERS,
    teamThreshold: 2,
    missingCorridor,
    now: () => NOW,
  };
  const scope: ActivityScope = {
    tenantId,
    teamKey: "t1",
    request,
    sources: access.value.sources,
    keep: access.value.keep,
    rows: activityRows(ctx, access.value),
  };
  const q = parseActivityQuery({
    query: {
      view: request.view,
      from: "2026-02-25",
      to: "2026-03-31",
      ...("subject" in request ? { subject: request.subject } : {}),
    },
  } as unknown as Request);
  const ports = { encounters: repo, now: () => NOW };
  const [fromAggregates, fromRows] = [
    new ActivityAccumulator(q.from, q.endExclusive),
    new ActivityAccumulator(q.from, q.endExclusive),
  ];
  await addAggregates(ports, scope, access.value.slices ?? [], q, fromAggregates);
  await addRows(ports, scope, q, fromRows);
  return { fromAggregates: fromAggregates.result(), fromRows: fromRows.result() };
}

const recountFixes = async (tenantId: string) =>
  (await Promise.all(SOURCES.flatMap((s) => MONTHS.map((m) => repo.reconcileMonth(tenantId, s, m))))).reduce(
    (a, b) => a + b,
  );

describe("monthly activity aggregates (issue 14)", () => {
  it("equal a full recount after random changes, and give each view the summary of its rows", async () => {
    let run_ = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 36, maxLength: 48 }), async (ops) => {
        const tenantId = `random-${run_++}`;
        expect(await recountFixes(tenantId)).toBe(0); // marks the empty months checked
        // Every run has an encounter whose clinician is also its learner ("mine" counts it once).
        await run(tenantId, ops);
        await run(tenantId, PRELUDE, "prelude");
        expect(await recountFixes(tenantId)).toBe(0);
        for (const [userId, request] of VIEWS)
          for (const missingCorridor of [false, true]) {
            const { fromAggregates, fromRows } = await bothWays(tenantId, userId, request, missingCorridor);
            expect(fromAggregates, `${userId} ${request.view} ${missingCorridor}`).toEqual(fromRows);
            if (request.view === "team") {
              const { met, notApplicable } = fromRows.totals.regulation;
              expect([met.inPersonFollowUp > 0, notApplicable > 0]).toEqual([!missingCorridor, true]);
            }
          }
      }),
      { seed: 142_026, numRuns: 2, endOnFailure: true },
    );
  });
});

describe("writers and the reconcile job (issue 14)", () => {
  const team: ActivitySource = { by: "team", teamKey: "t1" };
  /** The team's March count of `name`, every shard and day summed. */
  const marchCount = async (tenantId: string, name: string) => {
    const { days } = await repo.readAggregates(tenantId, team, "2026-03", "2026-03");
    return [...days.values()].reduce((n, c) => n + (c[`all|${name}`] ?? 0), 0);
  };

  it("lose no count when sixteen encounters of one month change at once", async () => {
    const tenantId = "parallel";
    const opened = Array.from({ length: 16 }, (_, i) =>
      newEncounter({
        tenantId,
        meetingId: `p-${i}`,
        conversationId: "19:m@thread.v2",
        startedAt: at(START + (200 + i) * TICK),
        organizerId: C1,
        teamKey: "t1",
      }),
    );
    await Promise.all(opened.map((e) => repo.create(e)));
    await Promise.all(
      opened.map((e) => repo.update(tenantId, e.id, (x) => recordConsent(x, consent(C1, x.startedAt)))),
    );
    await Promise.all(
      opened.map((e) => repo.update(tenantId, e.id, (x) => closeEncounter(x, NOW.toISOString(), "clinician"))),
    );
    expect(await marchCount(tenantId, "n")).toBe(16);
    expect(await marchCount(tenantId, "cr")).toBe(16);
    expect(await recountFixes(tenantId)).toBe(0);
  });

  /** Overwrites one day of a shard of the team's March aggregate, as a bug or a hand would. */
  async function tamper(tenantId: string): Promise<void> {
    const filter = `PartitionKey eq '${tenantId}|team|t1' and RowKey ge 'agg|2026-03|0' and RowKey lt 'agg|2026-03|9'`;
    const rows = raw.listEntities<Record<string, string>>({ queryOptions: { filter } });
    let shard: { partitionKey: string; rowKey: string; column: string } | undefined;
    for await (const row of rows) {
      const column = Object.keys(row).find((k) => /^d\d\d$/.test(k));
      if (column && row.partitionKey && row.rowKey)
        shard ??= { partitionKey: row.partitionKey, rowKey: row.rowKey, column };
    }
    if (!shard) throw new Error("no aggregate to tamper with");
    const { column, ...keys } = shard;
    await raw.updateEntity({ ...keys, [column]: '{"all|n":99}' }, "Merge");
  }
  const reconcileJob = (tenantId: string) =>
    activityReconcileJob(repo).run(
      {
        tenantId,
        subject: reconcileSubject(team, "2026-03"),
        kind: "activityReconcile",
        seq: 0,
        dueAt: NOW,
        location: { partitionKey: "", rowKey: "" },
      },
      (_, operation) => operation(),
    );

  it("reads a month not yet checked from its rows; the reconcile job checks it and repairs a tampered one", async () => {
    const tenantId = "tampered";
    await run(tenantId, PRELUDE);
    await tamper(tenantId); // as index rows written before aggregates existed would leave it
    const unchecked = await bothWays(tenantId, C2, { view: "team" });
    expect(unchecked.fromAggregates).toEqual(unchecked.fromRows);

    expect(await reconcileJob(tenantId)).toEqual({ kind: "done" });
    const checked = await bothWays(tenantId, C2, { view: "team" });
    expect(checked.fromAggregates).toEqual(checked.fromRows);

    await tamper(tenantId);
    const tampered = await bothWays(tenantId, C2, { view: "team" });
    expect(tampered.fromAggregates.totals.encounters).toBeGreaterThan(tampered.fromRows.totals.encounters);
    await reconcileJob(tenantId);
    const repaired = await bothWays(tenantId, C2, { view: "team" });
    expect(repaired.fromAggregates).toEqual(repaired.fromRows);
  });

  it("reads a month checked under an earlier counting from its rows and asks for its reconcile, which checks it anew", async () => {
    const tenantId = "recounted";
    await run(tenantId, PRELUDE);
    const asked: string[] = [];
    const reader = new EncounterRepository(new TableGateway(raw), {
      aggregateTouched: (_, source, month) => asked.push(`${source.by} ${month}`),
    });
    const checkedMonths = async (from: string, to: string) => [
      ...(await reader.readAggregates(tenantId, team, from, to)).checked,
    ];
    // Written to, never checked: asked for; the months around it, with no aggregate row, are not.
    expect(await checkedMonths("2025-12", "2026-04")).toEqual([]);
    expect(asked).toEqual(["team 2026-03"]);
    asked.length = 0;
    await repo.reconcileMonth(tenantId, team, "2026-03");
    expect(await checkedMonths("2026-03", "2026-03")).toEqual(["2026-03"]);
    expect(asked).toEqual([]);

    // A check made before the counting had versions: its row names none.
    const partitionKey = `${tenantId}|team|t1`;
    await raw.upsertEntity({ partitionKey, rowKey: "agg|2026-03|checked", month: "2026-03" }, "Replace");
    expect(await checkedMonths("2025-12", "2026-03")).toEqual([]);
    expect(asked).toEqual(["team 2026-03"]);
    const meanwhile = await bothWays(tenantId, C2, { view: "team" });
    expect(meanwhile.fromAggregates).toEqual(meanwhile.fromRows);

    expect(await reconcileJob(tenantId)).toEqual({ kind: "done" });
    expect(await checkedMonths("2026-03", "2026-03")).toEqual(["2026-03"]);
  });

  it("queues each written month's reconcile for the coming night, once a day per source and month", async () => {
    const queued: JobSpec[] = [];
    let now = new Date("2026-03-20T15:30:00.000Z");
    const jobs = { schedule: (spec: JobSpec) => Promise.resolve(void queued.push(spec)) };
    const touched = scheduleNightlyReconcile(jobs, () => now, createLogger("silent"));
    const writer = new EncounterRepository(new TableGateway(raw), { aggregateTouched: touched });
    const e = newEncounter({
      tenantId: "nightly",
      meetingId: "n",
      conversationId: "19:m@thread.v2",
      startedAt: at(START + 600 * TICK),
      organizerId: C1,
      teamKey: "t1",
    });
    await writer.create(e);
    await writer.update("nightly", e.id, (x) => recordConsent(x, consent(C1, x.startedAt)));
    const night = new Date("2026-03-21T07:00:00.000Z"); // 03:00 in Québec
    expect(queued.map((j) => [j.subject, j.dueAt])).toEqual([
      [reconcileSubject({ by: "clinician", oid: C1 }, "2026-03"), night],
      [reconcileSubject(team, "2026-03"), night],
    ]);
    now = new Date("2026-03-21T15:30:00.000Z");
    await writer.update("nightly", e.id, (x) => closeEncounter(x, now.toISOString(), "clinician"));
    expect(queued).toHaveLength(4);
    expect(new Set(queued.map((j) => j.seq)).size).toBe(2);
  });
});
