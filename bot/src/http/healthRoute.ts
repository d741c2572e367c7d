import { Router } from "express";
import type { AppConfig } from "../config.js";
import { loggedError, type Logger } from "../logger.js";
import { shareInFlight, withDeadline } from "../outbound/deadline.js";

export interface HealthDeps {
  /** A point read that proves storage answers, with its own short deadline (TableGateway.ping: 700 ms). */
  storage: { ping: () => Promise<void> };
  mode: AppConfig["mode"];
  logger: Pick<Logger, "warn">;
}

/**
 * The longest /healthz waits for storage (past it, storage counts as unreachable): it answers within a second
 * whatever the storage does, a frozen one included. The ping's own deadline is shorter; this one holds whatever
 * the ping does.
 */
export const HEALTH_DEADLINE_MS = 900;

/**
 * Liveness plus storage reachability: 200 when storage answers, 503 "degraded" when it does not or not in
 * time. Concurrent checks share one ping, so a storage that stopped answering is not piled up on.
 */
export function healthRouter(deps: HealthDeps): Router {
  const router = Router();
  const ping = shareInFlight(() => deps.storage.ping());
  router.get("/healthz", async (_req, res) => {
    const started = Date.now();
    try {
      await withDeadline("storage ping", HEALTH_DEADLINE_MS, ping);
      res.json({
        status: "ok",
        storage: "reachable",
        storageLatencyMs: Date.now() - started,
        mode: deps.mode,
      });
    } catch (error) {
      // The platform's health probe takes the instance out of rotation: the log says why.
      deps.logger.warn({ err: loggedError(error) }, "health check: storage unreachable");
      res.status(503).json({
        status: "degraded",
        storage: "unreachable",
        message: {
          "fr-CA": "Le stockage est inaccessible : Balises fonctionne en mode dégradé.",
          en: "Storage is unreachable: Balises is running degraded.",
        },
        mode: deps.mode,
      });
    }
  });
  return router;
}
