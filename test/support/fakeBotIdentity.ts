/**
 * Stand-in for the Bot Framework's token issuer: OpenID metadata and a JWKS (with Teams endorsements)
 * on a local port, and RS256 tokens shaped like the ones the Bot Connector sends to a bot.
 * botbuilder validates them with its own code once BOT_OPENID_METADATA_URL points here.
 */
import { createServer, type Server } from "node:http";
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWK } from "jose";

export interface FakeBotIdentity {
  openIdMetadataUrl: string;
  /** A token the Bot Connector would send for this bot and service URL. */
  channelToken: (
    appId: string,
    serviceUrl: string,
    options?: { expiresInSeconds?: number; signWithOtherKey?: boolean },
  ) => Promise<string>;
  stop: () => Promise<void>;
}

const ISSUER = "https://api.botframework.com";

export async function startFakeBotIdentity(): Promise<FakeBotIdentity> {
  const { privateKey, publicKey } = await generateKeyPair("RS256", { extractable: true });
  const other = await generateKeyPair("RS256");
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid: "fake-bot-key", use: "sig", alg: "RS256" };
  let baseUrl = "";

  const server: Server = createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    if (req.url === "/v1/.well-known/openidconfiguration") {
      res.end(
        JSON.stringify({
          issuer: ISSUER,
          jwks_uri: `${baseUrl}/v1/.well-known/keys`,
          id_token_signing_alg_values_supported: ["RS256"],
          token_endpoint_auth_methods_supported: ["private_key_jwt"],
        }),
      );
    } else if (req.url === "/v1/.well-known/keys") {
      res.end(JSON.stringify({ keys: [{ ...jwk, endorsements: ["msteams", "emulator"] }] }));
    } else {
      res.statusCode = 404;
      res.end("{}");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.address();
  baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

  return {
    openIdMetadataUrl: `${baseUrl}/v1/.well-known/openidconfiguration`,
    channelToken: (appId, serviceUrl, options = {}) => {
      const key: CryptoKey = options.signWithOtherKey ? other.privateKey : privateKey;
      const now = Math.floor(Date.now() / 1000);
      return new SignJWT({ serviceurl: serviceUrl })
        .setProtectedHeader({ alg: "RS256", kid: "fake-bot-key", typ: "JWT" })
        .setIssuer(ISSUER)
        .setAudience(appId)
        .setIssuedAt(now - 10)
        .setNotBefore(now - 10)
        .setExpirationTime(now + (options.expiresInSeconds ?? 3600))
        .sign(key);
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
