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
import type { BotAuthConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { turnLocale } from "./turnLocale.js";
import { errorText } from "./errorText.js";

export function createAdapter(botAuth: BotAuthConfig | undefined, logger: Logger): CloudAdapter {
  const options: ConfigurationBotFrameworkAuthenticationOptions = botAuth
    ? {
        MicrosoftAppId: botAuth.appId,
        MicrosoftAppPassword: botAuth.appPassword,
        MicrosoftAppType: botAuth.appType,
        MicrosoftAppTenantId: botAuth.tenantId,
        ...(botAuth.openIdMetadataUrl ? { ToBotFromChannelOpenIdMetadataUrl: botAuth.openIdMetadataUrl } : {}),
        ...(botAuth.loginEndpoint ? { ToChannelFromBotLoginUrl: botAuth.loginEndpoint } : {}),
      }
    : {};
  const credentials = new ConfigurationServiceClientCredentialFactory(botAuth ? {
    MicrosoftAppId: botAuth.appId,
    MicrosoftAppPassword: botAuth.appPassword,
    MicrosoftAppType: botAuth.appType,
    MicrosoftAppTenantId: botAuth.tenantId,
  } : {});
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication(options, credentials));

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error({ err: { name: error.name, message: error.message }, activityType: context.activity.type }, "bot turn failed");
    if (context.activity.type === "message") {
      await context.sendActivity(errorText(error, turnLocale(context.activity))).catch(() => undefined);
    }
  };
  return adapter;
}
