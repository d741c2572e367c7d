/**
 * GET/PUT /teams/{groupId}/config and POST /teams/{groupId}/install (members only: teamMembership.ts).
 * The tenant is the token's; PUT needs If-Match (or If-None-Match: * to create) and answers 428 without
 * it; the body is strict. Install makes the caller the first pilot only if the team has no pilot yet
 * (usually the bot already named the member who added Balises to the team).
 */
import { Router, type Response } from "express";
import { z } from "zod";
import { ValidationError } from "../errors.js";
import { errorBody } from "../http/errorMiddleware.js";
import { identityOf } from "../auth/requireIdentity.js";
import { fieldIssues } from "../domain/zodIssues.js";
import type { Services } from "../services.js";
import type { ConfigView } from "./configView.js";
import type { TeamConfigService } from "./teamConfigService.js";
import { preconditionOf } from "./preconditions.js";
import { teamKeyOf } from "./teamKeyParam.js";
import { peopleOf } from "./peopleNames.js";
import type { Identity } from "../auth/tokenValidator.js";

const PRECONDITION_REQUIRED = {
  "fr-CA":
    "En-tête If-Match requis : rechargez la configuration puis renvoyez-la avec son ETag (ou If-None-Match: * pour la créer).",
  en: "If-Match header required: reload the configuration, then send it back with its ETag (or If-None-Match: * to create it).",
};

const putBody = z.strictObject({
  configuration: z
    .unknown()
    .refine((v) => v !== undefined, { params: { message: { "fr-CA": "Champ obligatoire.", en: "Required field." } } }),
});

/** The configuration view, with the pilots' names (people are shown by name, never by id). */
export async function sendView(
  services: Pick<Services, "people">,
  who: Identity,
  res: Response,
  view: ConfigView,
  status = 200,
): Promise<void> {
  const people = await peopleOf(services, who, view.pilots);
  if (view.etag) res.setHeader("ETag", view.etag);
  res.setHeader("Cache-Control", "no-store");
  res.status(status).json({ ...view, people });
}

export function teamConfigRouter(services: Services, teamConfig: TeamConfigService): Router {
  const router = Router();

  router.get("/teams/:teamKey/config", async (req, res) => {
    const identity = identityOf(res);
    await sendView(services, identity, res, await teamConfig.view(identity.tenantId, teamKeyOf(req)));
  });

  router.put("/teams/:teamKey/config", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const condition = preconditionOf(req);
    if (!condition) {
      res.status(428).json(errorBody("precondition_required", PRECONDITION_REQUIRED, req));
      return;
    }
    const body = putBody.safeParse(req.body);
    if (!body.success) throw new ValidationError(fieldIssues(body.error));
    await sendView(
      services,
      identity,
      res,
      await teamConfig.update(identity, teamKey, body.data.configuration, condition),
    );
  });

  router.post("/teams/:teamKey/install", async (req, res) => {
    const identity = identityOf(res);
    const { created, view } = await teamConfig.install(identity, teamKeyOf(req));
    if (created) services.logger.info({ version: view.version }, "team configuration installed");
    await sendView(services, identity, res, view, created ? 201 : 200);
  });

  return router;
}
