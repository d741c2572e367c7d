/**
 * GET /dev/personas and POST /dev/token { persona }: the dev identity provider's doors. They exist only
 * when DEV_IDENTITY=on (never in production); otherwise every /dev path is a 404. With SEED_DEMO=on,
 * /dev/personas also names the demo team, which the tab then opens when its URL names none.
 */
import express, { Router } from "express";
import { z } from "zod";
import type { DevIdentityProvider } from "../auth/devIdentityProvider.js";
import { sendError } from "./errorMiddleware.js";
import { DEMO_TEAM } from "../dev/demoTeam.js";

const NOT_FOUND = { "fr-CA": "Introuvable.", en: "Not found." };
const UNKNOWN_PERSONA = {
  "fr-CA": "Persona inconnue : voyez GET /dev/personas.",
  en: "Unknown persona: see GET /dev/personas.",
};
const tokenBody = z.strictObject({ persona: z.string().min(1).max(64) });

export interface DevIdentityDeps {
  /** Present only when DEV_IDENTITY=on. */
  dev?: DevIdentityProvider;
  /** SEED_DEMO=on: the tab opens the demo team when its URL names none. */
  seedDemo: boolean;
}

export function devIdentityRouter(deps: DevIdentityDeps): Router {
  const router = Router();
  const dev = deps.dev;
  if (!dev) {
    router.use("/dev", (req, res) => {
      sendError(res, req, "not_found", NOT_FOUND);
    });
    return router;
  }
  router.get("/dev/personas", (_req, res) => {
    const tenantId = dev.personas()[0]?.tenantId;
    const personas = dev
      .personas()
      .map(({ id, name, oid, tenantId: t, role }) => ({ id, name, oid, tenantId: t, role }));
    const demoTeam = deps.seedDemo ? { demoTeam: { groupId: DEMO_TEAM.groupId, name: DEMO_TEAM.name } } : {};
    res.json({ tenantId, personas, ...demoTeam });
  });
  router.post("/dev/token", express.json({ limit: "16kb" }), async (req, res) => {
    const body = tokenBody.safeParse(req.body);
    const issued = body.success ? await dev.issueToken(body.data.persona) : undefined;
    if (!issued) {
      sendError(res, req, "unknown_persona", UNKNOWN_PERSONA);
      return;
    }
    res.setHeader("Cache-Control", "no-store");
    res.json(issued);
  });
  // Any other /dev address (or method) is a JSON 404 like the API's, never Express's HTML page.
  router.use("/dev", (req, res) => {
    sendError(res, req, "not_found", NOT_FOUND);
  });
  return router;
}
