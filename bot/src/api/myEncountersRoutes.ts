/**
 * « Mes rencontres », the personal tab (contract/myEncounters.ts; reads and rules: myEncountersService.ts):
 *   GET  /me/encounters                          the caller's own encounters: notes owed, follow-ups, a learner's parts
 *   POST /me/notes/{encounterId}/filed           "Note déposée"
 *   POST /me/notes/{encounterId}/remind-later    "Me le rappeler plus tard"
 * Whose encounters is the token's to say (tenant and user); nothing in the request names anyone.
 */
import { Router, type Request } from "express";
import { identityOf } from "../auth/requireIdentity.js";
import type { MyEncounters } from "../contract/index.js";
import { ENCOUNTER_ID_PATTERN } from "../domain/encounter.js";
import { ValidationError } from "../errors.js";
import type { Localized } from "../i18n/locale.js";
import type { MyEncountersService } from "./myEncountersService.js";
import { peopleOf, type NameDirectory } from "./peopleNames.js";

export interface MyEncountersRouterDeps {
  myEncounters: Pick<MyEncountersService, "list" | "fileNote" | "remindLater">;
  names: NameDirectory;
}

const BAD_ENCOUNTER: Localized = { "fr-CA": "Identifiant de rencontre invalide.", en: "Invalid encounter id." };

function encounterIdOf(req: Request): string {
  const id = String(req.params.encounterId ?? "");
  if (!ENCOUNTER_ID_PATTERN.test(id))
    throw new ValidationError([{ path: "encounterId", message: BAD_ENCOUNTER }], BAD_ENCOUNTER);
  return id;
}

export function myEncountersRouter({ myEncounters, names }: MyEncountersRouterDeps): Router {
  const router = Router();

  router.get("/me/encounters", async (_req, res) => {
    const who = identityOf(res);
    const answer = await myEncounters.list(who);
    const people = await peopleOf(
      names,
      who,
      answer.parts.map((p) => p.clinicianId),
    );
    const body: MyEncounters = { ...answer, people };
    res.setHeader("Cache-Control", "no-store").json(body);
  });

  router.post("/me/notes/:encounterId/filed", async (req, res) => {
    res.json(await myEncounters.fileNote(identityOf(res), encounterIdOf(req)));
  });

  router.post("/me/notes/:encounterId/remind-later", async (req, res) => {
    res.json(await myEncounters.remindLater(identityOf(res), encounterIdOf(req)));
  });

  return router;
}
