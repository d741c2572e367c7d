/** Entry point: read the configuration once, start the service, stop cleanly on SIGINT/SIGTERM. */
import { loadConfig } from "./config.js";
import { ConfigError } from "./errors.js";
import { startService } from "./server.js";

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`Balises ne démarre pas / Balises will not start:\n  - ${error.problems.join("\n  - ")}`);
      process.exit(78);
    }
    throw error;
  }
  const service = await startService(config);
  service.services.logger.info({ url: service.url, mode: config.mode }, "Balises is listening");
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

void main();
