/**
 * The one validation of a tab's bearer token, for real Entra SSO tokens and dev tokens alike:
 * RS256 signature from a key set (the tenant's Entra JWKS, or the dev provider's local JWKS), audience
 * (client id or app id URI), issuer `${authorityHost}/${tid}/v2.0` of an allowed tenant, expiry with 60 s
 * tolerance, and the `access_as_user` scope. The identity is { tenantId: tid, userId: oid, name }.
 */
import { jwtVerify, type JWTVerifyGetKey } from "jose";
import { UnauthorizedError } from "../errors.js";
import { describeKeyFetchFailure } from "./entraKeys.js";

export interface Identity {
  tenantId: string;
  userId: string;
  name: string;
}

export type TokenValidator = (token: string) => Promise<Identity>;

export interface TokenValidatorOptions {
  keys: JWTVerifyGetKey;
  authorityHost: string;
  /** Accepted audiences: the client id and the app id URI (api://<domain>/<clientId>). */
  audiences: string[];
  /** Single-tenant app: the configured tenant only (the dev provider also has a second tenant for isolation tests). */
  allowedTenants: string[];
  now?: () => Date;
}

export const REQUIRED_SCOPE = "access_as_user";
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function entraKeysUrl(authorityHost: string, tenantId: string): URL {
  return new URL(`${trimHost(authorityHost)}/${tenantId}/discovery/v2.0/keys`);
}

export function issuerFor(authorityHost: string, tenantId: string): string {
  return `${trimHost(authorityHost)}/${tenantId}/v2.0`;
}

function trimHost(host: string): string {
  return host.replace(/\/+$/, "");
}

/** Failures to reach the key set (not the caller's fault): answered 503, not 401. The message is for logs only. */
export class KeySetUnavailableError extends Error {}

/**
 * The key endpoint did not answer in time, could not be reached (DNS, refused, reset: fetch's TypeError), or
 * answered something other than a key set (a status other than 200, not JSON, a malformed set).
 */
function isKeySetOutage(error: unknown): boolean {
  const code = (error as { code?: string }).code;
  if (code === "ERR_JWKS_TIMEOUT" || code === "ERR_JWKS_INVALID") return true;
  if (error instanceof TypeError && /fetch/i.test(error.message)) return true;
  return code === "ERR_JOSE_GENERIC" && /Key Set/i.test((error as Error).message);
}

export function createTokenValidator(options: TokenValidatorOptions): TokenValidator {
  const issuers = options.allowedTenants.map((t) => issuerFor(options.authorityHost, t));
  return async (token) => {
    let payload;
    try {
      ({ payload } = await jwtVerify(token, options.keys, {
        algorithms: ["RS256"],
        audience: options.audiences,
        issuer: issuers,
        clockTolerance: 60,
        requiredClaims: ["exp", "tid", "oid", "iss", "aud"],
        ...(options.now ? { currentDate: options.now() } : {}),
      }));
    } catch (error) {
      if (isKeySetOutage(error)) throw new KeySetUnavailableError(describeKeyFetchFailure(error));
      const { code, claim } = error as { code?: string; claim?: string };
      throw new UnauthorizedError(code ? `${code}${claim ? `:${claim}` : ""}` : "invalid token");
    }
    const tid = payload.tid;
    const oid = payload.oid;
    if (typeof tid !== "string" || !GUID.test(tid) || !options.allowedTenants.includes(tid))
      throw new UnauthorizedError("tenant not allowed");
    // The issuer must be the token's own tenant, not merely one of the allowed ones.
    if (payload.iss !== issuerFor(options.authorityHost, tid)) throw new UnauthorizedError("issuer does not match tid");
    if (typeof oid !== "string" || !GUID.test(oid)) throw new UnauthorizedError("missing oid");
    const scopes = typeof payload.scp === "string" ? payload.scp.split(" ") : [];
    if (!scopes.includes(REQUIRED_SCOPE)) throw new UnauthorizedError("missing scope access_as_user");
    return {
      tenantId: tid.toLowerCase(),
      userId: oid.toLowerCase(),
      name: typeof payload.name === "string" ? payload.name : "",
    };
  };
}
