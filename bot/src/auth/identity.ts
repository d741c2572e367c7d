/**
 * Which identities the tab API accepts: Entra SSO tokens (config.sso), or dev tokens (DEV_IDENTITY=on),
 * both checked by the same tokenValidator; with neither, every API call is refused (401).
 */
import type { AppConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { DevIdentityProvider } from "./devIdentityProvider.js";
import { createTokenValidator, entraKeysUrl, type TokenValidator } from "./tokenValidator.js";
import { backgroundRefreshedKeySet } from "./entraKeys.js";

export interface IdentityServices {
  mode: "entra" | "dev" | "off";
  validate?: TokenValidator;
  /** Present only when DEV_IDENTITY=on. */
  dev?: DevIdentityProvider;
}

function appIdUri(config: AppConfig): string | undefined {
  if (!config.sso) return undefined;
  if (config.sso.appIdUri) return config.sso.appIdUri;
  return config.publicBaseUrl ? `api://${new URL(config.publicBaseUrl).host}/${config.sso.clientId}` : undefined;
}

export function createIdentity(config: AppConfig, logger: Logger, now: () => Date): IdentityServices {
  if (config.devIdentity) {
    logger.warn(
      "DEV IDENTITY IS ON: /dev/token signs tokens for made-up personas with a local key (local development and tests only, never in production)",
    );
    const dev = new DevIdentityProvider(now);
    return { mode: "dev", dev, validate: createTokenValidator(dev.validatorOptions()) };
  }
  if (config.sso) {
    const uri = appIdUri(config);
    return {
      mode: "entra",
      validate: createTokenValidator({
        keys: backgroundRefreshedKeySet(entraKeysUrl(config.sso.authorityHost, config.sso.tenantId), (reason) => {
          logger.warn({ reason }, "Entra signing keys: background refresh failed, cached keys in use");
        }),
        authorityHost: config.sso.authorityHost,
        audiences: [config.sso.clientId, ...(uri ? [uri] : [])],
        allowedTenants: [config.sso.tenantId.toLowerCase()],
        now,
      }),
    };
  }
  logger.warn(
    "TAB API IDENTITY IS OFF: neither AAD_APP_CLIENT_ID/AAD_APP_TENANT_ID nor DEV_IDENTITY=on is set; every /api call will be refused (401)",
  );
  return { mode: "off" };
}
