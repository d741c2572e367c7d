import { Router } from "express";
import type { Services } from "../services.js";

/** Liveness plus storage reachability: 200 when storage answers, 503 "degraded" when it does not. */
export function healthRouter(services: Services): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const started = Date.now();
    try {
      await services.health.ping();
      res.json({
        status: "ok",
        storage: "reachable",
        storageLatencyMs: Date.now() - started,
        mode: services.config.mode,
      });
    } catch {
      res.status(503).json({
        status: "degraded",
        storage: "unreachable",
        message: {
          "fr-CA": "Le stockage est inaccessible : Balises fonctionne en mode dégradé.",
          en: "Storage is unreachable: Balises is running degraded.",
        },
        mode: services.config.mode,
      });
    }
  });
  return router;
}
