/**
 * The tenant's Entra signing keys for the tab's SSO tokens: jose's remote key set, each fetch within 3 s,
 * with the keys kept answering while they are refreshed in the background. A request waits for Entra only
 * when there are no keys yet, when they are older than a day, or when a token names a key not seen yet (at
 * most once per 30 s, jose's cooldown); an unreachable Entra then costs it 3 s and a 503, never a hang.
 */
import { createRemoteJWKSet, jwksCache, type ExportedJWKSCache, type JWKSCacheInput, type JWTVerifyGetKey } from "jose";

export interface KeySetPolicy {
  /** Longest wait for one fetch of the key set. */
  timeoutMs: number;
  /** Keys older than this are fetched again in the background; the cached ones keep answering meanwhile. */
  refreshAfterMs: number;
  /** Keys older than this are no longer used: the next request waits for a fetch. */
  maxAgeMs: number;
  /** After a background refresh fails, the next one waits this long (Entra is not asked on every request). */
  retryAfterFailureMs: number;
}

const HOUR = 3_600_000;
export const ENTRA_KEY_POLICY: KeySetPolicy = {
  timeoutMs: 3_000,
  refreshAfterMs: HOUR,
  maxAgeMs: 24 * HOUR,
  retryAfterFailureMs: 30_000,
};

/** A failure to reach a key endpoint, for a log line: the error, and the network code fetch keeps in `cause`. */
export function describeKeyFetchFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error.cause as { code?: unknown } | undefined)?.code;
  return `${error.name}: ${error.message}${typeof code === "string" ? ` (${code})` : ""}`;
}

export function backgroundRefreshedKeySet(
  url: URL,
  warn: (reason: string) => void,
  policy: KeySetPolicy = ENTRA_KEY_POLICY,
): JWTVerifyGetKey {
  // jose records each successful fetch here (`uat`): the age of the keys, which it does not expose otherwise.
  const cache: JWKSCacheInput = {};
  const remote = createRemoteJWKSet(url, {
    timeoutDuration: policy.timeoutMs,
    cacheMaxAge: policy.maxAgeMs,
    [jwksCache]: cache,
  });
  let lastBackgroundRefresh = 0;
  return (protectedHeader, token) => {
    const loadedAt = (cache as Partial<ExportedJWKSCache>).uat;
    const now = Date.now();
    if (
      loadedAt !== undefined &&
      now - loadedAt > policy.refreshAfterMs &&
      now - lastBackgroundRefresh > policy.retryAfterFailureMs &&
      !remote.reloading
    ) {
      lastBackgroundRefresh = now;
      remote.reload().catch((error: unknown) => {
        warn(describeKeyFetchFailure(error));
      });
    }
    return remote(protectedHeader, token);
  };
}
