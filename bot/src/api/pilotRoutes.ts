/** POST /teams/{teamKey}/pilots { userId } and DELETE /teams/{teamKey}/pilots/{userId}: pilots only. */
import { Router } from "express";
import { z } from "zod";
import { ValidationError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import { objectIdSchema } from "../domain/teamConfigSchema.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { TeamConfigService } from "./teamConfigService.js";
import type { Services } from "../services.js";
import { requireOnRoster } from "./rosterCheck.js";
import { sendView } from "./teamConfigRoutes.js";
import { teamKeyOf } from "./teamKeyParam.js";
import { ifMatchOf } from "./preconditions.js";

const NOT_AN_OBJECT_ID = {
  "fr-CA": "Identifiant d'utilisateur Entra (GUID) attendu.",
  en: "Expected an Entra user object id (GUID).",
};
const userIdSchema = z
  .string()
  .refine((v) => objectIdSchema.safeParse(v).success, { params: { message: NOT_AN_OBJECT_ID } })
  .transform((v) => v.toLowerCase());
const addBody = z.strictObject({ userId: userIdSchema });

export function pilotRouter(services: Pick<Services, "people" | "teams">, teamConfig: TeamConfigService): Router {
  const router = Router();

  router.post("/teams/:teamKey/pilots", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const body = addBody.safeParse(req.body);
    if (!body.success) throw new ValidationError(fieldIssues(body.error));
    await requireOnRoster(services, identity.tenantId, teamKey, [{ path: "userId", oid: body.data.userId }]);
    await sendView(
      services,
      identity,
      res,
      await teamConfig.addPilot(identity, teamKey, body.data.userId, ifMatchOf(req)),
    );
  });

  router.delete("/teams/:teamKey/pilots/:userId", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const userId = userIdSchema.safeParse(req.params.userId);
    if (!userId.success) throw new ValidationError(fieldIssues(userId.error, ["userId"]));
    await sendView(
      services,
      identity,
      res,
      await teamConfig.removePilot(identity, teamKey, userId.data, ifMatchOf(req)),
    );
  });

  return router;
}
