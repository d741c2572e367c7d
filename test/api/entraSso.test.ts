/**
 * Real Entra mode (AAD_APP_CLIENT_ID + AAD_APP_TENANT_ID, dev identity off): the API fetches the
 * tenant's JWKS from `${authorityHost}/${tenant}/discovery/v2.0/keys` and applies the same checks.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestService, type TestService } from "../support/service.js";
import { startFakeEntra, type FakeEntra } from "./fakeEntra.js";
import { startSilentPeer } from "../support/frozenPeer.js";

const TENANT = "11111111-1111-4111-8111-111111111111";
const OTHER_TENANT = "22222222-2222-4222-8222-222222222222";
const CLIENT_ID = "33333333-3333-4333-8333-333333333333";
const OID = "44444444-4444-4444-8444-444444444444";

let entra: FakeEntra;
let service: TestService;

beforeAll(async () => {
  entra = await startFakeEntra(TENANT);
  service = await startTestService({
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_APP_TENANT_ID: TENANT,
    AAD_APP_ID_URI: `api://balises.example.ca/${CLIENT_ID}`,
    AAD_APP_OAUTH_AUTHORITY_HOST: entra.authorityHost,
  });
});
afterAll(async () => {
  await service.stop();
  await entra.stop();
});

function claims(overrides: Record<string, unknown> = {}) {
  const now = Math.floor(Date.now() / 1000);
  return {
    aud: CLIENT_ID,
    iss: `${entra.authorityHost}/${TENANT}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    tid: TENANT,
    oid: OID,
    name: "Dre Tremblay",
    scp: "access_as_user",
    ver: "2.0",
    ...overrides,
  };
}

async function me(token: string) {
  const response = await fetch(`${service.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe("Entra SSO tokens", () => {
  it("accepts a token of the configured tenant, by client id or app id URI, using the tenant's JWKS", async () => {
    expect(await me(await entra.sign(claims()))).toEqual({
      status: 200,
      body: {
        tenantId: TENANT,
        userId: OID,
        name: "Dre Tremblay",
        roles: ["clinician"],
        team: null,
        devIdentity: false,
      },
    });
    expect((await me(await entra.sign(claims({ aud: `api://balises.example.ca/${CLIENT_ID}` })))).status).toBe(200);
    expect(entra.requests).toContain(`/${TENANT}/discovery/v2.0/keys`);
  });

  it("refuses another tenant (single-tenant app), even with a matching issuer", async () => {
    expect(
      (await me(await entra.sign(claims({ tid: OTHER_TENANT, iss: `${entra.authorityHost}/${OTHER_TENANT}/v2.0` }))))
        .status,
    ).toBe(401);
  });

  it("refuses an issuer that is not the token's own tenant", async () => {
    expect(
      (await me(await entra.sign(claims({ iss: `https://login.microsoftonline.com/${TENANT}/v2.0` })))).status,
    ).toBe(401);
  });

  it("refuses a dev-style audience", async () => {
    expect((await me(await entra.sign(claims({ aud: "00000000-0000-4000-8000-00000000dec1" })))).status).toBe(401);
  });

  it("has no dev identity routes", async () => {
    expect((await fetch(`${service.url}/dev/personas`)).status).toBe(404);
    expect(
      (
        await fetch(`${service.url}/dev/token`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: '{"persona":"pilote"}',
        })
      ).status,
    ).toBe(404);
  });

  it.each([
    ["frozen (accepts connections, never answers)", "frozen"],
    ["a host that does not resolve", "unresolvable"],
  ])(
    "answers 503 within the 3 s key fetch deadline when the key endpoint is %s, naming nothing internal",
    async (_case, kind) => {
      const silent = kind === "frozen" ? await startSilentPeer() : undefined;
      const authorityHost = silent ? `http://127.0.0.1:${silent.port}` : "http://entra-keys.invalid";
      const fresh = await startTestService({
        AAD_APP_CLIENT_ID: CLIENT_ID,
        AAD_APP_TENANT_ID: TENANT,
        AAD_APP_OAUTH_AUTHORITY_HOST: authorityHost,
      });
      try {
        const token = await entra.sign(claims({ iss: `${authorityHost}/${TENANT}/v2.0` }));
        const started = Date.now();
        const response = await fetch(`${fresh.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
        const elapsed = Date.now() - started;
        const text = await response.text();
        expect(response.status).toBe(503);
        expect((JSON.parse(text) as { error: { code: string } }).error.code).toBe("identity_unavailable");
        expect(text).not.toMatch(/127\.0\.0\.1|entra-keys|ENOTFOUND|EAI_AGAIN|timed out|fetch failed|discovery/i);
        // The keys' 3 s fetch deadline, with room for a busy CI machine; under jose's own 5 s default, which
        // would answer here too if the deadline were lost.
        expect(elapsed).toBeLessThan(4_800);
        if (silent) expect(silent.accepted).toBe(1);
      } finally {
        await fresh.stop();
        await silent?.stop();
      }
    },
  );

  it("answers 503 (not 401) while the key endpoint is unreachable, and recovers", async () => {
    const port = entra.port;
    const token = await entra.sign(claims());
    await entra.stop();
    // A fresh service has no cached key set, so it must fetch one.
    const fresh = await startTestService({
      AAD_APP_CLIENT_ID: CLIENT_ID,
      AAD_APP_TENANT_ID: TENANT,
      AAD_APP_OAUTH_AUTHORITY_HOST: entra.authorityHost,
    });
    try {
      const response = await fetch(`${fresh.url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: { code: string; messages: Record<string, string> } };
      expect(body.error.code).toBe("identity_unavailable");
      expect(body.error.messages["fr-CA"]).toMatch(/identité/);
      entra = await startFakeEntra(TENANT, port);
      const again = await fetch(`${fresh.url}/api/me`, {
        headers: { authorization: `Bearer ${await entra.sign(claims())}` },
      });
      expect(again.status).toBe(200);
    } finally {
      await fresh.stop();
    }
  });
});
