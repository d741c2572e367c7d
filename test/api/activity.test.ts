/**
 * Activity view API: supervisors see only their learners, pilots the team, clinicians and learners
 * themselves; another tenant never sees the dev tenant's rows, whatever ids it sends. Real dev tokens,
 * real index rows in Azurite; two teams (random group ids) with every dev persona on their rosters; staff
 * named by display name. Rules: 003 §1.1 (24 h note), §2.3 (follow-up), §9.3/§9.4 (flags), §5/§7 (share), §11.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { as, install, NAME, OID, seededTeam, teamPath, type Client, type ErrorBody } from "./apiClient.js";
import { seedEncounter } from "./activityFixtures.js";
import { DEV_OTHER_TENANT_ID, DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import type { ActivityPage, ActivityRow, ActivitySummary } from "../../bot/src/contract/index.js";

type PageBody = ActivityPage;
type SummaryBody = ActivitySummary;

const NOW = new Date("2026-04-15T12:00:00.000Z");
let TEAM = "";
let OTHER_TEAM = "";
const MARCH = "from=2026-03-01&to=2026-03-31";
/** A clinician who left before Balises learnt any roster: their name was never seen. */
const FORMER = randomUUID();
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let service: TestService;
const c: Record<string, Client> = {};
const id: Record<string, string> = {};

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" }, { now: () => NOW });
  for (const p of ["pilote", "pilote2", "superviseur", "resident", "etudiant", "clinicien", "autre-locataire"])
    c[p] = await as(service, p);
  const s = service.services;
  TEAM = await seededTeam(service);
  OTHER_TEAM = await seededTeam(service);
  expect((await install(c.pilote!, TEAM)).status).toBe(201);
  await c.pilote!.post(teamPath(TEAM, "learners"), {
    oid: OID.resident,
    role: "resident",
    supervisors: [OID.superviseur],
    trainingSite: "GMF-U Laval",
  });
  await c.pilote!.post(teamPath(TEAM, "learners"), {
    oid: OID.etudiant,
    role: "medicalStudent",
    supervisors: [OID.clinicien],
    trainingSite: "GMF-U Laval",
  });
  const base = { tenantId: DEV_TENANT_ID, teamKey: TEAM };
  // The clinician's encounters: a student observes once, then is observed (too early: threshold 3, §9.3).
  id.e1 = await seedEncounter(s, {
    ...base,
    organizerId: OID.clinicien!,
    startedAt: "2026-03-02T14:00:00.000Z",
    consent: "verbal",
    plan: true,
    noteFiledAfterMinutes: 60,
  });
  id.e2 = await seedEncounter(s, {
    ...base,
    organizerId: OID.clinicien!,
    startedAt: "2026-03-03T14:00:00.000Z",
    consent: "written",
    plan: false,
    noteFiledAfterMinutes: 25 * 60,
    newPatientVulnerable: true,
  });
  // The supervisor's encounter, led by the resident who is not designated (§9.4), with the student observing.
  id.e3 = await seedEncounter(s, {
    ...base,
    organizerId: OID.superviseur!,
    startedAt: "2026-03-10T14:00:00.000Z",
    incidents: 1,
    newPatientVulnerable: false,
  });
  // A pilot's encounter with no learner, and one in another team, and one in April.
  id.e4 = await seedEncounter(s, {
    ...base,
    organizerId: OID.pilote!,
    startedAt: "2026-03-20T14:00:00.000Z",
    consent: "emailReply",
    plan: true,
  });
  id.e5 = await seedEncounter(s, {
    tenantId: DEV_TENANT_ID,
    teamKey: OTHER_TEAM,
    organizerId: OID.clinicien!,
    startedAt: "2026-03-04T14:00:00.000Z",
  });
  id.e6 = await seedEncounter(s, { ...base, organizerId: OID.clinicien!, startedAt: "2026-04-02T14:00:00.000Z" });
  // The other team, installed by the pilot, has an encounter of a former clinician nobody knows by name.
  expect((await install(c.pilote!, OTHER_TEAM)).status).toBe(201);
  id.f1 = await seedEncounter(s, {
    tenantId: DEV_TENANT_ID,
    teamKey: OTHER_TEAM,
    organizerId: FORMER,
    startedAt: "2026-03-12T14:00:00.000Z",
  });
  // Another tenant, same team key, same organiser oid.
  id.x1 = await seedEncounter(s, {
    tenantId: DEV_OTHER_TENANT_ID,
    teamKey: TEAM,
    organizerId: OID.clinicien!,
    startedAt: "2026-03-05T14:00:00.000Z",
  });

  const part = (e: string, oid: string, participation: string, who = c.clinicien!) =>
    who.put(`/api/encounters/${id[e]}/learners/${oid}`, { participation, atTrainingSite: true });
  expect((await part("e1", OID.etudiant!, "observed")).status).toBe(200);
  expect((await part("e2", OID.etudiant!, "wasObserved")).status).toBe(200);
  expect((await part("e3", OID.resident!, "led", c.superviseur)).status).toBe(200);
  expect((await part("e3", OID.etudiant!, "observed", c.superviseur)).status).toBe(200);
});
afterAll(() => service.stop());

