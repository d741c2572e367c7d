/**
 * The Bot Connector's signing keys, as botbuilder's token check asks for them (`getKey(kid)` → a PEM key and
 * its channel endorsements), with what botbuilder's own OpenIdMetadata lacks: a deadline on every fetch
 * (it has none, so a key endpoint that stops answering held every bot request forever), one fetch at a time,
 * and keys that keep answering while a refresh runs in the background or fails.
 *
 * - Keys younger than `refreshAfterMs` answer at once; older ones still answer, and a refresh starts behind.
 * - No keys, or keys older than `maxAgeMs`: the request waits for a fetch (at most `fetchTimeoutMs`).
 * - An unknown key id (Microsoft rotated its keys) waits for a fetch, at most once per `unknownKeyRefreshMs`.
 * - When the keys a token needs cannot be had, getKey throws BotKeysUnavailableError: the endpoint answers
 *   503, never 401 (the token may well be valid) nor 500.
 *
 * botbuilder keeps one OpenIdMetadata per metadata URL in a static map of JwtTokenExtractor, created on first
 * use; `installBotSigningKeys` puts a map there that creates these instead, for every URL it is asked for.
 */
import { createPublicKey, type JsonWebKey } from "node:crypto";
// Not exported from the package index: a deep import, for the one static map botbuilder offers no setter for.
import { JwtTokenExtractor } from "botframework-connector/lib/auth/jwtTokenExtractor.js";
import { shareInFlight, withAbortDeadline } from "../outbound/deadline.js";

export interface BotKeyPolicy {
  fetchTimeoutMs: number;
  refreshAfterMs: number;
  maxAgeMs: number;
  unknownKeyRefreshMs: number;
}

const HOUR = 3_600_000;
/** botbuilder refreshes after 24 h; its keys stay valid for days, so a day-long outage of the endpoint is survived. */
export const BOT_KEY_POLICY: BotKeyPolicy = {
  fetchTimeoutMs: 3_000,
  refreshAfterMs: 24 * HOUR,
  maxAgeMs: 5 * 24 * HOUR,
  unknownKeyRefreshMs: 5 * 60_000,
};

/** What botbuilder's JwtTokenExtractor reads from a key (botframework-connector's IOpenIdMetadataKey). */
export interface BotSigningKey {
  key: string;
  endorsements?: string[];
}

/** The keys a token needs cannot be fetched. Its message names the endpoint: for logs, never for a caller. */
export class BotKeysUnavailableError extends Error {
  constructor(url: string, cause: unknown) {
    const reason = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    const code = (cause as { cause?: { code?: unknown } } | undefined)?.cause?.code;
    super(
      `Bot Framework signing keys unavailable from ${url} (${reason}${typeof code === "string" ? `, ${code}` : ""})`,
      {
        cause,
      },
    );
    this.name = "BotKeysUnavailableError";
  }
}

async function getJson(url: string, signal: AbortSignal): Promise<unknown> {
  const response = await fetch(url, { signal, headers: { accept: "application/json" } });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.json();
}

/** RSA keys by key id as PEM (null for a key botbuilder cannot use either: not RSA, or unreadable). */
function keysById(keys: unknown[]): Map<string, BotSigningKey | null> {
  const byId = new Map<string, BotSigningKey | null>();
  for (const raw of keys) {
    if (typeof raw !== "object" || raw === null) continue;
    const jwk = raw as JsonWebKey & { kid?: unknown; endorsements?: unknown };
    if (typeof jwk.kid !== "string") continue;
    let key: string | null = null;
    try {
      if (jwk.kty === "RSA" && jwk.n && jwk.e)
        key = createPublicKey({ key: { kty: "RSA", n: jwk.n, e: jwk.e }, format: "jwk" })
          .export({ type: "spki", format: "pem" })
          .toString();
    } catch {
      key = null;
    }
    const endorsements = Array.isArray(jwk.endorsements)
      ? jwk.endorsements.filter((e): e is string => typeof e === "string")
      : undefined;
    byId.set(jwk.kid, key ? { key, ...(endorsements ? { endorsements } : {}) } : null);
  }
  return byId;
}

export class BotSigningKeys {
  private keys?: { byId: Map<string, BotSigningKey | null>; loadedAt: number };
  readonly refresh: () => Promise<void>;

  constructor(
    private readonly url: string,
    private readonly policy: BotKeyPolicy,
    private readonly onBackgroundFailure: (error: BotKeysUnavailableError) => void,
    private readonly now: () => number = Date.now,
  ) {
    this.refresh = shareInFlight(() => this.load());
  }

  async getKey(keyId: string): Promise<BotSigningKey | null> {
    const age = this.keys ? this.now() - this.keys.loadedAt : Infinity;
    if (age > this.policy.maxAgeMs) {
      await this.refresh();
      return this.find(keyId) ?? null;
    }
    if (age > this.policy.refreshAfterMs) this.refresh().catch(this.onBackgroundFailure);
    const key = this.find(keyId);
    if (key !== undefined) return key;
    if (age <= this.policy.unknownKeyRefreshMs) return null;
    await this.refresh();
    return this.find(keyId) ?? null;
  }

  private find(keyId: string): BotSigningKey | null | undefined {
    return this.keys?.byId.get(keyId);
  }

  private async load(): Promise<void> {
    try {
      const byId = await withAbortDeadline("Bot Framework signing keys", this.policy.fetchTimeoutMs, async (signal) => {
        const metadata = (await getJson(this.url, signal)) as { jwks_uri?: unknown } | null;
        if (typeof metadata?.jwks_uri !== "string") throw new Error("OpenID metadata without jwks_uri");
        const set = (await getJson(metadata.jwks_uri, signal)) as { keys?: unknown } | null;
        if (!Array.isArray(set?.keys)) throw new Error("key set without keys");
        return keysById(set.keys);
      });
      this.keys = { byId, loadedAt: this.now() };
    } catch (error) {
      throw new BotKeysUnavailableError(this.url, error);
    }
  }
}

type Warn = (error: BotKeysUnavailableError) => void;

/** The map botbuilder looks its key sources up in, creating a BotSigningKeys for any URL it does not hold yet. */
class BotSigningKeyMap extends Map<string, BotSigningKeys> {
  warn: Warn = () => undefined;

  constructor(private readonly policy: BotKeyPolicy) {
    super();
  }

  override get(url: string): BotSigningKeys {
    let keys = super.get(url);
    if (!keys) {
      keys = new BotSigningKeys(url, this.policy, (error) => {
        this.warn(error);
      });
      this.set(url, keys);
    }
    return keys;
  }
}

/**
 * Replaces botbuilder's key sources for the whole process (botbuilder's own map is process-wide too); called
 * again, it keeps the keys already fetched and only takes the new `warn` (background refresh failures).
 */
export function installBotSigningKeys(warn: Warn, policy: BotKeyPolicy = BOT_KEY_POLICY): void {
  const holder = JwtTokenExtractor as unknown as { openIdMetadataCache?: unknown };
  if (!(holder.openIdMetadataCache instanceof BotSigningKeyMap)) {
    if (!(holder.openIdMetadataCache instanceof Map))
      throw new Error("botframework-connector changed: JwtTokenExtractor.openIdMetadataCache is no longer a Map");
    holder.openIdMetadataCache = new BotSigningKeyMap(policy);
  }
  (holder.openIdMetadataCache as BotSigningKeyMap).warn = warn;
}
