/**
 * Fuzz of the tab's API (/api/*) against the real service and Azurite: 1,000+ hostile requests (see
 * tabApiCases.ts), most with a valid token so they get past authentication, a fixed seed by default
 * (fuzzRunner.ts). Every answer: no 5xx, no hang past 5 s, every 4xx with the bilingual error body, nothing
 * logged as an error; after them the service still answers /healthz and Object.prototype is untouched.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OID, seededTeam, STAFF } from "../api/apiClient.js";
import { runBatch, Tally } from "./fuzzBatch.js";
import { BATCH, casesPerTarget, fuzz, replaying } from "./fuzzRunner.js";
import { devToken, send, startFuzzService, type FuzzService } from "./fuzzService.js";
import { POLLUTION_MARK } from "./hostileValues.js";
import { apiCases, type ApiWorld } from "./tabApiCases.js";

const CASES = casesPerTarget(1_024);

let service: FuzzService;
let world: ApiWorld;

async function prepared(path: string, token: string, method = "POST", body?: unknown) {
  const answer = await send(service.port, {
    method,
    path,
    headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  expect(answer.status, `${method} ${path}: ${answer.text}`).toBeLessThan(300);
  return answer;
}

beforeAll(async () => {
  service = await startFuzzService();
  const teamKey = await seededTeam(service, STAFF);
  const [pilote, clinicien, etudiant, superviseur, autre] = await Promise.all(
    ["pilote", "clinicien", "etudiant", "superviseur", "autre-locataire"].map((p) => devToken(service, p)),
  );
  const tokens = {
    pilote: pilote!,
    clinicien: clinicien!,
    etudiant: etudiant!,
    superviseur: superviseur!,
    autre: autre!,
  };
  await prepared(`/api/teams/${teamKey}/install`, tokens.pilote);
  await prepared(`/api/teams/${teamKey}/learners`, tokens.pilote, "POST", {
    oid: OID.etudiant,
    role: "medicalStudent",
    supervisors: [OID.superviseur],
    trainingSite: "GMF-U Maizerets",
  });
  const config = await prepared(`/api/teams/${teamKey}/config`, tokens.pilote, "GET");
  world = {
    teamKey,
    tokens,
    oids: {
      etudiant: OID.etudiant!,
      superviseur: OID.superviseur!,
      resident: OID.resident!,
      clinicien: OID.clinicien!,
    },
    configEtag: String(config.headers.etag),
  };
  service.errors.length = 0;
});
afterAll(() => service?.stop());

describe("fuzz: the tab's API", () => {
  it(`answers ${CASES} hostile requests with no 5xx, no hang and a bilingual body on every 4xx`, async () => {
    const tally = new Tally();
    const outcome = await fuzz("/api/*", "test/fuzz/tabApi.test.ts", apiCases(world), CASES, (batch) =>
      runBatch(service, batch, tally),
    );
    console.info(`[fuzz] /api/*: seed ${outcome.seed}, ${outcome.runs * BATCH} cases (${tally.toString()})`);
    if (!replaying()) expect(outcome.runs * BATCH).toBeGreaterThanOrEqual(Math.min(CASES, 1_000));

    const health = await send(service.port, { method: "GET", path: "/healthz", headers: {} });
    expect(health.status).toBe(200);
    expect(Object.hasOwn(Object.prototype, POLLUTION_MARK)).toBe(false);
  }, 300_000);
});
