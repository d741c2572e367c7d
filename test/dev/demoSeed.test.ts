/**
 * SEED_DEMO=on (issue 10, "locally, it is one product too"): the demo team is seeded once through the real
 * repositories, and what it stores reads back as the tab shows it — team, roster, configuration, learners,
 * a month of encounters with notes on time, late and overdue (003 §1.1, §8.8) and learners' parts (§9.3,
 * §9.4) — without anything that looks like a patient identifier.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { as, teamPath } from "../api/apiClient.js";
import { DEV_PERSONAS } from "../../bot/src/auth/devIdentityProvider.js";
import { summarize } from "../../bot/src/domain/encounter.js";
import { toActivityRow } from "../../bot/src/domain/activityStats.js";
import { hasValidCorridor } from "../../bot/src/domain/corridor.js";
import { currentDesignation } from "../../bot/src/domain/learners.js";
import { validateTeamConfiguration } from "../../bot/src/domain/teamConfigSchema.js";
import type { MyEncounters } from "../../bot/src/contract/index.js";
import type { RegulationCounts } from "../../bot/src/domain/regulationActivity.js";
import { DEMO_TEAM, DEMO_TENANT_ID, demoPersona } from "../../bot/src/dev/demoTeam.js";
import { demoEncounters } from "../../bot/src/dev/demoEncounters.js";
import { seedDemoTeam, type DemoSeedResult } from "../../bot/src/dev/seedDemoTeam.js";
import type { TableName } from "../../bot/src/storage/tableClients.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";

/** A Wednesday, 14 h in Québec. */
const NOW = new Date("2026-11-25T19:00:00.000Z");
const FROM = "2026-10-15T00:00:00.000Z";
const TO = "2026-11-26T00:00:00.000Z";
const oid = (id: Parameters<typeof demoPersona>[0]) => demoPersona(id).oid;

let service: TestService;
let first: DemoSeedResult;

beforeAll(async () => {
  service = await startTestService({ SEED_DEMO: "on", DEV_IDENTITY: "on" }, { now: () => NOW });
  first = await seedDemoTeam(service.services);
});
afterAll(async () => {
  await service?.stop();
});

const listTeam = () => service.services.encounters.listByTeam(DEMO_TENANT_ID, DEMO_TEAM.groupId, FROM, TO);

async function rawRows(table: TableName): Promise<Array<Record<string, unknown>>> {
  const rows: Array<Record<string, unknown>> = [];
  for await (const row of createTableClientFactory(service.services.config.storage).client(table).listEntities())
    rows.push(row);
  return rows;
}

