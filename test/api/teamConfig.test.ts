/**
 * GET/PUT /api/teams/{groupId}/config and POST /install over HTTP, against the real service and Azurite:
 * defaults, installation, validation (003 §4, §1.1/§8.8, §2.3), pilots only, ETag concurrency, audit.
 * Each test uses its own team (a random group id) with every dev persona on its roster.
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { BASELINE_MATRIX } from "../../bot/src/domain/matrix.js";
import { SECTION_4_QUOTE } from "../../bot/src/domain/corridor.js";
import {
  anyString,
  matching,
  as,
  call,
  defaults,
  DEV_TENANT_ID,
  install,
  OID,
  putConfig,
  seededTeam,
  teamPath,
  type Client,
  type ConfigViewBody,
  type ErrorBody,
} from "./apiClient.js";

let service: TestService;
let pilot: Client;
let clinician: Client;

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  pilot = await as(service, "pilote");
  clinician = await as(service, "clinicien");
});
afterAll(() => service.stop());

const newTeam = () => seededTeam(service);

const GMF = {
  id: "gmf",
  name: "GMF des Rivières — plage sans rendez-vous",
  kind: "gmf" as const,
  contact: "Poste 1234, du lundi au vendredi",
};

/** DESIGN, privacy: the audit keeps a corridor's id and kind, and of its free text only the size. */
const GMF_AS_AUDITED = { id: "gmf", name: { chars: 41 }, kind: "gmf", contact: { chars: 32 } };

async function installed() {
  const teamKey = await newTeam();
  const response = await install(pilot, teamKey);
  expect(response.status).toBe(201);
  return { teamKey, etag: response.body.etag! };
}

async function auditOf(teamKey: string) {
  return (
    await pilot.get<{
      items: Array<{ action: string; by: string; changes: Array<{ path: string; before: unknown; after: unknown }> }>;
    }>(teamPath(teamKey, "audit"))
  ).body.items;
}

describe("GET config", () => {
  it("answers the MSSS defaults for an installed team with no saved configuration", async () => {
    const response = await clinician.get<ConfigViewBody>(teamPath(await newTeam(), "config"));
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBeNull();
    expect(response.body).toMatchObject({
      configuration: defaults(),
      pilots: [],
      etag: null,
      version: 0,
      isDefault: true,
      matrix: BASELINE_MATRIX,
      differences: [],
      validCorridor: false,
    });
    expect(response.body.checklist.map((i) => i.id)).toContain("confidentialPlace");
    expect(response.body.checklist[0]).toMatchObject({
      label: { "fr-CA": anyString(), en: anyString() },
      source: matching(/^003 §/),
    });
  });

  it("answers 404 team_not_installed for a team where Balises is not installed", async () => {
    const response = await clinician.get<ErrorBody>(teamPath(randomUUID(), "config"));
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("team_not_installed");
  });
});

describe("POST install", () => {
  it("creates the defaults with the installer as first pilot (201), then never overwrites (200)", async () => {
    const teamKey = await newTeam();
    const first = await install(pilot, teamKey);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({
      teamKey,
      isDefault: false,
      pilots: [OID.pilote],
      version: 1,
      configuration: defaults(),
    });
    expect(first.headers.get("etag")).toBe(first.body.etag);

    const changed = { ...defaults(), corridors: [GMF] };
    expect((await putConfig(pilot, teamKey, changed, first.body.etag)).status).toBe(200);
    const again = await install(clinician, teamKey);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ pilots: [OID.pilote], configuration: changed });

    expect(
      (await clinician.get<{ roles: string[] }>(`/api/me?team=${encodeURIComponent(teamKey)}`)).body.roles,
    ).toEqual(["clinician"]);
    expect((await pilot.get<{ roles: string[] }>(`/api/me?team=${encodeURIComponent(teamKey)}`)).body.roles).toEqual([
      "pilot",
      "clinician",
    ]);
    const audit = await auditOf(teamKey);
    expect(audit.map((e) => e.action)).toEqual(["config.update", "config.install"]);
    expect(audit[1]).toMatchObject({ by: OID.pilote, changes: [{ path: "pilots", before: [], after: [OID.pilote] }] });
  });
});

