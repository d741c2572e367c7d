/**
 * Identity of the tab API with the dev identity provider: tokens go through the same validator as Entra
 * tokens (RS256, audience, issuer, expiry, scope), and the tenant always comes from the token.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SignJWT, decodeJwt, generateKeyPair, base64url } from "jose";
import { startTestService, type TestService } from "../support/service.js";
import { DEV_AUTHORITY_HOST, DEV_CLIENT_ID, type DevIdentityProvider } from "../../bot/src/auth/devIdentityProvider.js";
import {
  as,
  call,
  DEV_OTHER_TENANT_ID,
  DEV_TENANT_ID,
  devToken,
  install,
  NAME,
  OID,
  putConfig,
  seededTeam,
  teamPath,
  defaults,
  type ConfigViewBody,
  type ErrorBody,
} from "./apiClient.js";

let service: TestService;
let dev: DevIdentityProvider;

beforeAll(async () => {
  service = await startTestService({ DEV_IDENTITY: "on" });
  dev = service.services.identity.dev!;
});
afterAll(() => service.stop());

async function meWith(token: string | undefined, headers: Record<string, string> = {}) {
  return call<ErrorBody>(service, token, "GET", "/api/me", { headers });
}

const pilote = () => dev.claimsFor(dev.persona("pilote")!);

/** Why the shared validator refused a token (the HTTP answer is the same 401 for all). */
async function reasonOf(token: string): Promise<unknown> {
  try {
    await service.services.identity.validate!(token);
    return "accepted";
  } catch (error) {
    return (error as { details?: unknown }).details;
  }
}

describe("dev identity provider", () => {
  it("lists the personas with fixed object ids and valid UUID tenants", async () => {
    const response = await call<{
      tenantId: string;
      personas: Array<{ id: string; name: string; oid: string; tenantId: string }>;
    }>(service, undefined, "GET", "/dev/personas");
    expect(response.status).toBe(200);
    expect(response.body.tenantId).toBe(DEV_TENANT_ID);
    expect(response.body.personas.map((p) => p.id)).toEqual([
      "pilote",
      "superviseur",
      "resident",
      "etudiant",
      "clinicien",
      "pilote2",
      "autre-locataire",
    ]);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const p of response.body.personas) {
      expect(p.oid).toMatch(uuid);
      expect(p.tenantId).toMatch(uuid);
    }
    expect(response.body.personas.find((p) => p.id === "autre-locataire")?.tenantId).toBe(DEV_OTHER_TENANT_ID);
  });

  it("signs RS256 tokens shaped like Entra v2 access tokens", async () => {
    const response = await call<{ token: string; expiresIn: number }>(service, undefined, "POST", "/dev/token", {
      body: { persona: "resident" },
    });
    expect(response.status).toBe(200);
    expect(response.body.expiresIn).toBe(3600);
    const [header] = response.body.token.split(".");
    expect(JSON.parse(new TextDecoder().decode(base64url.decode(header!)))).toMatchObject({ alg: "RS256", typ: "JWT" });
    expect(decodeJwt(response.body.token)).toMatchObject({
      iss: `${DEV_AUTHORITY_HOST}/${DEV_TENANT_ID}/v2.0`,
      aud: DEV_CLIENT_ID,
      scp: "access_as_user",
      tid: DEV_TENANT_ID,
      oid: OID.resident,
      name: NAME.resident,
      ver: "2.0",
    });
  });

  it("refuses an unknown persona", async () => {
    expect((await call(service, undefined, "POST", "/dev/token", { body: { persona: "admin" } })).status).toBe(400);
    expect((await call(service, undefined, "POST", "/dev/token", { body: {} })).status).toBe(400);
  });

  it("answers /api/me from the token", async () => {
    const response = await meWith(await devToken(service, "clinicien"));
    expect(response).toMatchObject({
      status: 200,
      body: {
        tenantId: DEV_TENANT_ID,
        userId: OID.clinicien,
        name: NAME.clinicien,
        roles: ["clinician"],
        team: null,
        devIdentity: true,
      },
    });
  });

  it("puts the baseline matrix behind the token too", async () => {
    expect((await call(service, undefined, "GET", "/api/matrix/baseline")).status).toBe(401);
    expect((await call(service, await devToken(service, "clinicien"), "GET", "/api/matrix/baseline")).status).toBe(200);
  });
});

