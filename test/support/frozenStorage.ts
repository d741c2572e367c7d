/**
 * The real service whose storage is Azurite behind a freezable relay (frozenPeer.ts): `relay.freeze()` plays a
 * storage that stops answering with its socket open, `relay.thaw()` one that answers again — the same
 * service, never restarted. Its log lines are kept for assertions.
 */
import { loadConfig } from "../../bot/src/config.js";
import { startService } from "../../bot/src/server.js";
import { startAzurite } from "./azurite.js";
import { connectionStringThrough, startFreezableRelay, type FreezableRelay } from "./frozenPeer.js";
import type { TestService } from "./service.js";
import { capturedLogger, type LogLine } from "./capturedLogger.js";

export interface ServiceOverFrozenStorage extends TestService {
  relay: FreezableRelay;
  logs: LogLine[];
}

export async function startServiceOverFreezableStorage(
  env: Record<string, string> = {},
  options: { now?: () => Date } = {},
): Promise<ServiceOverFrozenStorage> {
  const azurite = await startAzurite();
  const relay = await startFreezableRelay(azurite.port);
  const { logger, lines } = capturedLogger();
  const config = loadConfig({
    PORT: "0",
    STORAGE_CONNECTION_STRING: connectionStringThrough(azurite.connectionString, relay.port),
    ...env,
  });
  const service = await startService(config, { logger, now: options.now });
  return {
    ...service,
    azurite,
    relay,
    logs: lines,
    stop: async () => {
      relay.thaw();
      await service.close();
      await relay.stop();
      await azurite.stop();
    },
  };
}
