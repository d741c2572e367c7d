/**
 * Learners API (003 §9): pilots register, supervisors designate (§9.4), everyone sees only what is theirs.
 * Real dev tokens; each test has its own team (a random group id) with every dev persona on its roster.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { anyString, as, install, NAME, OID, seededTeam, teamPath, type Client, type ErrorBody } from "./apiClient.js";
import { seedEncounter } from "./activityFixtures.js";
import { DEV_OTHER_TENANT_ID, DEV_TENANT_ID } from "../../bot/src/auth/devIdentityProvider.js";
import type { LearnerAnswer, LearnerList } from "../../bot/src/contract/index.js";

type LearnerBody = LearnerAnswer;
type ListBody = LearnerList;

let service: TestService;
const c: Record<string, Client> = {};

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  for (const p of ["pilote", "pilote2", "superviseur", "resident", "etudiant", "clinicien", "autre-locataire"])
    c[p] = await as(service, p);
});
afterAll(() => service.stop());

/** A team where superviseur supervises resident and clinicien supervises etudiant. */
async function team() {
  const teamKey = await seededTeam(service);
  expect((await install(c.pilote!, teamKey)).status).toBe(201);
  const resident = await c.pilote!.post<LearnerBody>(teamPath(teamKey, "learners"), {
    oid: OID.resident,
    role: "resident",
    supervisors: [OID.superviseur],
    trainingSite: "GMF-U Maizerets",
  });
  expect(resident.status).toBe(201);
  const student = await c.pilote!.post<LearnerBody>(teamPath(teamKey, "learners"), {
    oid: OID.etudiant,
    role: "medicalStudent",
    supervisors: [OID.clinicien],
    trainingSite: "GMF-U Maizerets",
  });
  expect(student.status).toBe(201);
  return teamKey;
}

const audit = async (teamKey: string) =>
  (
    await c.pilote!.get<{ items: Array<{ action: string; by: string; changes: Array<{ path: string }> }> }>(
      teamPath(teamKey, "audit"),
    )
  ).body.items;
const oids = (body: ListBody) => body.items.map((l) => l.oid).sort();

