/**
 * POST /api/messages without Express, for the requests the Bot Connector sends: a JSON body in UTF-8, not
 * compressed. Express's layers cost more than the bot's own work on an invoke (issue 14: a card action answered
 * 1,490 times a second through Express, 2,120 without it, on 2 cores). The answer is the one botRoute.ts gives,
 * written the same way; a request with anything else (a charset other than UTF-8, a Content-Encoding, another
 * type, a query) goes on to Express, whose route reads it as before.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { loggedError, type Logger } from "../logger.js";
import { answerActivity, BOT_BODY_LIMIT, writeReply, type ActivityHandler } from "./botRoute.js";
import { headerLocale, INTERNAL, MALFORMED_JSON, TOO_LARGE } from "./errorMiddleware.js";
import { setSecurityHeaders, type SecurityHeaderOptions } from "./securityHeaders.js";

/** `application/json`, alone or with `charset=utf-8`: what the connector sends. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;
/** body-parser's strict JSON: an object or an array, after any JSON whitespace. */
const OBJECT_OR_ARRAY = /^[ \t\n\r]*[[{]/;

/** The body as body-parser reads it (strict, a byte-order mark dropped), or undefined when it is not JSON. */
function readJson(raw: string): { value: unknown } | undefined {
  const text = raw.startsWith("\uFEFF") ? raw.slice(1) : raw;
  // An empty body reads as an empty object: refused afterwards as no activity.
  if (text.length === 0) return { value: {} };
  if (!OBJECT_OR_ARRAY.test(text)) return undefined;
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return undefined;
  }
}

/** The requests this path answers; Express answers the rest. */
function isPlainActivityPost(req: IncomingMessage): boolean {
  const encoding = req.headers["content-encoding"];
  return (
    req.method === "POST" &&
    req.url === "/api/messages" &&
    PLAIN_JSON.test(req.headers["content-type"] ?? "") &&
    (encoding === undefined || encoding.toLowerCase() === "identity")
  );
}

/** A listener that takes the plain activity posts (true) and leaves every other request to the next one (false). */
export function botEndpoint(
  handleActivity: ActivityHandler,
  logger: Pick<Logger, "error">,
  headers: SecurityHeaderOptions,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (!isPlainActivityPost(req)) return false;
    setSecurityHeaders(res, headers);
    const locale = headerLocale(req.headers["accept-language"]);
    const tooLarge = () => {
      // Not read to its end: the connection closes after the answer.
      res.setHeader("Connection", "close");
      writeReply(res, { kind: "error", code: "too_large", messages: TOO_LARGE }, locale);
    };
    if (Number(req.headers["content-length"] ?? 0) > BOT_BODY_LIMIT) {
      tooLarge();
      return true;
    }
    const answer = (body: unknown) =>
      answerActivity(body, req.headers.authorization ?? "", handleActivity, logger)
        .then((reply) => writeReply(res, reply, locale))
        .catch((error: unknown) => {
          // Never a crash nor a request left unanswered: the same 500 as Express's error handler gives.
          logger.error({ err: loggedError(error) }, "bot endpoint failed to answer");
          if (res.headersSent) res.destroy();
          else writeReply(res, { kind: "error", code: "internal_error", messages: INTERNAL }, locale);
        });
    // No body at all (neither a length nor chunks): what Express's route reads as no body.
    if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] === undefined) {
      req.resume();
      void answer(undefined);
      return true;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= BOT_BODY_LIMIT) chunks.push(chunk);
      else {
        req.off("data", onData);
        req.off("end", onEnd);
        req.resume();
        tooLarge();
      }
    };
    const onEnd = () => {
      const json = readJson(Buffer.concat(chunks).toString("utf8"));
      if (!json) {
        writeReply(res, { kind: "error", code: "malformed_json", messages: MALFORMED_JSON }, locale);
        return;
      }
      void answer(json.value);
    };
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", () => res.destroy());
    return true;
  };
}
