import { Router } from "express";
import type { CloudAdapter } from "botbuilder";
import type { BalisesBot } from "../teams/balisesBot.js";
import { errorBody } from "./errorMiddleware.js";

const NOT_AN_ACTIVITY = { "fr-CA": "Le corps de la requête n'est pas une activité Bot Framework (champ « type » manquant).", en: "The request body is not a Bot Framework activity (missing \"type\")." };

/** The bot endpoint. Malformed activities get a 400 here rather than reaching the adapter. */
export function botRouter(adapter: CloudAdapter, bot: BalisesBot): Router {
  const router = Router();
  router.post("/api/messages", async (req, res) => {
    const body = req.body as { type?: unknown } | undefined;
    if (!body || typeof body !== "object" || Array.isArray(body) || typeof body.type !== "string") {
      res.status(400).json(errorBody("not_an_activity", NOT_AN_ACTIVITY, req));
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });
  return router;
}
