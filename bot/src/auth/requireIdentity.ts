/**
 * Express guard of the tab API: a valid bearer token or a bilingual 401 (errors.ts + errorMiddleware); 503
 * when the token's keys cannot be fetched.
 * The identity (tenant from the token, never from the request) is kept in res.locals for the routes.
 */
import type { RequestHandler, Response } from "express";
import { IdentityUnavailableError, UnauthorizedError } from "../errors.js";
import type { IdentityServices } from "./identity.js";
import { KeySetUnavailableError, type Identity } from "./tokenValidator.js";

export function requireIdentity(identity: Pick<IdentityServices, "validate">): RequestHandler {
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
        // Logged once, with this cause, by the error middleware's « request answered 503 ».
        next(new IdentityUnavailableError(error.message));
        return;
      }
      next(error instanceof UnauthorizedError ? error : new UnauthorizedError("invalid token"));
    }
  };
}

/** The caller a request was authenticated as, if it was (a refusal's log names them when known). */
export function identityIfAny(res: Response): Identity | undefined {
  return res.locals.identity as Identity | undefined;
}

export function identityOf(res: Response): Identity {
  const identity = identityIfAny(res);
  if (!identity) throw new UnauthorizedError("no identity on this request");
  return identity;
}