describe("SEED_DEMO=on seeds the demo team", () => {
  it("is switched on by the setting", () => {
    expect(service.services.config.seedDemo).toBe(true);
    expect(first).toMatchObject({ seeded: true, members: 6, learners: 2 });
  });

  it("installs the team with its roster of six staff, named", async () => {
    const team = await service.services.teams.installed(DEMO_TENANT_ID, DEMO_TEAM.groupId);
    expect(team).toMatchObject({
      name: DEMO_TEAM.name,
      threadId: DEMO_TEAM.threadId,
      installedBy: oid("pilote"),
      memberCount: 6,
    });
    const staff = DEV_PERSONAS.filter((p) => p.tenantId === DEMO_TENANT_ID);
    const members = await service.services.teams.members(DEMO_TENANT_ID, DEMO_TEAM.groupId);
    expect(members.map((m) => m.name).sort()).toEqual(staff.map((p) => p.name).sort());
    expect((await service.services.teams.teamsOf(DEMO_TENANT_ID, oid("clinicien"))).map((t) => t.groupId)).toEqual([
      DEMO_TEAM.groupId,
    ]);
    const names = await service.services.people.names(
      DEMO_TENANT_ID,
      staff.map((p) => p.oid),
    );
    expect(names.get(oid("superviseur"))).toBe("Dr Jean Gagnon");
  });

  it("configures it validly: both pilots, GMF and CLSC corridors (§4), 5-minute callback (§3), a Mauricie line, a yearly evaluation (§11)", async () => {
    const stored = await service.services.teamConfigs.get(DEMO_TENANT_ID, DEMO_TEAM.groupId);
    expect(stored?.pilots).toEqual([oid("pilote"), oid("pilote2")]);
    const configuration = stored!.configuration;
    expect(validateTeamConfiguration(configuration).ok).toBe(true);
    expect(hasValidCorridor(configuration)).toBe(true);
    expect(configuration.corridors.map((c) => c.kind)).toEqual(["gmf", "clsc"]);
    expect(configuration.contingency.callbackDelayMinutes).toBe(5);
    expect(configuration.contingency.defaultRegionCode).toBe("04");
    expect(configuration.contingency.bridgeText).not.toBe("");
    expect(configuration.contingency.crisisResources.map((r) => r.id)).toEqual([
      "911",
      "811-sante",
      "811-social",
      "crise-mauricie",
    ]);
    expect(configuration.interpreters).toHaveLength(1);
    expect(configuration.annualEvaluationDate).toBe("2026-06-25");
    const audit = await service.services.audit.page(DEMO_TENANT_ID, DEMO_TEAM.groupId, 10);
    expect(audit.items.map((e) => e.action)).toEqual(["pilot.add", "config.install"]);
  });

  it("registers the resident, designated competent by her supervisor (§9.4), and the student (§9.3)", async () => {
    const learners = await service.services.learners.listTeam(DEMO_TENANT_ID, DEMO_TEAM.groupId);
    const resident = learners.find((l) => l.oid === oid("resident"));
    const student = learners.find((l) => l.oid === oid("etudiant"));
    expect(resident).toMatchObject({ role: "resident", supervisors: [oid("superviseur")] });
    expect(currentDesignation(resident!)).toMatchObject({ by: oid("superviseur") });
    expect(Date.parse(currentDesignation(resident!)!.at)).toBeLessThan(NOW.getTime() - 28 * 86_400_000);
    expect(student).toMatchObject({ role: "medicalStudent", supervisors: [oid("superviseur")], designations: [] });
  });

  it("writes 30 to 50 encounters of the last weeks in the team's activity index: notes on time, late, overdue; learners' parts", async () => {
    const summaries = await listTeam();
    expect(summaries.length).toBeGreaterThanOrEqual(30);
    expect(summaries.length).toBeLessThanOrEqual(50);
    expect(summaries.every((s) => s.teamKey === DEMO_TEAM.groupId && s.status === "closed")).toBe(true);
    const rows = summaries.map((s) => toActivityRow(s, NOW));
    const notes = rows.map((r) => r.note.state);
    expect(notes).toContain("onTime");
    expect(notes).toContain("late");
    expect(notes.filter((n) => n === "overdue")).toHaveLength(2);
    const parts = rows.flatMap((r) => r.learners.map((l) => `${l.role}:${l.participation}`));
    expect(parts.filter((p) => p === "resident:led").length).toBeGreaterThanOrEqual(3);
    expect(parts.filter((p) => p === "medicalStudent:observed")).toHaveLength(3);
    expect(parts).toContain("medicalStudent:wasObserved");
    expect(rows.some((r) => r.followUp?.pastDue)).toBe(true);
    expect(rows.filter((r) => r.followUp?.offeredOn)).toHaveLength(1);
    const stored = await service.services.encounters.get(DEMO_TENANT_ID, summaries[0]!.encounterId);
    expect(stored?.encounter).toMatchObject({ teamKey: DEMO_TEAM.groupId, teamSource: "onlyTeam" });
  });

  it("shows in the tab's activity API: the pilot's team view, the supervisor's learners by encounter", async () => {
    const range = "from=2026-10-15&to=2026-11-25";
    const pilot = await as(service, "pilote");
    const summary = await pilot.get<{
      totals: { encounters: number; notes: Record<string, number>; regulation: RegulationCounts };
    }>(teamPath(DEMO_TEAM.groupId, `activity/summary?view=team&${range}`));
    expect(summary.status).toBe(200);
    const { encounters, regulation } = summary.body.totals;
    expect(encounters).toBe((await listTeam()).length);
    expect(summary.body.totals.notes).toMatchObject({ overdue: 2 });
    // Art. 1, condition 4: the team has corridors and the person's region was confirmed, but in three encounters.
    expect(regulation.met.inPersonFollowUp).toBe(encounters - 3);
    const supervisor = await as(service, "superviseur");
    const learners = await supervisor.get<{ items: Array<{ learners: Array<{ learnerId: string }> }> }>(
      teamPath(DEMO_TEAM.groupId, `activity?view=learners&${range}&pageSize=100`),
    );
    expect(learners.status).toBe(200);
    const ids = new Set(learners.body.items.flatMap((i) => i.learners.map((l) => l.learnerId)));
    expect([...ids].sort()).toEqual([oid("resident"), oid("etudiant")].sort());
  });

  it("names the demo team in /dev/personas, which the tab opens when its URL names no team; each persona with its role", async () => {
    const body = (await (await fetch(`${service.url}/dev/personas`)).json()) as {
      demoTeam?: unknown;
      personas: Array<{ id: string; role?: Record<string, string> }>;
    };
    expect(body.demoTeam).toEqual({ groupId: DEMO_TEAM.groupId, name: DEMO_TEAM.name });
    expect(body.personas.find((p) => p.id === "resident")?.role).toEqual({
      "fr-CA": "Résidente R2 en médecine familiale",
      en: "Family-medicine resident (R2)",
    });
    const plain = await startTestService({ DEV_IDENTITY: "on" });
    try {
      expect(plain.services.config.seedDemo).toBe(false);
      expect(
        ((await (await fetch(`${plain.url}/dev/personas`)).json()) as { demoTeam?: unknown }).demoTeam,
      ).toBeUndefined();
    } finally {
      await plain.stop();
    }
  });

  it("gives Dre Camille Roy open and overdue notes and §2.3 follow-ups in « Mes rencontres », each note fileable", async () => {
    const camille = (await (await as(service, "clinicien")).get<MyEncounters>("/api/me/encounters")).body;
    expect(camille.notes.filter((n) => n.state === "overdue")).toHaveLength(2);
    expect(camille.notes.filter((n) => n.state === "open").length).toBeGreaterThanOrEqual(1);
    // The one still to offer first, past due; then the one recorded as offered (§2.3), as the README says.
    expect(camille.followUps.map((f) => [f.pastDue, f.offeredOn !== undefined])).toEqual([
      [true, false],
      [false, true],
    ]);
    expect(Date.parse(camille.followUps[1]!.offeredOn!)).toBeLessThanOrEqual(Date.now());
    for (const note of camille.notes) {
      const stored = await service.services.reminders.obligations.get(DEMO_TENANT_ID, note.encounterId);
      expect(stored?.obligation).toMatchObject({ clinicianId: oid("clinicien"), deadline: note.deadline });
    }
    expect(camille.notes.every((n) => n.chatLink?.startsWith("https://teams.microsoft.com/l/chat/19%3Ameeting_"))).toBe(
      true,
    );
  });

  it("adds nothing when run again (the configuration marks the team as seeded)", async () => {
    const before = (await listTeam()).length;
    expect(await seedDemoTeam(service.services)).toEqual({ seeded: false, members: 0, learners: 0, encounters: 0 });
    expect((await listTeam()).length).toBe(before);
    expect((await service.services.audit.page(DEMO_TENANT_ID, DEMO_TEAM.groupId, 10)).items).toHaveLength(2);
  });
});