const rows = async (who: string, query: string) => {
  const r = await c[who]!.get<PageBody>(teamPath(TEAM, `activity?${MARCH}&${query}`));
  expect(r.status, `${who} ${query}`).toBe(200);
  return r.body.items;
};
const ids = (items: ActivityRow[]) => items.map((r) => Object.entries(id).find(([, v]) => v === r.encounterId)?.[0]);
const status = async (who: string, query: string, team = TEAM) =>
  (await c[who]!.get(teamPath(team, `activity?${MARCH}&${query}`))).status;
const csv = async (team: string, query: string) => {
  const r = await fetch(`${service.url}${teamPath(team, `activity/export.csv?${MARCH}&${query}`)}`, {
    headers: { authorization: `Bearer ${c.pilote!.token}` },
  });
  expect(r.status).toBe(200);
  return (await r.text())
    .replace(/^\ufeff/, "")
    .trim()
    .split("\r\n");
};

describe("what each person sees", () => {
  it("a pilot sees the team's encounters of the range, oldest first, with every learner's part and the flags", async () => {
    const items = await rows("pilote", "view=team");
    expect(ids(items)).toEqual(["e1", "e2", "e3", "e4"]);
    const e3 = items[2]!;
    expect(e3.learners.map((l) => [l.learnerId, l.participation, l.flags])).toEqual([
      [OID.resident, "led", ["residentNotDesignated"]],
      [OID.etudiant, "observed", []],
    ]);
    expect(items[1]!.flags).toEqual(["studentObservedTooEarly"]);
  });

  it("a supervisor sees only their learners' encounters and parts", async () => {
    const items = await rows("superviseur", "view=learners");
    expect(ids(items)).toEqual(["e3"]);
    expect(items[0]!.learners.map((l) => l.learnerId)).toEqual([OID.resident]);
    const student = await rows("clinicien", "view=learners");
    expect(ids(student)).toEqual(["e1", "e2", "e3"]);
    expect(student[2]!.learners.map((l) => l.learnerId)).toEqual([OID.etudiant]);
  });

  it("a supervisor cannot read another supervisor's learner, nor the team, nor a clinician", async () => {
    expect(await status("superviseur", `view=learner&subject=${OID.etudiant}`)).toBe(403);
    expect(await status("clinicien", `view=learner&subject=${OID.resident}`)).toBe(403);
    const team = await c.superviseur!.get<ErrorBody>(teamPath(TEAM, `activity?${MARCH}&view=team`));
    expect(team.status).toBe(403);
    // Said of the activity, not of registering learners.
    expect(team.body.error.messages["fr-CA"]).toMatch(/^Seuls les pilotes cliniques de l'équipe voient l'activité/);
    expect(await status("superviseur", `view=clinician&subject=${OID.clinicien}`)).toBe(403);
    expect(await status("superviseur", `view=learner&subject=${OID.resident}`)).toBe(200);
  });

  it("a learner reads themselves, never a peer, never the learners view", async () => {
    expect(await status("resident", `view=learner&subject=${OID.etudiant}`)).toBe(403);
    expect(await status("etudiant", `view=learner&subject=${OID.resident}`)).toBe(403);
    expect(await status("etudiant", "view=learners")).toBe(403);
    const own = await rows("etudiant", `view=learner&subject=${OID.etudiant}`);
    expect(ids(own)).toEqual(["e1", "e2", "e3"]);
    expect(own.flatMap((r) => r.learners.map((l) => l.learnerId))).toEqual([OID.etudiant, OID.etudiant, OID.etudiant]);
  });

  it("a clinician sees their own encounters in this team; a learner's own view shows only their part", async () => {
    expect(ids(await rows("clinicien", "view=mine"))).toEqual(["e1", "e2"]);
    const resident = await rows("resident", "view=mine");
    expect(ids(resident)).toEqual(["e3"]);
    expect(resident[0]!.learners.map((l) => l.learnerId)).toEqual([OID.resident]);
    expect(ids(await rows("pilote2", "view=mine"))).toEqual([]);
  });

  it("a pilot may look at one clinician in the team; nobody else may", async () => {
    expect(ids(await rows("pilote", `view=clinician&subject=${OID.clinicien}`))).toEqual(["e1", "e2"]);
    expect(await status("clinicien", `view=clinician&subject=${OID.clinicien}`)).toBe(403);
    expect(await status("resident", `view=clinician&subject=${OID.superviseur}`)).toBe(403);
  });

  it("another tenant never gets the dev tenant's rows, whatever view or ids it sends", async () => {
    const other = "autre-locataire";
    // Balises is not installed in that team in the other tenant: 404 whatever the view.
    expect(await status(other, "view=team")).toBe(404);
    expect(await status(other, "view=learners")).toBe(404);
    expect(await status(other, "view=mine")).toBe(404);
    for (const oid of [OID.resident, OID.etudiant, OID.clinicien]) {
      expect(await status(other, `view=learner&subject=${oid}`)).toBe(404);
      expect(await status(other, `view=clinician&subject=${oid}`)).toBe(404);
    }
    // As the pilot of the same team key installed in its own tenant: only its own tenant's encounter.
    await seededTeam(service, [other], { tenantId: DEV_OTHER_TENANT_ID, groupId: TEAM });
    expect(await rows(other, "view=mine")).toEqual([]);
    expect((await install(c[other]!, TEAM)).status).toBe(201);
    expect((await rows(other, "view=team")).map((r) => r.encounterId)).toEqual([id.x1]);
    expect((await rows(other, `view=clinician&subject=${OID.clinicien}`)).map((r) => r.encounterId)).toEqual([id.x1]);
    const summary = await c[other]!.get<SummaryBody>(teamPath(TEAM, `activity/summary?${MARCH}&view=team`));
    expect(summary.body.totals.encounters).toBe(1);
    expect((await c[other]!.get(`/api/encounters/${id.e1}/learners/${OID.etudiant}`)).status).toBe(404);
  });
});

