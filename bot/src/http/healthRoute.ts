import { Router } from "express";
import type { AppConfig } from "../config.js";

export interface HealthDeps {
  /** A point read that proves storage answers. */
  storage: { ping: () => Promise<void> };
  mode: AppConfig["mode"];
}

/** Liveness plus storage reachability: 200 when storage answers, 503 "degraded" when it does not. */
export function healthRouter(deps: HealthDeps): Router {
  const router = Router();
  router.get("/healthz", async (_req, res) => {
    const started = Date.now();
    try {
      await deps.storage.ping();
      res.json({
        status: "ok",
        storage: "reachable",
        storageLatencyMs: Date.now() - started,
        mode: deps.mode,
      });
    } catch {
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
