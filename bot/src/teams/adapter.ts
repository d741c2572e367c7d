/**
 * botbuilder's CloudAdapter, configured from AppConfig (never from process.env directly).
 * Without a bot app id (local mode) the adapter accepts unauthenticated activities; the service logs that loudly.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from "botbuilder";
import { AuthenticationConstants, AuthenticationError, type AuthenticateRequestResult } from "botframework-connector";
import type { Activity } from "botbuilder";
import { CallerIdConstants } from "botbuilder";
import type { BotAuthConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { turnLocale } from "./turn/turnLocale.js";
import { errorText } from "./turn/errorText.js";

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

const JWT_FAILURES = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/**
 * botbuilder lets a token with a bad signature escape as a plain error, which CloudAdapter answers
 * with 500. A token that fails verification is the caller's problem: 401.
 */
class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      if (error instanceof Error && JWT_FAILURES.has(error.name)) throw new AuthenticationError(error.message, 401);
      throw error;
    }
  }
}

export function createAdapter(botAuth: BotAuthConfig | undefined, logger: Logger): CloudAdapter {
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
  // botbuilder's own credential factory satisfies the abstract factory structurally, not by inheritance.
  // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
  const adapter = new CloudAdapter(new StrictBotFrameworkAuthentication(options, credentials));

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { err: { name: error.name, message: error.message }, activityType: context.activity.type },
      "bot turn failed",
    );
    if (context.activity.type === "message") {
      await context.sendActivity(errorText(error, turnLocale(context.activity))).catch(() => undefined);
    }
  };
  return adapter;
}
