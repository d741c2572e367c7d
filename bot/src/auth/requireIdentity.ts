/**
 * Express guard of the tab API: a valid bearer token or a bilingual 401 (errors.ts + errorMiddleware).
 * The identity (tenant from the token, never from the request) is kept in res.locals for the routes.
 */
import type { RequestHandler, Response } from "express";
import { UnauthorizedError } from "../errors.js";
import { errorBody } from "../http/errorMiddleware.js";
import type { Logger } from "../logger.js";
import type { IdentityServices } from "./identity.js";
import { KeySetUnavailableError, type Identity } from "./tokenValidator.js";

const KEYS_UNAVAILABLE = {
  "fr-CA":
    "Impossible de vérifier votre identité pour le moment (service d'identité Microsoft injoignable). Réessayez dans un instant.",
  en: "Your identity cannot be checked right now (Microsoft identity service unreachable). Try again in a moment.",
};

export function requireIdentity(identity: IdentityServices, logger: Logger): RequestHandler {
  return async (req, res, next) => {
    const match = /^Bearer\s+([A-Za-z0-9._~+/=-]+)\s*$/i.exec(req.headers.authorization ?? "");
    res.setHeader("WWW-Authenticate", "Bearer");
    if (!match?.[1]) {
      next(new UnauthorizedError("missing bearer token"));
      return;
    }
    if (!identity.validate) {
      next(new UnauthorizedError("identity is not configured"));
      return;
    }
    try {
      res.locals.identity = await identity.validate(match[1]);
      res.removeHeader("WWW-Authenticate");
      next();
    } catch (error) {
      if (error instanceof KeySetUnavailableError) {
        logger.warn({ reason: error.message }, "token keys unreachable");
        res.status(503).json(errorBody("identity_unavailable", KEYS_UNAVAILABLE, req));
        return;
      }
      next(error instanceof UnauthorizedError ? error : new UnauthorizedError("invalid token"));
    }
  };
}

export function identityOf(res: Response): Identity {
  const identity = res.locals.identity as Identity | undefined;
  if (!identity) throw new UnauthorizedError("no identity on this request");
  return identity;
}
