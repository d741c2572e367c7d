import express, { Router } from "express";
import type { Services } from "../services.js";
import { matrixRouter } from "./matrixRoutes.js";

/** The tab's REST API: one router per resource, mounted under /api. */
export function apiRouter(_services: Services): Router {
  const router = Router();
  router.use(express.json({ limit: "256kb" }));
  router.use(matrixRouter());
  return router;
}