describe("PUT config", () => {
  it("stores a valid configuration, answers the new view and ETag, and audits the field-level diff", async () => {
    const { teamKey, etag } = await installed();
    const configuration = defaults();
    configuration.corridors = [GMF];
    configuration.matrix.cells = [{ situationId: "screening", modality: "phone", rating: null }];
    configuration.contingency.callbackDelayMinutes = 10;
    configuration.checklistProfile = "socialWork";
    configuration.annualEvaluationDate = "2026-03-15";
    const response = await putConfig(pilot, teamKey, configuration, etag);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      configuration,
      version: 2,
      isDefault: false,
      validCorridor: true,
      differences: [{ situationId: "screening", modality: "phone", baseline: "+", team: null }],
    });
    expect(response.body.etag).not.toBe(etag);
    expect(response.headers.get("etag")).toBe(response.body.etag);
    expect(response.body.matrix.situations.find((s) => s.id === "screening")?.ratings.phone).toBeNull();
    expect(response.body.checklist.every((i) => i.source.startsWith("001"))).toBe(true);
    expect((await clinician.get<ConfigViewBody>(teamPath(teamKey, "config"))).body).toMatchObject({
      configuration,
      etag: response.body.etag,
    });

    const [entry] = await auditOf(teamKey);
    expect(entry).toMatchObject({ action: "config.update", by: OID.pilote });
    expect(entry!.changes).toEqual(
      expect.arrayContaining([
        { path: "corridors.0", before: null, after: GMF_AS_AUDITED },
        { path: "matrix.cells.0", before: null, after: { situationId: "screening", modality: "phone", rating: null } },
        { path: "contingency.callbackDelayMinutes", before: 5, after: 10 },
        { path: "checklistProfile", before: "medicine", after: "socialWork" },
        { path: "annualEvaluationDate", before: null, after: "2026-03-15" },
      ]),
    );
    expect(entry!.changes).toHaveLength(5);
  });

  it("keeps a last-evaluation date stored before: only a date the pilot enters is checked against today (§11)", async () => {
    const { teamKey } = await installed();
    const repo = service.services.teamConfigs;
    const stored = (await repo.get(DEV_TENANT_ID, teamKey))!;
    const future = { ...stored.configuration, annualEvaluationDate: "2999-01-01" };
    const write = { configuration: future, pilots: stored.pilots, at: new Date().toISOString(), by: OID.pilote! };
    const { etag } = await repo.replace(DEV_TENANT_ID, teamKey, write, stored.etag, stored.version);
    const response = await putConfig(pilot, teamKey, { ...future, corridors: [GMF] }, etag);
    expect(response.status).toBe(200);
    expect(response.body.configuration).toMatchObject({ annualEvaluationDate: "2999-01-01", corridors: [GMF] });
  });

  it("writes nothing and audits nothing when nothing changed", async () => {
    const { teamKey, etag } = await installed();
    const response = await putConfig(pilot, teamKey, defaults(), etag);
    expect(response.status).toBe(200);
    expect(response.body.etag).toBe(etag);
    expect((await auditOf(teamKey)).map((e) => e.action)).toEqual(["config.install"]);
  });

  describe("validation (400, field-level, bilingual)", () => {
    const cases: Array<[string, (c: ReturnType<typeof defaults>) => void, string, RegExp]> = [
      // 003 §4
      [
        "an emergency-department corridor",
        (c) => {
          c.corridors = [{ ...GMF, kind: "emergencyDepartment" }];
        },
        "corridors.0.kind",
        /ne sont pas considérés comme valables/,
      ],
      [
        "a corridor named after a CDE",
        (c) => {
          c.corridors = [GMF, { ...GMF, id: "cde", name: "Clinique désignée d'évaluation de Laval", kind: "other" }];
        },
        "corridors.1.name",
        /ne sont pas considérés comme valables/,
      ],
      // 003 §1.1, §8.8
      [
        "a reminder after the deadline",
        (c) => {
          c.reminderPolicy = { offsets: ["PT2H", "PT30H"], deadline: "PT24H" };
        },
        "reminderPolicy.offsets.1",
        /avant l'échéance/,
      ],
      [
        "a deadline over 24 hours",
        (c) => {
          c.reminderPolicy = { offsets: ["PT2H"], deadline: "PT48H" };
        },
        "reminderPolicy.deadline",
        /24 heures/,
      ],
      // 003 §2.3
      [
        "an unknown situation",
        (c) => {
          c.matrix.cells = [{ situationId: "astrologie", modality: "video", rating: "+" }];
        },
        "matrix.cells.0.situationId",
        /Situation inconnue/,
      ],
      [
        "a bad rating",
        (c) => {
          (c.matrix.cells as unknown[]) = [{ situationId: "screening", modality: "video", rating: "++++" }];
        },
        "matrix.cells.0.rating",
        /Valeur invalide/,
      ],
      [
        "an unknown field",
        (c) => {
          (c as unknown as Record<string, unknown>).couleur = "bleu";
        },
        "couleur",
        /Champ inconnu/,
      ],
      [
        "an unknown field in a corridor",
        (c) => {
          c.corridors = [{ ...GMF, patientCount: 3 } as typeof GMF];
        },
        "corridors.0.patientCount",
        /Champ inconnu/,
      ],
      [
        "a callback delay over 60 minutes",
        (c) => {
          c.contingency.callbackDelayMinutes = 90;
        },
        "contingency.callbackDelayMinutes",
        /Au plus 60/,
      ],
      // DESIGN, privacy: free text for its purpose, never a patient identifier.
      [
        "a RAMQ-like number in the phone-bridge instructions",
        (c) => {
          c.contingency.bridgeText = "Rappeler le patient TREM 8501 1512 au numéro confirmé";
        },
        "contingency.bridgeText",
        /numéro d'assurance maladie \(RAMQ/,
      ],
      [
        "a RAMQ-like number without spaces in a corridor's conditions",
        (c) => {
          c.corridors = [{ ...GMF, conditions: "Déjà référé : trem85011512" }];
        },
        "corridors.0.conditions",
        /numéro d'assurance maladie \(RAMQ/,
      ],
      [
        "an e-mail address in a corridor's hours",
        (c) => {
          c.corridors = [{ ...GMF, hours: "Écrire à marie.tremblay@example.com" }];
        },
        "corridors.0.hours",
        /Pas d'adresse courriel/,
      ],
      [
        "an e-mail address in a crisis resource's notes",
        (c) => {
          c.contingency.crisisResources[0] = { ...c.contingency.crisisResources[0]!, notes: "suivi: a.b@example.com" };
        },
        "contingency.crisisResources.0.notes",
        /Pas d'adresse courriel/,
      ],
      [
        // The same words as the forms say it before sending.
        "an empty interpreter service",
        (c) => {
          c.interpreters = [{ id: "int", name: "", contact: "poste 12" }];
        },
        "interpreters.0.name",
        /^Champ requis\.$/,
      ],
      [
        // Left out rather than empty: the same words.
        "an interpreter service without a name",
        (c) => {
          c.interpreters = [{ id: "int", contact: "poste 12" } as (typeof c.interpreters)[number]];
        },
        "interpreters.0.name",
        /^Champ requis\.$/,
      ],
      [
        "an over-long corridor name",
        (c) => {
          c.corridors = [{ ...GMF, name: "GMF ".repeat(31) }];
        },
        "corridors.0.name",
        /Au plus 120 caractères/,
      ],
      [
        "a last evaluation dated in the future (§11: the date it was held)",
        (c) => {
          c.annualEvaluationDate = "2999-01-01";
        },
        "annualEvaluationDate",
        /ne peut pas être dans le futur/,
      ],
      [
        "over-long phone-bridge instructions",
        (c) => {
          c.contingency.bridgeText = "x".repeat(501);
        },
        "contingency.bridgeText",
        /Au plus 500 caractères/,
      ],
      [
        "a crisis line that is not a phone number",
        (c) => {
          c.contingency.crisisResources.push({ id: "web", region: "Québec", name: "Ligne", phone: "voir le site web" });
        },
        "contingency.crisisResources.3.phone",
        /Numéro de téléphone nord-américain attendu/,
      ],
      [
        "a line break in an interpreter service's name",
        (c) => {
          c.interpreters = [{ id: "i1", name: "Banque\nrégionale", contact: "poste 12" }];
        },
        "interpreters.0.name",
        /Une seule ligne/,
      ],
    ];

    it.each(cases)("refuses %s", async (_label, mutate, path, french) => {
      const { teamKey, etag } = await installed();
      const configuration = defaults();
      mutate(configuration);
      const response = await putConfig(pilot, teamKey, configuration, etag);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("validation_failed");
      expect(response.body.error.messages).toEqual({ "fr-CA": anyString(), en: anyString() });
      const detail = response.body.error.details?.find((d) => d.path === path);
      expect(detail?.message["fr-CA"]).toMatch(french);
      expect(detail?.message.en.length).toBeGreaterThan(5);
      expect((await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body).toMatchObject({
        configuration: defaults(),
        etag,
      });
    });

    it("refuses every free-text problem at once, each at its field, in both languages", async () => {
      const { teamKey, etag } = await installed();
      const configuration = defaults();
      configuration.corridors = [{ ...GMF, whoMayRefer: "Dr X, x@example.com", address: "NAS 046 454 286" }];
      configuration.contingency.crisisResources[2] = {
        ...configuration.contingency.crisisResources[2]!,
        phone: "811-A",
      };
      const response = await putConfig(pilot, teamKey, configuration, etag);
      expect(response.status).toBe(400);
      expect(response.body.error.details?.map((d) => d.path).sort()).toEqual([
        "contingency.crisisResources.2.phone",
        "corridors.0.address",
        "corridors.0.whoMayRefer",
      ]);
      for (const detail of response.body.error.details ?? []) {
        expect(Object.keys(detail.message)).toEqual(["fr-CA", "en"]);
        expect(detail.message.en).not.toBe(detail.message["fr-CA"]);
      }
    });

    it("accepts a service's e-mail address and phone numbers where they are expected", async () => {
      const { teamKey, etag } = await installed();
      const configuration = defaults();
      configuration.corridors = [{ ...GMF, contact: "819 555-0142 poste 2201, rdv.gmf@example.com" }];
      configuration.contingency.crisisResources.push({
        id: "s",
        region: "Québec",
        name: "Ligne",
        phone: "1 866 APPELLE",
      });
      configuration.contingency.bridgeText = "Pont : +1 514-555-0199\nConférence 123 456 789#";
      expect((await putConfig(pilot, teamKey, configuration, etag)).status).toBe(200);
    });

    it("quotes 003 §4 verbatim for a CDE corridor, in French and in English, and answers in the request's language", async () => {
      const { teamKey, etag } = await installed();
      const configuration = { ...defaults(), corridors: [{ ...GMF, kind: "designatedEvaluationClinic" }] };
      const response = await call<ErrorBody>(service, pilot.token, "PUT", `${teamPath(teamKey, "config")}?locale=en`, {
        body: { configuration },
        headers: { "if-match": etag },
      });
      expect(response.status).toBe(400);
      expect(response.body.error.message).toBe("The data received is invalid.");
      const detail = response.body.error.details![0]!;
      expect(detail.path).toBe("corridors.0.kind");
      expect(detail.message["fr-CA"]).toContain(`« ${SECTION_4_QUOTE} »`);
      expect(detail.message.en).toContain(
        "Note that referral mechanisms to emergency departments or to designated evaluation clinics (CDE) are not considered valid.",
      );
    });

    it("refuses unknown fields and a missing configuration at the body level", async () => {
      const { teamKey, etag } = await installed();
      const extra = await pilot.put<ErrorBody>(
        teamPath(teamKey, "config"),
        { configuration: defaults(), pilots: [OID.clinicien] },
        { "if-match": etag },
      );
      expect(extra.status).toBe(400);
      expect(extra.body.error.details).toEqual([
        { path: "pilots", message: { "fr-CA": "Champ inconnu.", en: "Unknown field." } },
      ]);
      const missing = await pilot.put<ErrorBody>(teamPath(teamKey, "config"), {}, { "if-match": etag });
      expect(missing.status).toBe(400);
      expect(missing.body.error.details).toEqual([
        { path: "configuration", message: { "fr-CA": "Champ requis.", en: "Required field." } },
      ]);
    });

    it("answers 400 for malformed JSON or a non-object body, 415 for a form, and 413 when oversized — never a 5xx", async () => {
      const { teamKey, etag } = await installed();
      const path = teamPath(teamKey, "config");
      const malformed = await call<ErrorBody>(service, pilot.token, "PUT", path, {
        rawBody: '{"configuration": {',
        headers: { "if-match": etag },
      });
      expect(malformed.status).toBe(400);
      expect(malformed.body.error.code).toBe("malformed_json");
      expect(
        (await call(service, pilot.token, "PUT", path, { rawBody: '"texte"', headers: { "if-match": etag } })).status,
      ).toBe(400);
      expect(
        (await call(service, pilot.token, "PUT", path, { rawBody: "[]", headers: { "if-match": etag } })).status,
      ).toBe(400);
      expect(
        (
          await call(service, pilot.token, "PUT", path, {
            rawBody: "configuration=1",
            headers: { "if-match": etag, "content-type": "application/x-www-form-urlencoded" },
          })
        ).status,
      ).toBe(415);
      const huge = await call<ErrorBody>(service, pilot.token, "PUT", path, {
        body: { configuration: { ...defaults(), padding: "x".repeat(700_000) } },
        headers: { "if-match": etag },
      });
      expect(huge.status).toBe(413);
      expect(huge.body.error.code).toBe("too_large");
      const tooMany = { ...defaults(), corridors: Array.from({ length: 51 }, (_, i) => ({ ...GMF, id: `c${i}` })) };
      expect((await putConfig(pilot, teamKey, tooMany, etag)).status).toBe(400);
    });
  });

  it("refuses non-pilots with a bilingual 403 and keeps the configuration", async () => {
    const { teamKey, etag } = await installed();
    for (const persona of ["clinicien", "superviseur", "resident"]) {
      const other = await as(service, persona);
      const response = await putConfig(other, teamKey, { ...defaults(), corridors: [GMF] }, etag);
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe("forbidden");
      expect(response.body.error.messages["fr-CA"]).toMatch(/pilotes cliniques/);
      expect(response.body.error.messages.en).toMatch(/clinical pilots/);
    }
    expect((await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"))).body).toMatchObject({
      configuration: defaults(),
      etag,
    });
  });

  it("answers 428 without If-Match", async () => {
    const { teamKey } = await installed();
    const response = await putConfig(pilot, teamKey, defaults(), undefined);
    expect(response.status).toBe(428);
    expect(response.body.error.code).toBe("precondition_required");
    expect(response.body.error.messages["fr-CA"]).toMatch(/If-Match/);
  });

  it("keeps the first of two concurrent pilots' changes: the second, with the old ETag, gets 412 (no lost update)", async () => {
    const { teamKey, etag } = await installed();
    const pilot2 = await as(service, "pilote2");
    const added = await pilot.post<ConfigViewBody>(
      teamPath(teamKey, "pilots"),
      { userId: OID.pilote2 },
      { "if-match": etag },
    );
    expect(added.status).toBe(200);
    const seenByBoth = added.body.etag!;

    const first = { ...defaults(), corridors: [GMF] };
    const second = { ...defaults(), corridors: [{ ...GMF, id: "clsc", name: "CLSC Limoilou", kind: "clsc" as const }] };
    expect((await putConfig(pilot, teamKey, first, seenByBoth)).status).toBe(200);
    const lost = await putConfig(pilot2, teamKey, second, seenByBoth);
    expect(lost.status).toBe(412);
    expect(lost.body.error.code).toBe("etag_conflict");
    expect(lost.body.error.messages["fr-CA"]).toMatch(/Rechargez/);
    expect(lost.body.error.messages.en).toMatch(/Reload/);

    const stored = await pilot2.get<ConfigViewBody>(teamPath(teamKey, "config"));
    expect(stored.body.configuration).toEqual(first);
    expect((await putConfig(pilot2, teamKey, second, stored.body.etag)).status).toBe(200);
    expect((await auditOf(teamKey)).filter((e) => e.action === "config.update").map((e) => e.by)).toEqual([
      OID.pilote2,
      OID.pilote,
    ]);
  });

  it("answers 412 to an ETag that cannot be one, or If-Match on a team without configuration", async () => {
    const { teamKey } = await installed();
    expect((await putConfig(pilot, teamKey, { ...defaults(), corridors: [GMF] }, 'pas-un-etag, "x"')).status).toBe(412);
    expect(
      (
        await putConfig(
          pilot,
          teamKey,
          { ...defaults(), corridors: [GMF] },
          "W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"",
        )
      ).status,
    ).toBe(412);
    expect((await putConfig(pilot, await newTeam(), defaults(), 'W/"x"')).status).toBe(412);
  });

  it("creates with If-None-Match: * when nothing is stored (caller becomes first pilot), 412 when something is", async () => {
    const teamKey = await newTeam();
    const configuration = { ...defaults(), corridors: [GMF] };
    const created = await putConfig(clinician, teamKey, configuration, undefined, { "if-none-match": "*" });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({ configuration, pilots: [OID.clinicien], version: 1, isDefault: false });
    const again = await putConfig(pilot, teamKey, defaults(), undefined, { "if-none-match": "*" });
    expect(again.status).toBe(412);
    const [entry] = await auditOf(teamKey);
    expect(entry).toMatchObject({ action: "config.install", by: OID.clinicien });
    expect(entry!.changes).toEqual([
      { path: "corridors.0", before: null, after: GMF_AS_AUDITED },
      { path: "pilots", before: [], after: [OID.clinicien] },
    ]);
  });
});
