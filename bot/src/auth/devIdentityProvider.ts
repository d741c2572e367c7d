/**
 * Local and test identities (DEV_IDENTITY=on only; config.ts refuses it in production and beside real
 * identities). An RSA key pair is generated at start; tokens carry the same claims as Entra v2 access
 * tokens (iss, aud, scp, tid, oid, name…) and go through the same tokenValidator, with this provider's
 * local JWKS. The issuer host is not Microsoft's, so a dev token can never pass a real Entra check.
 */
import { randomUUID } from "node:crypto";
import {
  SignJWT,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type CryptoKey,
  type JWTPayload,
  type JWTVerifyGetKey,
} from "jose";
import type { TokenValidatorOptions } from "./tokenValidator.js";
import { issuerFor } from "./tokenValidator.js";
import type { Localized } from "../i18n/locale.js";

export const DEV_TENANT_ID = "00000000-0000-4000-8000-00000000de00";
/** A second tenant, to prove that one tenant never sees another's data. */
export const DEV_OTHER_TENANT_ID = "00000000-0000-4000-8000-00000000de01";
export const DEV_CLIENT_ID = "00000000-0000-4000-8000-00000000dec1";
export const DEV_APP_ID_URI = `api://localhost/${DEV_CLIENT_ID}`;
export const DEV_AUTHORITY_HOST = "https://dev-identity.balises.invalid";
/** Teams web client, the usual `azp` of a Teams SSO token. */
const TEAMS_WEB_CLIENT_ID = "5e3ce6c0-2b1f-4285-8d4b-75ee78787346";
export const DEV_TOKEN_LIFETIME_SECONDS = 3600;

export interface DevPersona {
  id: string;
  /** A realistic staff name (the demo team's roster and the token's `name` claim): never a patient's. */
  name: string;
  oid: string;
  tenantId: string;
  /** What this person does in the demo team, for the tab's persona picker. */
  role: Localized;
}

/** The staff of the demo team (bot/src/dev/demoTeam.ts), all in DEV_TENANT_ID, which the Agents Playground shares; one user of another tenant. */
export const DEV_PERSONAS: readonly DevPersona[] = [
  {
    id: "pilote",
    name: "Marie Tremblay",
    oid: "de000000-0000-4000-8000-000000000001",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Pilote clinique, infirmière clinicienne", en: "Clinical pilot, clinical nurse" },
  },
  {
    id: "superviseur",
    name: "Dr Jean Gagnon",
    oid: "de000000-0000-4000-8000-000000000002",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Médecin de famille, superviseur des apprenants", en: "Family physician, learners' supervisor" },
  },
  {
    id: "resident",
    name: "Dre Rosalie Côté",
    oid: "de000000-0000-4000-8000-000000000003",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Résidente R2 en médecine familiale", en: "Family-medicine resident (R2)" },
  },
  {
    id: "etudiant",
    name: "Léo Bouchard",
    oid: "de000000-0000-4000-8000-000000000004",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Étudiant en médecine (externat)", en: "Medical student (clerkship)" },
  },
  {
    id: "clinicien",
    name: "Dre Camille Roy",
    oid: "de000000-0000-4000-8000-000000000005",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Médecin de famille", en: "Family physician" },
  },
  {
    id: "pilote2",
    name: "Isabelle Pelletier",
    oid: "de000000-0000-4000-8000-000000000006",
    tenantId: DEV_TENANT_ID,
    role: { "fr-CA": "Travailleuse sociale, deuxième pilote", en: "Social worker, second pilot" },
  },
  {
    id: "autre-locataire",
    name: "Utilisateur d'un autre locataire",
    oid: "de000000-0000-4000-8000-000000000007",
    tenantId: DEV_OTHER_TENANT_ID,
    role: { "fr-CA": "Autre locataire (isolement des données)", en: "Another tenant (data isolation)" },
  },
];

interface KeyMaterial {
  privateKey: CryptoKey;
  kid: string;
  keys: JWTVerifyGetKey;
}

export class DevIdentityProvider {
  private readonly material: Promise<KeyMaterial>;

  constructor(private readonly now: () => Date = () => new Date()) {
    this.material = (async () => {
      const { privateKey, publicKey } = await generateKeyPair("RS256");
      const kid = randomUUID();
      const jwk = { ...(await exportJWK(publicKey)), kid, alg: "RS256", use: "sig" };
      return { privateKey, kid, keys: createLocalJWKSet({ keys: [jwk] }) };
    })();
  }

  personas(): readonly DevPersona[] {
    return DEV_PERSONAS;
  }

  persona(id: string): DevPersona | undefined {
    return DEV_PERSONAS.find((p) => p.id === id);
  }

  /** The claims Entra v2 puts in a Teams SSO access token for this persona. */
  claimsFor(persona: DevPersona): JWTPayload {
    const iat = Math.floor(this.now().getTime() / 1000);
    return {
      aud: DEV_CLIENT_ID,
      iss: issuerFor(DEV_AUTHORITY_HOST, persona.tenantId),
      iat,
      nbf: iat,
      exp: iat + DEV_TOKEN_LIFETIME_SECONDS,
      azp: TEAMS_WEB_CLIENT_ID,
      azpacr: "0",
      name: persona.name,
      oid: persona.oid,
      scp: "access_as_user",
      sub: `dev-${persona.id}`,
      tid: persona.tenantId,
      uti: randomUUID().replace(/-/g, "").slice(0, 22),
      ver: "2.0",
    };
  }

  /** Signs any claims with the provider's key (RS256, with its kid). Tests use it to forge bad tokens. */
  async sign(claims: JWTPayload): Promise<string> {
    const { privateKey, kid } = await this.material;
    return new SignJWT(claims).setProtectedHeader({ alg: "RS256", typ: "JWT", kid }).sign(privateKey);
  }

  async issueToken(personaId: string): Promise<{ token: string; expiresIn: number } | undefined> {
    const persona = this.persona(personaId);
    if (!persona) return undefined;
    return { token: await this.sign(this.claimsFor(persona)), expiresIn: DEV_TOKEN_LIFETIME_SECONDS };
  }

  /** The kid of the signing key, so tests can forge a token with another key under the same kid. */
  async kid(): Promise<string> {
    return (await this.material).kid;
  }

  validatorOptions(): TokenValidatorOptions {
    const keys: JWTVerifyGetKey = async (header, token) => (await this.material).keys(header, token);
    return {
      keys,
      authorityHost: DEV_AUTHORITY_HOST,
      audiences: [DEV_CLIENT_ID, DEV_APP_ID_URI],
      allowedTenants: [DEV_TENANT_ID, DEV_OTHER_TENANT_ID],
      now: this.now,
    };
  }
}
