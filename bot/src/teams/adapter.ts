/**
 * botbuilder's CloudAdapter, configured from AppConfig (never from process.env directly).
 * Without a bot app id (local mode) the adapter accepts unauthenticated activities; the service logs that loudly.
 */
import {
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
} from "botbuilder";
import { AuthenticationConstants } from "botframework-connector";
import { CallerIdConstants } from "botbuilder";
import type { BotAuthConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { turnErrorHandler } from "./turn/turnError.js";
import { createAuthenticatedAdapter, type BotIdentityAwareAdapter } from "./botAuthentication.js";

/**
 * Test stand-ins for the Bot Connector's identity endpoints. botbuilder takes the public-cloud settings
 * as a whole once any of them is overridden, so the others are restated with their public values.
 */
function localStandIns(botAuth: BotAuthConfig): Partial<ConfigurationBotFrameworkAuthenticationOptions> {
  if (!botAuth.openIdMetadataUrl && !botAuth.loginEndpoint) return {};
  return {
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: botAuth.loginEndpoint ?? AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl:
      botAuth.openIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}

export function createAdapter(botAuth: BotAuthConfig | undefined, logger: Logger): BotIdentityAwareAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = botAuth
    ? {
        MicrosoftAppId: botAuth.appId,
        MicrosoftAppPassword: botAuth.appPassword,
        MicrosoftAppType: botAuth.appType,
        MicrosoftAppTenantId: botAuth.tenantId,
        ...localStandIns(botAuth),
      }
    : {};
  const credentials = new ConfigurationServiceClientCredentialFactory(
    botAuth
      ? {
          MicrosoftAppId: botAuth.appId,
          MicrosoftAppPassword: botAuth.appPassword,
          MicrosoftAppType: botAuth.appType,
          MicrosoftAppTenantId: botAuth.tenantId,
        }
      : {},
  );
  // 401 for a bad token, 503 when the Bot Framework's keys cannot be fetched (botAuthentication.ts).
  const adapter = createAuthenticatedAdapter(options, credentials, logger);

  adapter.onTurnError = turnErrorHandler(logger);
  return adapter;
}
