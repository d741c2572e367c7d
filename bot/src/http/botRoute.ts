import { Router, type Request, type Response } from "express";
import { z } from "zod";
import { sendError } from "./errorMiddleware.js";

/** The least an activity must carry for the bot to answer it; anything else is refused with a 400 before the adapter. */
const activityShape = z
  .object({
    type: z.string().min(1),
    channelId: z.string().min(1),
    serviceUrl: z.url(),
    conversation: z.object({ id: z.string().min(1) }).loose(),
    from: z.object({ id: z.string().min(1) }).loose(),
  })
  .loose();

const NOT_AN_ACTIVITY = {
  "fr-CA": "Le corps de la requête n'est pas une activité Bot Framework valide",
  en: "The request body is not a valid Bot Framework activity",
};

export function botRouter(handleActivity: (req: Request, res: Response) => Promise<void>): Router {
  const router = Router();
  router.post("/api/messages", async (req, res) => {
    const parsed = activityShape.safeParse(req.body);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => i.path.join(".") || "body").join(", ");
      sendError(res, req, "not_an_activity", {
        "fr-CA": `${NOT_AN_ACTIVITY["fr-CA"]} (${fields}).`,
        en: `${NOT_AN_ACTIVITY.en} (${fields}).`,
      });
      return;
    }
    await handleActivity(req, res);
  });
  return router;
}
