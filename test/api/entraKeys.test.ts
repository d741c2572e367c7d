/**
 * The tab's Entra key set (bot/src/auth/entraKeys.ts): cached keys keep validating tokens while a refresh
 * runs in the background — and fails, Entra frozen — and a request waits for Entra only when it has no usable
 * keys, at most the fetch deadline, then gets KeySetUnavailableError (answered 503).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backgroundRefreshedKeySet, type KeySetPolicy } from "../../bot/src/auth/entraKeys.js";
import {
  createTokenValidator,
  entraKeysUrl,
  issuerFor,
  KeySetUnavailableError,
} from "../../bot/src/auth/tokenValidator.js";
import { startFreezableRelay, type FreezableRelay } from "../support/frozenPeer.js";
import { startFakeEntra, type FakeEntra } from "./fakeEntra.js";

const TENANT = "11111111-1111-4111-8111-111111111111";
const CLIENT_ID = "33333333-3333-4333-8333-333333333333";
const OID = "44444444-4444-4444-8444-444444444444";
const policy: KeySetPolicy = { timeoutMs: 300, refreshAfterMs: 200, maxAgeMs: 60_000, retryAfterFailureMs: 0 };

let entra: FakeEntra;
let relay: FreezableRelay;
let host = "";

beforeAll(async () => {
  entra = await startFakeEntra(TENANT);
  relay = await startFreezableRelay(entra.port);
  host = `http://127.0.0.1:${relay.port}`;
});
afterAll(async () => {
  await relay.stop();
  await entra.stop();
});

function token() {
  const now = Math.floor(Date.now() / 1000);
  return entra.sign({
    aud: CLIENT_ID,
    iss: issuerFor(host, TENANT),
    iat: now,
    exp: now + 3600,
    tid: TENANT,
    oid: OID,
    scp: "access_as_user",
  });
}

function validator(warn: (reason: string) => void = () => undefined, keyPolicy: KeySetPolicy = policy) {
  return createTokenValidator({
    keys: backgroundRefreshedKeySet(entraKeysUrl(host, TENANT), warn, keyPolicy),
    authorityHost: host,
    audiences: [CLIENT_ID],
    allowedTenants: [TENANT],
  });
}

describe("Entra key set refreshed in the background", () => {
  it("keeps validating with cached keys while a background refresh fails against a frozen Entra", async () => {
    const warnings: string[] = [];
    // A 2 s refresh deadline: room for a busy machine between the refresh's start and the validation's answer.
    const validate = validator((reason) => warnings.push(reason), { ...policy, timeoutMs: 2_000 });
    await expect(validate(await token())).resolves.toMatchObject({ userId: OID });
    await new Promise((resolve) => setTimeout(resolve, policy.refreshAfterMs + 50));
    relay.freeze();
    try {
      // Answered before the refresh against the frozen Entra gave up: its warning had not come yet.
      await expect(validate(await token())).resolves.toMatchObject({ userId: OID });
      expect(warnings).toEqual([]);
      await expect.poll(() => warnings.length, { timeout: 5_000 }).toBe(1);
      expect(warnings[0]).toMatch(/timed out/i);
    } finally {
      relay.thaw();
    }
  });

  it("without keys, a frozen Entra costs a request the fetch deadline, then KeySetUnavailableError", async () => {
    const validate = validator();
    relay.freeze();
    try {
      const started = Date.now();
      await expect(validate(await token())).rejects.toBeInstanceOf(KeySetUnavailableError);
      expect(Date.now() - started).toBeLessThan(policy.timeoutMs + 2_000);
    } finally {
      relay.thaw();
    }
    await expect(validate(await token())).resolves.toMatchObject({ userId: OID });
  });
});