describe("registering learners", () => {
  it("a pilot registers a learner with several supervisors and a training site; audited", async () => {
    const teamKey = await team();
    const r = await c.pilote!.post<LearnerBody>(teamPath(teamKey, "learners"), {
      oid: OID.pilote2,
      role: "fellow",
      supervisors: [OID.superviseur, OID.clinicien],
      trainingSite: "CHU de Québec",
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      oid: OID.pilote2,
      role: "fellow",
      supervisors: [OID.superviseur, OID.clinicien],
      designation: null,
      observationThreshold: 3,
    });
    expect(r.headers.get("etag")).toBe(r.body.etag);
    const [entry] = await audit(teamKey);
    expect(entry).toMatchObject({
      action: "learner.register",
      by: OID.pilote,
      changes: [{ path: `learners.${OID.pilote2}` }],
    });
  });

  it("the team's history shows who learns and who supervises them to pilots only (403 on the learners, absent here)", async () => {
    const teamKey = await team();
    const threshold = { observationThreshold: 4 };
    expect((await c.pilote!.put(teamPath(teamKey, "supervision-settings"), threshold)).status).toBe(200);
    const actions = async (who: string) => {
      const r = await c[who]!.get<{ items: Array<{ action: string }> }>(teamPath(teamKey, "audit"));
      expect(r.status, who).toBe(200);
      return r.body.items.map((e) => e.action);
    };
    expect(await actions("pilote")).toEqual(expect.arrayContaining(["learner.register"]));
    for (const who of ["etudiant", "clinicien", "superviseur"]) {
      const seen = await actions(who);
      expect(
        seen.filter((a) => a.startsWith("learner.") || a.startsWith("designation.")),
        who,
      ).toEqual([]);
      expect(seen, who).toEqual(expect.arrayContaining(["supervision.threshold", "config.install"]));
    }
    // The student's first two entries come from past the two learner entries: a page is not left short.
    const short = await c.etudiant!.get<{ items: Array<{ action: string }> }>(teamPath(teamKey, "audit?pageSize=2"));
    expect(short.body.items.map((e) => e.action)).toEqual(["supervision.threshold", "config.install"]);
  });

  it("non-pilots cannot register (403), even a supervisor", async () => {
    const teamKey = await team();
    for (const who of ["superviseur", "clinicien", "resident"]) {
      const r = await c[who]!.post<ErrorBody>(teamPath(teamKey, "learners"), {
        oid: OID.pilote2,
        role: "resident",
        supervisors: [OID.superviseur],
        trainingSite: "X",
      });
      expect(r.status, who).toBe(403);
    }
  });

  it("validates with field paths; registering twice is 409", async () => {
    const teamKey = await team();
    const bad = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "learners"), {
      oid: "nobody",
      role: "intern",
      supervisors: [],
      trainingSite: "",
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details!.map((d) => d.path).sort()).toEqual(["oid", "role", "supervisors", "trainingSite"]);
    const again = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "learners"), {
      oid: OID.resident,
      role: "resident",
      supervisors: [OID.superviseur],
      trainingSite: "X",
    });
    expect(again.status).toBe(409);
    // Said of the person, at the learner's field, rather than "this item already exists".
    expect(again.body.error.message).toBe("Cette personne est déjà inscrite comme apprenante dans cette équipe.");
    expect(again.body.error.details).toEqual([{ path: "oid", message: again.body.error.messages }]);
  });

  // §9.3: a site's name, never a patient's (DESIGN, privacy).
  it.each([
    ["a RAMQ-like number", "GMF-U Laval, TREM 8501 1512", /RAMQ/],
    ["an e-mail address", "GMF-U Laval (marie.t@example.com)", /courriel/],
    ["an over-long name", "GMF-U ".repeat(21), /Au plus 120 caractères/],
    ["a line break", "GMF-U\nLaval", /Une seule ligne/],
  ])("refuses a training site with %s: 400, at its path, in both languages", async (_what, trainingSite, french) => {
    const teamKey = await team();
    const r = await c.pilote!.post<ErrorBody>(teamPath(teamKey, "learners"), {
      oid: OID.pilote2,
      role: "fellow",
      supervisors: [OID.superviseur],
      trainingSite,
    });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("validation_failed");
    expect(r.body.error.details?.map((d) => d.path)).toEqual(["trainingSite"]);
    expect(r.body.error.details?.[0]?.message["fr-CA"]).toMatch(french);
    expect(r.body.error.details?.[0]?.message.en.length).toBeGreaterThan(5);
  });

  it("audits a training site by its size, never its name", async () => {
    const teamKey = await team();
    const path = teamPath(teamKey, `learners/${OID.resident}`);
    const current = await c.pilote!.get<LearnerBody>(path);
    const body = { role: "resident", supervisors: [OID.superviseur], trainingSite: "CHU de Québec — Enfant-Jésus" };
    expect((await c.pilote!.put(path, body, { "if-match": current.body.etag })).status).toBe(200);
    const entries = await c.pilote!.get<{ items: Array<{ changes: unknown[]; text: Record<string, string[]> }> }>(
      teamPath(teamKey, "audit"),
    );
    expect(entries.body.items[0]?.changes).toEqual([
      { path: `learners.${OID.resident}.trainingSite`, before: { chars: 15 }, after: { chars: 28 } },
    ]);
    expect(JSON.stringify(entries.body)).not.toMatch(/Maizerets|Enfant-Jésus/);
    expect(entries.body.items[0]?.text["fr-CA"]?.[0]).toMatch(/site de formation : 15 → 28 caractères$/);
  });

  it("updates need If-Match (428), a stale one is 412; the update is audited", async () => {
    const teamKey = await team();
    const path = teamPath(teamKey, `learners/${OID.resident}`);
    const current = await c.pilote!.get<LearnerBody>(path);
    const body = { role: "resident", supervisors: [OID.superviseur, OID.pilote2], trainingSite: "GMF-U Maizerets" };
    expect((await c.pilote!.put(path, body)).status).toBe(428);
    const ok = await c.pilote!.put<LearnerBody>(path, body, { "if-match": current.body.etag });
    expect(ok.status).toBe(200);
    expect(ok.body.supervisors).toEqual([OID.superviseur, OID.pilote2]);
    expect(
      (await c.pilote!.put(path, { ...body, trainingSite: "Ailleurs" }, { "if-match": current.body.etag })).status,
    ).toBe(412);
    expect((await c.superviseur!.put(path, body, { "if-match": ok.body.etag })).status).toBe(403);
    expect((await audit(teamKey))[0]).toMatchObject({
      action: "learner.update",
      changes: [{ path: `learners.${OID.resident}.supervisors.1` }],
    });
    // The new supervisor now sees the learner.
    expect((await (await as(service, "pilote2")).get(path)).status).toBe(200);
  });

  it("a pilot removes a learner; audited; their supervisor no longer lists them", async () => {
    const teamKey = await team();
    expect((await c.pilote!.delete(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(204);
    expect((await audit(teamKey))[0]!.action).toBe("learner.remove");
    expect((await c.superviseur!.get(teamPath(teamKey, "learners"))).status).toBe(403);
    expect((await c.pilote!.get(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(404);
  });
});

describe("who reads which learner", () => {
  it("a pilot lists the whole team, page by page", async () => {
    const teamKey = await team();
    const first = await c.pilote!.get<ListBody>(teamPath(teamKey, "learners?pageSize=1"));
    expect(first.body.items).toHaveLength(1);
    expect(first.body.canManage).toBe(true);
    const second = await c.pilote!.get<ListBody>(
      teamPath(teamKey, `learners?pageSize=1&continuationToken=${encodeURIComponent(first.body.continuationToken!)}`),
    );
    expect([...oids(first.body), ...oids(second.body)].sort()).toEqual([OID.resident, OID.etudiant].sort());
    expect((await c.pilote!.get(teamPath(teamKey, "learners?continuationToken=forged"))).status).toBe(400);
  });

  it("names the listed learners and their supervisors (people), by display name", async () => {
    const teamKey = await team();
    const list = await c.pilote!.get<ListBody>(teamPath(teamKey, "learners"));
    for (const p of ["resident", "etudiant", "superviseur", "clinicien"])
      expect(list.body.people[OID[p]!], p).toBe(NAME[p]);
    const own = await c.resident!.get<ListBody>(teamPath(teamKey, "learners"));
    expect(own.body.people).toMatchObject({ [OID.resident!]: NAME.resident, [OID.superviseur!]: NAME.superviseur });
    expect(own.body.people[OID.etudiant!]).toBeUndefined();
  });

  it("a supervisor lists only their learners and cannot read another supervisor's learner", async () => {
    const teamKey = await team();
    expect(oids((await c.superviseur!.get<ListBody>(teamPath(teamKey, "learners"))).body)).toEqual([OID.resident]);
    expect(oids((await c.clinicien!.get<ListBody>(teamPath(teamKey, "learners"))).body)).toEqual([OID.etudiant]);
    expect((await c.superviseur!.get(teamPath(teamKey, `learners/${OID.etudiant}`))).status).toBe(403);
    expect((await c.clinicien!.get(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(403);
    expect((await c.superviseur!.get(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(200);
  });

  it("a learner reads only themselves, never a peer", async () => {
    const teamKey = await team();
    expect(oids((await c.resident!.get<ListBody>(teamPath(teamKey, "learners"))).body)).toEqual([OID.resident]);
    expect((await c.resident!.get(teamPath(teamKey, `learners/${OID.etudiant}`))).status).toBe(403);
    expect((await c.etudiant!.get(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(403);
    expect((await c.etudiant!.get(teamPath(teamKey, `learners/${OID.etudiant}`))).status).toBe(200);
  });

  it("another tenant never gets the dev tenant's learners, whatever ids it sends", async () => {
    const teamKey = await team();
    const other = c["autre-locataire"]!;
    // Balises is not installed in that team in the other tenant.
    expect((await other.get(teamPath(teamKey, "learners"))).status).toBe(404);
    expect(
      (
        await other.post(teamPath(teamKey, "learners"), {
          oid: OID.pilote2,
          role: "resident",
          supervisors: [OID.superviseur],
          trainingSite: "X",
        })
      ).status,
    ).toBe(404);
    for (const oid of [OID.resident, OID.etudiant])
      expect((await other.get(teamPath(teamKey, `learners/${oid}`))).status).toBe(404);
    // Even as the pilot of the same team key installed in its own tenant, it sees only its own (empty) team.
    await seededTeam(service, ["autre-locataire"], { tenantId: DEV_OTHER_TENANT_ID, groupId: teamKey });
    expect((await install(other, teamKey)).status).toBe(201);
    const list = await other.get<ListBody>(teamPath(teamKey, "learners"));
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
    expect((await other.get(teamPath(teamKey, `learners/${OID.resident}`))).status).toBe(404);
  });

  it("someone with no learner relationship is refused; roles come from the learners table", async () => {
    const teamKey = await team();
    expect((await c.pilote2!.get(teamPath(teamKey, "learners"))).status).toBe(403);
    const me = async (who: string) =>
      (await c[who]!.get<{ roles: string[] }>(`/api/me?team=${encodeURIComponent(teamKey)}`)).body.roles;
    expect(await me("superviseur")).toEqual(["supervisor", "clinician"]);
    expect(await me("resident")).toEqual(["learner", "clinician"]);
    expect(await me("pilote2")).toEqual(["clinician"]);
  });
});

describe("designation as competent for telehealth (003 §9.4)", () => {
  it("the resident's supervisor designates with the date, then withdraws; both audited", async () => {
    const teamKey = await team();
    const path = teamPath(teamKey, `learners/${OID.resident}/designation`);
    const given = await c.superviseur!.put<LearnerBody>(path, {});
    expect(given.status).toBe(200);
    expect(given.body.designation).toEqual({ at: anyString(), by: OID.superviseur });
    expect((await audit(teamKey))[0]).toMatchObject({ action: "designation.give", by: OID.superviseur });
    const withdrawn = await c.superviseur!.delete<LearnerBody>(path);
    expect(withdrawn.body.designation).toBeNull();
    expect(withdrawn.body.designations[0]!.withdrawnAt).toEqual(expect.any(String));
    expect((await audit(teamKey))[0]).toMatchObject({ action: "designation.withdraw", by: OID.superviseur });
  });

  it("nobody else designates: not another supervisor, not a pilot, not the resident, not another tenant", async () => {
    const teamKey = await team();
    const path = teamPath(teamKey, `learners/${OID.resident}/designation`);
    for (const who of ["clinicien", "pilote", "resident"]) expect((await c[who]!.put(path, {})).status, who).toBe(403);
    expect((await c["autre-locataire"]!.put(path, {})).status).toBe(404);
    expect(
      (await c.pilote!.get<LearnerBody>(teamPath(teamKey, `learners/${OID.resident}`))).body.designation,
    ).toBeNull();
  });

  it("students are not designated (§9.3 applies instead): 400", async () => {
    const teamKey = await team();
    const r = await c.clinicien!.put<ErrorBody>(teamPath(teamKey, `learners/${OID.etudiant}/designation`), {});
    expect(r.status).toBe(400);
    expect(r.body.error.messages["fr-CA"]).toMatch(/§9\.3/);
  });
});

describe("student observations (003 §9.3)", () => {
  it("shows observations before the first time observed, against the team's threshold", async () => {
    const teamKey = await team();
    const services = service.services;
    const ids: string[] = [];
    for (let day = 1; day <= 3; day++)
      ids.push(
        await seedEncounter(services, {
          tenantId: DEV_TENANT_ID,
          teamKey,
          organizerId: OID.clinicien!,
          startedAt: `2026-03-0${day}T14:00:00.000Z`,
        }),
      );
    const record = (id: string, participation: string) =>
      c.clinicien!.put(`/api/encounters/${id}/learners/${OID.etudiant}`, { participation, atTrainingSite: true });
    expect((await record(ids[0]!, "observed")).status).toBe(200);
    expect((await record(ids[1]!, "observed")).status).toBe(200);
    expect((await record(ids[2]!, "wasObserved")).status).toBe(200);
    const view = await c.clinicien!.get<LearnerBody>(teamPath(teamKey, `learners/${OID.etudiant}`));
    expect(view.body.progress).toMatchObject({
      observationsBeforeFirstObserved: 2,
      threshold: 3,
      observedTooEarly: true,
      thresholdMet: false,
    });

    // The pilot lowers the team's threshold to 2: audited, and the same history now meets it.
    const settings = await c.pilote!.put<{ observationThreshold: number }>(teamPath(teamKey, "supervision-settings"), {
      observationThreshold: 2,
    });
    expect(settings.status).toBe(200);
    expect(
      (await c.clinicien!.put(teamPath(teamKey, "supervision-settings"), { observationThreshold: 1 })).status,
    ).toBe(403);
    expect((await audit(teamKey))[0]).toMatchObject({ action: "supervision.threshold" });
    const after = await c.etudiant!.get<LearnerBody>(teamPath(teamKey, `learners/${OID.etudiant}`));
    expect(after.body.progress).toMatchObject({
      observationsBeforeFirstObserved: 2,
      threshold: 2,
      observedTooEarly: false,
      thresholdMet: true,
    });
  });
});

describe("recording a learner's part on an encounter", () => {
  it("the encounter's clinician, a pilot or the learner's supervisor may; others may not", async () => {
    const teamKey = await team();
    const id = await seedEncounter(service.services, {
      tenantId: DEV_TENANT_ID,
      teamKey,
      organizerId: OID.clinicien!,
      startedAt: "2026-03-05T14:00:00.000Z",
    });
    const path = `/api/encounters/${id}/learners/${OID.resident}`;
    expect((await c.resident!.put(path, { participation: "led" })).status).toBe(403);
    expect((await c.etudiant!.put(path, { participation: "led" })).status).toBe(403);
    expect((await c["autre-locataire"]!.put(path, { participation: "led" })).status).toBe(404);
    expect((await c.superviseur!.put(path, { participation: "led" })).status).toBe(200);
    const byClinician = await c.clinicien!.put<{ learners: unknown[] }>(path, { participation: "wasObserved" });
    expect(byClinician.body.learners).toEqual([
      { learnerId: OID.resident, role: "resident", participation: "wasObserved" },
    ]);
    expect((await c.pilote!.delete<{ learners: unknown[] }>(path)).body.learners).toEqual([]);
  });

  it("refuses a learner not registered in the encounter's team, an unknown encounter and a bad body", async () => {
    const teamKey = await team();
    const id = await seedEncounter(service.services, {
      tenantId: DEV_TENANT_ID,
      teamKey,
      organizerId: OID.clinicien!,
      startedAt: "2026-03-06T14:00:00.000Z",
    });
    expect(
      (await c.clinicien!.put(`/api/encounters/${id}/learners/${OID.pilote2}`, { participation: "observed" })).status,
    ).toBe(404);
    expect(
      (await c.clinicien!.put(`/api/encounters/bm9wZQ.1/learners/${OID.resident}`, { participation: "observed" }))
        .status,
    ).toBe(404);
    expect(
      (await c.clinicien!.put(`/api/encounters/${id}/learners/${OID.resident}`, { participation: "taught" })).status,
    ).toBe(400);
  });
});