describe("rows, paging, totals and export", () => {
  it("§1.1 note on time / late, §2.3 follow-up due and past due, consent kind, plan, incidents", async () => {
    const [e1, e2, e3, e4] = await rows("pilote", "view=team");
    expect(e1).toMatchObject({
      date: "2026-03-02",
      modality: "video",
      durationMinutes: 30,
      consent: { recorded: true, kind: "verbal" },
      planAgreed: true,
      note: { state: "onTime" },
    });
    expect(e2).toMatchObject({
      consent: { kind: "written" },
      planAgreed: false,
      note: { state: "late" },
      followUp: { dueDate: "2026-04-03", pastDue: true },
    });
    expect(e3).toMatchObject({
      consent: { recorded: false },
      incidentsCount: 1,
      note: { state: "overdue" },
      followUp: { dueDate: "2026-06-10", pastDue: false },
    });
    expect(e4!.consent.kind).toBe("emailReply");
  });

  it("pages with continuation tokens: all rows once, in order; a forged token is 400", async () => {
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const r = await c.pilote!.get<PageBody>(
        teamPath(
          TEAM,
          `activity?${MARCH}&view=team&pageSize=1${token ? `&continuationToken=${encodeURIComponent(token)}` : ""}`,
        ),
      );
      seen.push(...r.body.items.map((i) => i.encounterId));
      token = r.body.continuationToken;
      pages++;
    } while (token && pages < 10);
    expect(seen).toEqual([id.e1, id.e2, id.e3, id.e4]);
    expect((await c.pilote!.get(teamPath(TEAM, `activity?${MARCH}&view=team&continuationToken=forged`))).status).toBe(
      400,
    );
  });

  it("refuses bad ranges and views", async () => {
    expect((await c.pilote!.get(teamPath(TEAM, "activity?from=2026-03-31&to=2026-03-01"))).status).toBe(400);
    expect((await c.pilote!.get(teamPath(TEAM, "activity?from=2024-01-01&to=2026-03-01"))).status).toBe(400);
    expect((await c.pilote!.get(teamPath(TEAM, `activity?${MARCH}&view=everyone`))).status).toBe(400);
    expect((await c.pilote!.get(teamPath(TEAM, `activity?${MARCH}&view=learner`))).status).toBe(400);
  });

  it("totals and rates for the range, a chart, and the §11 yearly evaluation for pilots", async () => {
    const r = await c.pilote!.get<SummaryBody>(teamPath(TEAM, `activity/summary?${MARCH}&view=team`));
    expect(r.body.totals).toMatchObject({
      encounters: 4,
      consentRecorded: 3,
      planAgreed: 2,
      followUpsDue: 2,
      followUpsPastDue: 1,
      flagged: 2,
    });
    expect(r.body.totals.notes).toEqual({ onTime: 1, late: 1, open: 0, overdue: 2 });
    // Regulation art. 1: three consents, two plans; presence never answered; the team has no corridor (003 §4).
    expect(r.body.totals.regulation).toEqual({
      encounters: 4,
      met: { consent: 3, noPhysicalPresence: 0, contingencyPlan: 2, inPersonFollowUp: 0 },
      notApplicable: 0,
    });
    expect(r.body.rates).toEqual({ consentRecorded: 0.75, planAgreed: 0.5, notesWithin24h: 0.25 });
    expect(r.body.bucketSize).toBe("week");
    expect(r.body.buckets.reduce((n, b) => n + b.encounters, 0)).toBe(4);
    expect(r.body.evaluation).toMatchObject({ state: "never" });
    const supervisor = await c.superviseur!.get<SummaryBody>(teamPath(TEAM, `activity/summary?${MARCH}&view=learners`));
    expect(supervisor.body.totals.encounters).toBe(1);
    expect(supervisor.body.evaluation).toBeUndefined();
  });

  it("recounts a month on demand for whoever may read the view; the summary then reads its aggregates (issue 14)", async () => {
    const summary = async () =>
      (await c.pilote!.get<SummaryBody>(teamPath(TEAM, `activity/summary?${MARCH}&view=team`))).body;
    const before = await summary();
    const asked = { view: "team", month: "2026-03" };
    expect((await c.superviseur!.post(teamPath(TEAM, "activity/reconcile"), asked)).status).toBe(403);
    const r = await c.pilote!.post(teamPath(TEAM, "activity/reconcile"), asked);
    expect(r.body).toEqual({ month: "2026-03", fixed: 0 }); // the writes kept the aggregate right
    expect(await summary()).toEqual(before);
  });

  it("exports the view as CSV with the same access rules", async () => {
    const r = await fetch(`${service.url}${teamPath(TEAM, `activity/export.csv?${MARCH}&view=team&locale=en`)}`, {
      headers: { authorization: `Bearer ${c.pilote!.token}` },
    });
    expect(r.status).toBe(200);
    expect(r.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(r.headers.get("content-disposition")).toBe(
      'attachment; filename="balises-activity-2026-03-01-2026-03-31.csv"',
    );
    const lines = (await r.text())
      .replace(/^\ufeff/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toMatch(/^Date,Start \(Québec time\),Modality/);
    expect(lines).toHaveLength(5);
    expect(lines[2]).toContain("filed late");
    expect(lines[3]).toContain("[MSSS guidelines §9.4]");
    const denied = await fetch(`${service.url}${teamPath(TEAM, `activity/export.csv?${MARCH}&view=team`)}`, {
      headers: { authorization: `Bearer ${c.superviseur!.token}` },
    });
    expect(denied.status).toBe(403);
  });
});

describe("people by name", () => {
  it("the page names its clinicians and learners", async () => {
    const r = await c.pilote!.get<PageBody>(teamPath(TEAM, `activity?${MARCH}&view=team`));
    const named = ["clinicien", "superviseur", "pilote", "resident", "etudiant"];
    expect(r.body.people).toEqual(Object.fromEntries(named.map((p) => [OID[p], NAME[p]])));
  });

  it("leaves out someone never seen on a roster: no name, and never their id as a name", async () => {
    const r = await c.pilote!.get<PageBody>(teamPath(OTHER_TEAM, `activity?${MARCH}&view=team`));
    expect(r.body.items.map((i) => i.clinicianId)).toContain(FORMER);
    expect(r.body.people[FORMER]).toBeUndefined();
    expect(Object.values(r.body.people).filter((name) => GUID.test(name))).toEqual([]);
  });

  it("the CSV names the clinician and the learners, never by id", async () => {
    const lines = await csv(TEAM, "view=team&locale=en");
    const e3 = lines[3]!;
    expect(e3).toContain(NAME.superviseur);
    expect(e3).toContain(`${NAME.resident} (`);
    expect(e3).toContain(`${NAME.etudiant} (`);
    expect(lines.join("\n")).not.toMatch(GUID);
  });

  it("the CSV says 'unknown team member' for someone never seen, not their id", async () => {
    const lines = await csv(OTHER_TEAM, "view=team&locale=en");
    const former = lines.find((l) => l.startsWith("2026-03-12"));
    expect(former).toContain("unknown team member");
    expect(lines.join("\n")).not.toMatch(GUID);
  });
});

describe("share of telehealth (003 §5, §7)", () => {
  it("a clinician records their in-person count; the share is theirs only", async () => {
    const before = await c.clinicien!.get<{ telehealth: number; inPerson: number | null; status: string | null }>(
      "/api/activity/share/2026",
    );
    expect(before.body).toMatchObject({ telehealth: 4, inPerson: null, status: null });
    const put = await c.clinicien!.put<{ share: number; status: string; unacceptable: boolean }>(
      "/api/activity/share/2026",
      { inPerson: 0 },
    );
    expect(put.body).toMatchObject({ share: 1, status: "telehealthOnly", unacceptable: true });
    const within = await c.clinicien!.put<{ share: number; status: string }>("/api/activity/share/2026", {
      inPerson: 8,
    });
    expect(within.body).toMatchObject({ share: 0.333, status: "withinReference" });
    const other = await c.superviseur!.get<{ telehealth: number; inPerson: number | null }>("/api/activity/share/2026");
    expect(other.body).toMatchObject({ telehealth: 1, inPerson: null });
    const otherTenant = await c["autre-locataire"]!.get<{ telehealth: number; inPerson: number | null }>(
      "/api/activity/share/2026",
    );
    expect(otherTenant.body).toMatchObject({ telehealth: 0, inPerson: null });
    expect((await c.clinicien!.put("/api/activity/share/26", { inPerson: 1 })).status).toBe(400);
    expect((await c.clinicien!.put("/api/activity/share/2026-03", { inPerson: -1 })).status).toBe(400);
    // §5 is a yearly reference and §7 judges a practice, not one month's activity: a month's share gets no verdict.
    const month = await c.clinicien!.put<{ status: string; unacceptable: boolean }>("/api/activity/share/2026-03", {
      inPerson: 0,
    });
    expect(month.body).toMatchObject({ status: "monthShare", unacceptable: false });
  });
});

describe("recording the §2.3 new-patient fact on an encounter", () => {
  it("the encounter's clinician records it (due date follows), others cannot, another tenant never finds it", async () => {
    const path = `/api/encounters/${id.e5}/new-patient`;
    expect((await c.resident!.put(path, { vulnerable: true })).status).toBe(403);
    expect((await c["autre-locataire"]!.put(path, { vulnerable: true })).status).toBe(404);
    expect((await c.clinicien!.put(path, { vulnerable: "yes" })).status).toBe(400);
    // 003 §2.3: not vulnerable → within 3 months of the 2026-03-04 visit.
    const recorded = await c.clinicien!.put<{ newPatient: { vulnerable: boolean }; inPersonFollowUpDue: string }>(
      path,
      { vulnerable: false },
    );
    expect(recorded.body).toMatchObject({ newPatient: { vulnerable: false }, inPersonFollowUpDue: "2026-06-04" });
    const [row] = (
      await c.clinicien!.get<PageBody>(teamPath(OTHER_TEAM, "activity?from=2026-03-04&to=2026-03-04&view=mine"))
    ).body.items;
    expect(row!.followUp).toEqual({ dueDate: "2026-06-04", pastDue: false });
    const cleared = await c.clinicien!.delete<{ newPatient: null; inPersonFollowUpDue: null }>(path);
    expect(cleared.body).toMatchObject({ newPatient: null, inPersonFollowUpDue: null });
  });
});
