/**
 * GET/PUT /teams/{groupId}/config and POST /teams/{groupId}/install (members only: teamMembership.ts).
 * The tenant is the token's; PUT needs If-Match (or If-None-Match: * to create) and answers 428 without
 * it; the body is strict. Install makes the caller the first pilot only if the team has no pilot yet
 * (usually the bot already named the member who added Balises to the team). Contract: contract/teamConfig.ts.
 */
import { Router, type Response } from "express";
import { PreconditionRequiredError } from "../errors.js";
import { identityOf } from "../auth/requireIdentity.js";
import type { Identity } from "../auth/tokenValidator.js";
import { putConfigBodySchema, type ConfigView, type TeamConfigView } from "../contract/index.js";
import type { Logger } from "../logger.js";
import { parseInput } from "./input.js";
import { peopleOf, type NameDirectory } from "./peopleNames.js";
import { preconditionOf } from "./preconditions.js";
import type { TeamConfigService } from "./teamConfigService.js";
import { teamKeyOf } from "./teamKeyParam.js";

export interface TeamConfigRouterDeps {
  teamConfig: Pick<TeamConfigService, "view" | "update" | "install">;
  names: NameDirectory;
  logger: Pick<Logger, "info">;
}

const PRECONDITION_REQUIRED = {
  "fr-CA":
    "En-tête If-Match requis : rechargez la configuration puis renvoyez-la avec son ETag (ou If-None-Match: * pour la créer).",
  en: "If-Match header required: reload the configuration, then send it back with its ETag (or If-None-Match: * to create it).",
};

/** The configuration view, with the pilots' names (people are shown by name, never by id). */
export async function sendView(
  names: NameDirectory,
  who: Identity,
  res: Response,
  view: ConfigView,
  status = 200,
): Promise<void> {
  const body: TeamConfigView = { ...view, people: await peopleOf(names, who, view.pilots) };
  if (view.etag) res.setHeader("ETag", view.etag);
  res.setHeader("Cache-Control", "no-store");
  res.status(status).json(body);
}

export function teamConfigRouter({ teamConfig, names, logger }: TeamConfigRouterDeps): Router {
  const router = Router();

  router.get("/teams/:teamKey/config", async (req, res) => {
    const identity = identityOf(res);
    await sendView(names, identity, res, await teamConfig.view(identity.tenantId, teamKeyOf(req)));
  });

  router.put("/teams/:teamKey/config", async (req, res) => {
    const identity = identityOf(res);
    const teamKey = teamKeyOf(req);
    const condition = preconditionOf(req);
    if (!condition) throw new PreconditionRequiredError(PRECONDITION_REQUIRED);
    const body = parseInput(putConfigBodySchema, req.body);
    await sendView(names, identity, res, await teamConfig.update(identity, teamKey, body.configuration, condition));
  });

  router.post("/teams/:teamKey/install", async (req, res) => {
    const identity = identityOf(res);
    const { created, view } = await teamConfig.install(identity, teamKeyOf(req));
    if (created) logger.info({ version: view.version }, "team configuration installed");
    await sendView(names, identity, res, view, created ? 201 : 200);
  });

  return router;
}
