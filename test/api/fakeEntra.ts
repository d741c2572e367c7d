/**
 * A stand-in for Entra ID's key endpoint, speaking the real protocol: GET /{tenant}/discovery/v2.0/keys
 * returns the JWKS; tokens are RS256 JWTs with Entra v2 claims, signed by the matching private key.
 */
import { createServer, type Server } from "node:http";
import { randomUUID } from "node:crypto";
import { SignJWT, exportJWK, generateKeyPair, type JWTPayload } from "jose";

export interface FakeEntra {
  authorityHost: string;
  port: number;
  requests: string[];
  sign: (claims: JWTPayload) => Promise<string>;
  stop: () => Promise<void>;
}

export async function startFakeEntra(tenantId: string, port = 0): Promise<FakeEntra> {
  const { privateKey, publicKey } = await generateKeyPair("RS256");
  const kid = randomUUID();
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" }] };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? "");
    if (req.url === `/${tenantId}/discovery/v2.0/keys`) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(jwks));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", () => resolve()));
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  return {
    authorityHost: `http://127.0.0.1:${actualPort}`,
    port: actualPort,
    requests,
    sign: (claims) => new SignJWT(claims).setProtectedHeader({ alg: "RS256", typ: "JWT", kid }).sign(privateKey),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
