/** Entry point: read the configuration once, start the service (and seed the demo team when SEED_DEMO=on), stop cleanly on SIGINT/SIGTERM. */
import { loadConfig } from "./config.js";
import { ConfigError } from "./errors.js";
import { startService } from "./server.js";
import { loggedError } from "./logger.js";

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
  const stop = () => {
    void service.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  if (config.seedDemo) {
    // Development only, so imported only then. A failed seed is reported, the service keeps running (the next
    // start tries again).
    const { seedDemoTeam } = await import("./dev/seedDemoTeam.js");
    await seedDemoTeam(service.services).catch((error: unknown) => {
      service.services.logger.error({ err: loggedError(error) }, "demo team not seeded");
    });
  }
}

void main();
