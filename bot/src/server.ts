/**
 * Composition root: config → storage → services → bot → HTTP. Nothing else wires things together.
 */
import { createServer, type Server } from "node:http";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import type { AppConfig } from "./config.js";
import { createLogger, type Logger } from "./logger.js";
import { createServices, type Services } from "./services.js";
import { createBotEndpoint } from "./teams/botEndpoint.js";
import { apiRouter } from "./api/apiRouter.js";
import { botRouter } from "./http/botRoute.js";
import { healthRouter } from "./http/healthRoute.js";
import { tabRouter } from "./http/tabStatic.js";
import { securityHeaders } from "./http/securityHeaders.js";
import { apiNotFound, errorMiddleware } from "./http/errorMiddleware.js";
import { legalPagesRouter } from "./http/legalPages.js";
import { devIdentityRouter } from "./http/devIdentityRoutes.js";
import type { SchedulerOptions } from "./jobs/jobScheduler.js";

/** The folder holding package.json: bot/src/.. in development, dist/bot/src/../.. once built. */
function appRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

export interface ServiceOptions {
  logger?: Logger;
  now?: () => Date;
  /** Tests only: scheduler overrides (injected sleep, backoff…). */
  scheduler?: Partial<SchedulerOptions>;
}

export interface RunningService {
  url: string;
  port: number;
  services: Services;
  close: () => Promise<void>;
}

export function createApp(config: AppConfig, options: ServiceOptions = {}) {
  const logger = options.logger ?? createLogger(config.logLevel);
  const services = createServices(config, logger, options.now);
  if (!config.botAuth) {
    logger.warn(
      "BOT AUTHENTICATION IS OFF: MicrosoftAppId is not set, /api/messages accepts unauthenticated activities (local development only)",
    );
  }
  const bot = createBotEndpoint(services, options.scheduler);

  const app = express();
  app.disable("x-powered-by");
  // API ETags are storage concurrency tokens (If-Match); Express's automatic body hashes would be mistaken for them.
  app.set("etag", false);
  app.use(securityHeaders());
  app.use(express.json({ limit: "512kb" }));
  app.use(healthRouter(services));
  app.use(botRouter(bot.handle));
  app.use("/api", apiRouter(services), apiNotFound);
  app.use(devIdentityRouter(services));
  app.use(legalPagesRouter());
  app.use(tabRouter(config.tabDistDir ?? path.join(appRoot(), "tab", "dist")));
  app.use(errorMiddleware(logger));
  return { app, services, scheduler: bot.scheduler };
}

export async function startService(config: AppConfig, options: ServiceOptions = {}): Promise<RunningService> {
  const { app, services, scheduler } = createApp(config, options);
  const server: Server = createServer(app);
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
    services,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
    },
  };
}
