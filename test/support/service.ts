/**
 * The real service over HTTP on a free port, backed by its own in-process Azurite.
 * `env` lets a test set any setting the way an operator would (strings, through loadConfig).
 */
import { loadConfig } from "../../bot/src/config.js";
import { createLogger, type Logger } from "../../bot/src/logger.js";
import { startService, type RunningService } from "../../bot/src/server.js";
import { startAzurite, type RunningAzurite } from "./azurite.js";

export interface TestService extends RunningService {
  azurite: RunningAzurite;
  stop: () => Promise<void>;
}

export async function startTestService(
  env: Record<string, string> = {},
  options: { now?: () => Date; logger?: Logger } = {},
): Promise<TestService> {
  const azurite = await startAzurite();
  const config = loadConfig({
    PORT: "0",
    LOG_LEVEL: "silent",
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    STORAGE_TABLE_PREFIX: "t" + Math.random().toString(36).slice(2, 10),
    ...env,
  });
  const logger = options.logger ?? createLogger(config.logLevel);
  const service = await startService(config, { logger, now: options.now });
  return {
    ...service,
    azurite,
    stop: async () => {
      await service.close();
      await azurite.stop();
    },
  };
}
