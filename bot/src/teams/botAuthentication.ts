/**
 * How the bot endpoint authenticates the Bot Connector, and what it answers when it cannot:
 * - a token that fails verification is the caller's problem: 401 (botbuilder lets a bad signature escape as
 *   a plain error, which CloudAdapter answers with 500);
 * - the Bot Framework's key endpoint unreachable, frozen or answering garbage (keys from botSigningKeys.ts,
 *   each fetch within 3 s) is nobody's fault at the door: 503 with the service's bilingual body, logged with
 *   the reason, the caller never seeing a URL or a network error code (CloudAdapter would answer 500 with both).
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type TurnContext,
} from "botbuilder";
import {
  AuthenticationConstants,
  AuthenticationError,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorFactory,
  type UserTokenClient,
} from "botframework-connector";
// Not re-exported by botbuilder's index; the version is pinned (package.json), as this internal path requires.
import { validateAndFixActivity } from "botbuilder/lib/activityValidator.js";
import { errorBody, IdentityUnavailableError } from "../errors.js";
import type { AdapterAnswer } from "../http/botRoute.js";
import type { Logger } from "../logger.js";
import { BotKeysUnavailableError, installBotSigningKeys } from "./botSigningKeys.js";
import { turnLocale } from "./turn/turnLocale.js";
import { ReusedClients } from "./reusedConnectors.js";

const JWT_FAILURES = new Set(["JsonWebTokenError", "TokenExpiredError", "NotBeforeError"]);

/** The app id botbuilder builds a turn's clients for (its `getAppId`: the audience claim, else the appid claim). */
function clientAppId(identity: ClaimsIdentity): string | undefined {
  return (
    identity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    identity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    undefined
  );
}

export class StrictBotFrameworkAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ReusedClients();

  constructor(
    options: ConfigurationBotFrameworkAuthenticationOptions,
    credentials: ConfigurationServiceClientCredentialFactory,
    private readonly logger: Pick<Logger, "warn">,
  ) {
    // botbuilder's own credential factory satisfies the abstract factory structurally, not by inheritance.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-class-instance-assignment
    super(options, credentials);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      const result = await super.authenticateRequest(activity, authHeader);
      const appId = clientAppId(result.claimsIdentity);
      return result.connectorFactory
        ? { ...result, connectorFactory: this.clients.connectorFactory(result.connectorFactory, appId) }
        : result;
    } catch (error) {
      if (error instanceof BotKeysUnavailableError) {
        this.logger.warn({ reason: error.message }, "Bot Framework signing keys unreachable: bot request answered 503");
        throw new IdentityUnavailableError("Bot Framework signing keys unreachable");
      }
      if (error instanceof Error && JWT_FAILURES.has(error.name)) throw new AuthenticationError(error.message, 401);
      throw error;
    }
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.connectorFactory(super.createConnectorFactory(claimsIdentity), clientAppId(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(clientAppId(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
  }
}

type Logic = (context: TurnContext) => Promise<void>;

/** CloudAdapter, answering an activity it could not authenticate for want of keys with 503 and a bilingual body. */
export class BotIdentityAwareAdapter extends CloudAdapter {
  constructor(
    authentication: StrictBotFrameworkAuthentication,
    private readonly logger: Pick<Logger, "warn">,
  ) {
    super(authentication);
  }

  /**
   * The answer to an activity the route has read and checked (http/botRoute.ts). CloudAdapter's `process` would
   * check the request again with zod schemas it builds anew for every request (with the stand-in response it
   * wrote to, 0.80 → 0.66 ms of service CPU per matrix invoke: issue 14) and answer its own failures. Kept from
   * `process`: botbuilder's fix of the activity's dates, and a token it refuses is a 401, logged (a wrong app id
   * or tenant in the settings refuses every request). Any other failure is the route's: a 500, logged there.
   */
  async answer(activity: Activity, authorization: string, logic: Logic): Promise<AdapterAnswer> {
    try {
      const response = await this.processActivity(authorization, validateAndFixActivity(activity), logic);
      return { status: response?.status ?? 200, body: response?.body };
    } catch (error) {
      if (!(error instanceof AuthenticationError)) throw error;
      this.logger.warn({ reason: error.message }, "Bot Framework token refused: bot request answered 401");
      return { status: 401 };
    }
  }

  protected override async processActivity(
    auth: string | AuthenticateRequestResult,
    activity: Activity,
    logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    try {
      // botbuilder declares one overload per kind of `auth`: TypeScript needs the branch to pick one.
      return await (typeof auth === "string"
        ? super.processActivity(auth, activity, logic)
        : super.processActivity(auth, activity, logic));
    } catch (error) {
      if (!(error instanceof IdentityUnavailableError)) throw error;
      return { status: 503, body: errorBody(error.code, error.userMessage, turnLocale(activity)) };
    }
  }
}

/** The bot's CloudAdapter: Bot Connector tokens checked with bounded, background-refreshed keys. */
export function createAuthenticatedAdapter(
  options: ConfigurationBotFrameworkAuthenticationOptions,
  credentials: ConfigurationServiceClientCredentialFactory,
  logger: Pick<Logger, "warn">,
): BotIdentityAwareAdapter {
  installBotSigningKeys((error) => {
    logger.warn({ reason: error.message }, "Bot Framework signing keys: background refresh failed, cached keys in use");
  });
  return new BotIdentityAwareAdapter(new StrictBotFrameworkAuthentication(options, credentials, logger), logger);
}
