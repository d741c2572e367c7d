/**
 * The Bot Connector clients of one authentication, reused across turns. botbuilder's CloudAdapter builds a
 * ConnectorClient and a UserTokenClient (each an Azure HTTP pipeline of a dozen policies) for every activity,
 * even an invoke that never calls out — ~6 % of the service's CPU on a card action. A client holds no turn state:
 * only its base URL and the credentials of the bot's app id, which the factory would build the same way again
 * (botbuilder's own BotFrameworkAdapter kept one per service URL and app id). Bounded: service URLs come from
 * activities, so the longest kept go first.
 */
import { ConnectorFactory, type ConnectorClient, type UserTokenClient } from "botframework-connector";
import { BoundedMap } from "../boundedMap.js";

const KEPT_MAX = 64;

export class ReusedClients {
  private readonly connectors = new BoundedMap<string, Promise<ConnectorClient>>(KEPT_MAX);
  private readonly userTokens = new BoundedMap<string, Promise<UserTokenClient>>(KEPT_MAX);

  /** `factory` as made for `appId`, its clients kept by service URL and audience. */
  connectorFactory(factory: ConnectorFactory, appId: string | undefined): ConnectorFactory {
    return new KeptConnectorFactory(this.connectors, factory, appId);
  }

  userTokenClient(appId: string | undefined, create: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return kept(this.userTokens, appId ?? "", create);
  }
}

/** The factory a turn gets: the clients it creates are kept by app id, service URL and audience. */
class KeptConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly connectors: Map<string, Promise<ConnectorClient>>,
    private readonly factory: ConnectorFactory,
    private readonly appId: string | undefined,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return kept(this.connectors, `${this.appId ?? ""}|${serviceUrl}|${audience ?? ""}`, () =>
      this.factory.create(serviceUrl, audience),
    );
  }
}

function kept<T>(clients: Map<string, Promise<T>>, key: string, create: () => Promise<T>): Promise<T> {
  const known = clients.get(key);
  if (known) return known;
  const made = create();
  clients.set(key, made);
  // A failed creation is not kept: the next turn tries again.
  made.catch(() => clients.delete(key));
  return made;
}
