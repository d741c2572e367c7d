/**
 * The HTTP server around the composed service (composition.ts): listen, start the job scheduler, stop both.
 */
import { createServer, type Server } from "node:http";
import type { AppConfig } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { compose, type AppPorts, type Composition } from "./composition.js";
import type { SchedulerOptions } from "./jobs/jobScheduler.js";
import { guarded, installNodeGuards, serverOptions } from "./http/nodeGuards.js";

export interface ServiceOptions {
  logger?: Logger;
  now?: () => Date;
  /** Tests only: scheduler overrides (injected sleep, backoff…). */
  scheduler?: Partial<SchedulerOptions>;
}

export interface RunningService {
  url: string;
  port: number;
  services: AppPorts;
  close: () => Promise<void>;
}

export function createApp(config: AppConfig, options: ServiceOptions = {}): Composition {
  const logger = options.logger ?? createLogger(config.logLevel);
  return compose(config, logger, options);
}

export async function startService(config: AppConfig, options: ServiceOptions = {}): Promise<RunningService> {
  const { listener, ports, scheduler } = createApp(config, options);
  const server: Server = createServer(serverOptions, guarded(listener));
  installNodeGuards(server);
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const host = config.host === "0.0.0.0" ? "localhost" : config.host;
  if (config.reminders.schedulerEnabled) scheduler.start();
  return {
    url: `http://${host}:${port}`,
    port,
    services: ports,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