describe("token rejections (401, bilingual)", () => {
  it("refuses a request without a token, with a bilingual JSON error", async () => {
    const response = await meWith(undefined);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toBe("Bearer");
    expect(response.body.error.code).toBe("unauthorized");
    expect(response.body.error.messages["fr-CA"]).toMatch(/Authentification requise/);
    expect(response.body.error.messages.en).toMatch(/Authentication required/);
  });

  it("refuses another authorization scheme", async () => {
    expect(
      (await call(service, undefined, "GET", "/api/me", { headers: { authorization: "Basic cGlsb3RlOnBpbG90ZQ==" } }))
        .status,
    ).toBe(401);
  });

  it("refuses a token whose payload was altered (bad signature)", async () => {
    const [h, , s] = (await devToken(service, "clinicien")).split(".");
    const forged = base64url.encode(JSON.stringify({ ...pilote(), oid: OID.pilote }));
    expect((await meWith(`${h}.${forged}.${s}`)).status).toBe(401);
    expect(await reasonOf(`${h}.${forged}.${s}`)).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
  });

  it("refuses a token signed by another key under the same kid", async () => {
    const { privateKey } = await generateKeyPair("RS256");
    const token = await new SignJWT(pilote())
      .setProtectedHeader({ alg: "RS256", typ: "JWT", kid: await dev.kid() })
      .sign(privateKey);
    expect((await meWith(token)).status).toBe(401);
    expect(await reasonOf(token)).toBe("ERR_JWS_SIGNATURE_VERIFICATION_FAILED");
  });

  it("refuses a token of another dev provider (another service's key)", async () => {
    const other = await startTestService({ DEV_IDENTITY: "on" });
    try {
      expect((await meWith(await devToken(other, "pilote"))).status).toBe(401);
    } finally {
      await other.stop();
    }
  });

  it("refuses alg: none", async () => {
    const header = base64url.encode(JSON.stringify({ alg: "none", typ: "JWT" }));
    const token = `${header}.${base64url.encode(JSON.stringify(pilote()))}.`;
    expect((await meWith(token)).status).toBe(401);
    expect(await reasonOf(token)).toBe("ERR_JOSE_ALG_NOT_ALLOWED");
  });

  it("refuses HS256, even keyed with public material", async () => {
    const secret = new TextEncoder().encode(JSON.stringify(await dev.kid()).padEnd(64, "x"));
    const token = await new SignJWT(pilote())
      .setProtectedHeader({ alg: "HS256", typ: "JWT", kid: await dev.kid() })
      .sign(secret);
    expect((await meWith(token)).status).toBe(401);
    expect(await reasonOf(token)).toBe("ERR_JOSE_ALG_NOT_ALLOWED");
  });

  it.each([
    [
      "a wrong audience",
      { aud: "api://ailleurs/11111111-1111-4111-8111-111111111111" },
      "ERR_JWT_CLAIM_VALIDATION_FAILED:aud",
    ],
    [
      "a wrong issuer",
      { iss: `https://login.microsoftonline.com/${DEV_TENANT_ID}/v2.0` },
      "ERR_JWT_CLAIM_VALIDATION_FAILED:iss",
    ],
    [
      "an issuer of another tenant than its tid",
      { iss: `${DEV_AUTHORITY_HOST}/${DEV_OTHER_TENANT_ID}/v2.0` },
      "issuer does not match tid",
    ],
    [
      "an unknown tenant",
      {
        tid: "99999999-9999-4999-8999-999999999999",
        iss: `${DEV_AUTHORITY_HOST}/99999999-9999-4999-8999-999999999999/v2.0`,
      },
      "ERR_JWT_CLAIM_VALIDATION_FAILED:iss",
    ],
    ["an expiry past the 60 s tolerance", { exp: Math.floor(Date.now() / 1000) - 120 }, "ERR_JWT_EXPIRED:exp"],
    ["no scope", { scp: undefined }, "missing scope access_as_user"],
    ["another scope", { scp: "User.Read" }, "missing scope access_as_user"],
    ["no object id", { oid: undefined }, "ERR_JWT_CLAIM_VALIDATION_FAILED:oid"],
  ])("refuses %s", async (_label, overrides, reason) => {
    // A claim overridden with undefined is left out of the token.
    const claims = Object.fromEntries(Object.entries({ ...pilote(), ...overrides }).filter(([, v]) => v !== undefined));
    const token = await dev.sign(claims);
    expect((await meWith(token)).status).toBe(401);
    expect(await reasonOf(token)).toBe(reason);
  });

  it("accepts a token expired by less than the 60 s clock tolerance, and the app id URI audience", async () => {
    expect((await meWith(await dev.sign({ ...pilote(), exp: Math.floor(Date.now() / 1000) - 30 }))).status).toBe(200);
    expect((await meWith(await dev.sign({ ...pilote(), aud: `api://localhost/${DEV_CLIENT_ID}` }))).status).toBe(200);
  });
});