/** Every leaf of an encounter row: an id, a time, a count, a yes/no or a code. Never words a person typed. */
const ALLOWED_LEAF = [
  /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/, // date or time
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, // Entra object id, tenant, group
  /^[A-Za-z]+(-CA)?$/, // codes: verbal, ramqCard, onlyTeam, fr-CA…
  /^[A-Za-z0-9_-]+\.\d+$/, // encounter id
  /^[A-Za-z0-9+/]+=*$/, // meeting id (base64)
  /^19:meeting_[A-Za-z0-9+/]+=*@thread\.v2$/, // meeting chat id
];
const RAMQ_NUMBER = /\b[A-Z]{4} ?\d{4} ?\d{4}\b/;
const PHONE = /\b\d{3}[ .-]\d{3}[ .-]\d{4}\b/;
const EMAIL = /[\w.+-]+@(?!thread\.)[\w-]+\.[\w.-]+/;

function leaves(value: unknown): unknown[] {
  if (typeof value === "string" && /^[[{]/.test(value)) return leaves(JSON.parse(value) as unknown);
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === "object") return Object.values(value).flatMap(leaves);
  return [value];
}

describe("the demo seed stores no patient data", () => {
  it("encounter rows hold only ids, times, counts, yes/no and codes", async () => {
    const rows = await rawRows("Encounters");
    expect(rows.length).toBeGreaterThan(30);
    const odd = rows.flatMap(({ partitionKey: _p, rowKey: _r, etag: _e, timestamp: _t, ...columns }) =>
      leaves(columns).filter((v) => typeof v === "string" && !ALLOWED_LEAF.some((re) => re.test(v))),
    );
    expect(odd).toEqual([]);
  });

  it("names only staff (the roster's people and the team), and nothing looks like a RAMQ number, a phone or an e-mail", async () => {
    const staffNames = new Set(DEV_PERSONAS.map((p) => p.name));
    const people = await rawRows("People");
    expect(people.length).toBe(6);
    expect(people.every((p) => staffNames.has(String(p.name)))).toBe(true);
    for (const table of ["Encounters", "People", "Teams", "Learners", "Audit"] as const) {
      const text = JSON.stringify(await rawRows(table));
      expect(text, table).not.toMatch(RAMQ_NUMBER);
      expect(text, table).not.toMatch(EMAIL);
      // The audit keeps the size of the configuration's free text, not its service numbers (DESIGN, privacy).
      expect(text, table).not.toMatch(PHONE);
    }
  });
});

describe("the demo schedule", () => {
  it.each([
    "2026-11-23T13:00:00Z",
    "2026-11-27T21:30:00Z",
    "2026-11-29T03:00:00Z",
    "2026-03-09T12:30:00Z",
    "2026-07-01T16:00:00Z",
  ])("is deterministic and always has 30 to 50 encounters with on-time, late and overdue notes (now = %s)", (iso) => {
    const now = new Date(iso);
    const encounters = demoEncounters(now);
    expect(demoEncounters(now)).toEqual(encounters);
    expect(encounters.length).toBeGreaterThanOrEqual(30);
    expect(encounters.length).toBeLessThanOrEqual(50);
    const states = new Set(encounters.map((e) => toActivityRow(summarize(e), now).note.state));
    expect([...states]).toEqual(expect.arrayContaining(["onTime", "late", "overdue"]));
    expect(encounters.every((e) => Date.parse(e.endedAt!) <= now.getTime())).toBe(true);
  });
});