describe("tenant isolation", () => {
  /** A team of the dev tenant whose pilot saved a corridor named "GMF Secret". */
  async function secretTeam() {
    const pilot = await as(service, "pilote");
    const teamKey = await seededTeam(service, ["pilote"]);
    const installed = await install(pilot, teamKey);
    const configuration = {
      ...defaults(),
      corridors: [{ id: "gmf", name: "GMF Secret", kind: "gmf", contact: "poste 42" }],
    };
    expect((await putConfig(pilot, teamKey, configuration, installed.body.etag)).status).toBe(200);
    return { pilot, teamKey };
  }

  it("never returns another tenant's configuration: the tenant comes from the token (404, not installed there)", async () => {
    const { teamKey } = await secretTeam();
    const stranger = await as(service, "autre-locataire");
    const seen = await stranger.get<ErrorBody>(teamPath(teamKey, "config"));
    expect(seen.status).toBe(404);
    expect(seen.body.error.code).toBe("team_not_installed");
    expect(JSON.stringify(seen.body)).not.toContain("GMF Secret");
    expect((await stranger.get<ErrorBody>(teamPath(teamKey, "audit"))).status).toBe(404);
    expect((await stranger.get(`/api/me?team=${encodeURIComponent(teamKey)}`)).body).toMatchObject({
      tenantId: DEV_OTHER_TENANT_ID,
      roles: ["clinician"],
      team: { groupId: teamKey, name: null, installed: false, member: false },
    });
  });

  it("keeps the same team key in another tenant a separate team: its own row, the first one untouched", async () => {
    const { pilot, teamKey } = await secretTeam();
    const stranger = await as(service, "autre-locataire");
    await seededTeam(service, ["autre-locataire"], { tenantId: DEV_OTHER_TENANT_ID, groupId: teamKey });
    const theirs = await install(stranger, teamKey);
    expect(theirs.status).toBe(201);
    expect(theirs.body).toMatchObject({ pilots: [OID["autre-locataire"]], configuration: defaults() });
    expect((await stranger.get<{ items: unknown[] }>(teamPath(teamKey, "audit"))).body.items).toHaveLength(1);
    const ours = await pilot.get<ConfigViewBody>(teamPath(teamKey, "config"));
    expect(ours.body.configuration.corridors[0]?.name).toBe("GMF Secret");
    expect(ours.body.pilots).toEqual([OID.pilote]);
  });
});

describe("without DEV_IDENTITY", () => {
  it("has no /dev routes and refuses every API call", async () => {
    const plain = await startTestService({});
    try {
      expect((await call(plain, undefined, "GET", "/dev/personas")).status).toBe(404);
      expect((await call(plain, undefined, "POST", "/dev/token", { body: { persona: "pilote" } })).status).toBe(404);
      expect((await call(plain, await devToken(service, "pilote"), "GET", "/api/me")).status).toBe(401);
    } finally {
      await plain.stop();
    }
  });
});
