/**
 * POST /api/messages: the Bot Framework endpoint. The activity is read here (JSON, at most 512 KB), checked
 * against the least the bot relies on (what it reads must have the type Teams gives it, and the ids it keeps
 * must fit a storage key), then handed to the adapter. Whatever the adapter answers goes through one gate:
 * invoke responses and replies pass as they are, but its own refusals and failures (a token it refused, a 501
 * for an invoke nobody answered, an error) become the service's bilingual error body, and a raw internal
 * message never reaches the caller.
 */
import type { ServerResponse } from "node:http";
import express, { Router } from "express";
import { z } from "zod";
import { errorBody, httpStatusOf, type ErrorCode } from "../errors.js";
import type { Locale, Localized } from "../i18n/locale.js";
import { loggedError, type Logger } from "../logger.js";
import { escapeKeyPart } from "../storage/keys.js";
import { encounterIdFor, ENCOUNTER_ID_PATTERN } from "../domain/encounter.js";
import { INTERNAL, requestLocale, sendError } from "./errorMiddleware.js";
import { jsonBodiesOnly } from "./jsonBodiesOnly.js";

/** The largest activity read (bytes): Teams' are a few KB; a card's submitted data stays far below. */
export const BOT_BODY_LIMIT = 512 * 1024;

const text = z.string().nullish();

/** Longest id (once escaped as storage escapes key parts) the bot turns into a key: Azure keys hold 512 characters. */
const MAX_KEY_ID = 400;
/** Teams ids are printable ASCII; botbuilder also sends the conversation id back in an HTTP header. */
const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/** An id the bot may keep as (part of) a storage key: conversation, user, team, meeting, activity ids. */
const keyId = z
  .string()
  .min(1)
  .max(MAX_KEY_ID)
  .regex(PRINTABLE_ASCII)
  .refine((v) => escapeKeyPart(v).length <= MAX_KEY_ID, "too long once escaped for a storage key");
/** Tenant ids (Entra GUIDs) are partition keys as they are, unescaped: key-safe characters only. */
const tenantId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);

/** An id Teams may leave out or send empty (an anonymous meeting guest has aadObjectId ""). */
const optionalId = z.union([z.literal(""), keyId]).nullish();

/** A meeting id Balises can name encounters after (an encounter id is the meeting id in base64url, ≤ 512). */
const meetingId = keyId.refine((v) => ENCOUNTER_ID_PATTERN.test(encounterIdFor(v, "2026-01-01T00:00:00Z")), "too long");

const account = z.object({ id: keyId, aadObjectId: optionalId, name: text }).loose();

/** The least an activity must carry for the bot to answer it; anything else is refused with a 400 before the adapter. */
const activityShape = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(256),
    serviceUrl: z.url({ protocol: /^https?$/ }),
    conversation: z
      .object({ id: keyId, tenantId: z.union([z.literal(""), tenantId]).nullish(), conversationType: text })
      .loose(),
    from: account,
    recipient: account,
    id: optionalId,
    name: text,
    text,
    locale: text,
    deliveryMode: text,
    replyToId: optionalId,
    entities: z
      .array(z.object({ type: text }).loose())
      .max(64)
      .nullish(),
    channelData: z
      .object({
        tenant: z
          .object({ id: z.union([z.literal(""), tenantId]).nullish() })
          .loose()
          .nullish(),
        meeting: z
          .object({ id: z.union([z.literal(""), meetingId]).nullish() })
          .loose()
          .nullish(),
        team: z.object({ id: optionalId, aadGroupId: optionalId, name: text }).loose().nullish(),
      })
      .loose()
      .nullish(),
    membersAdded: z.array(account).nullish(),
    membersRemoved: z.array(account).nullish(),
  })
  .loose();

const NOT_AN_ACTIVITY = {
  "fr-CA": "Le corps de la requête n'est pas une activité Bot Framework valide",
  en: "The request body is not a valid Bot Framework activity",
};
const UNAUTHORIZED = {
  "fr-CA": "Authentification Bot Framework requise ou jeton invalide.",
  en: "Bot Framework authentication required or invalid token.",
};
const UNSUPPORTED_INVOKE = {
  "fr-CA": "Balises ne traite pas cette demande (invoke).",
  en: "Balises does not handle this request (invoke).",
};

/** What the adapter answered: an invoke's response or a reply (any status), or the status of its own refusal. */
export interface AdapterAnswer {
  status: number;
  body?: unknown;
}

/** The bot's answer to an activity this route has read and checked: what bot/src/teams/ gives the route. */
export type ActivityHandler = (activity: Record<string, unknown>, authorization: string) => Promise<AdapterAnswer>;

/** What /api/messages answers: the adapter's own answer as it is, or one of the service's errors. */
export type BotReply =
  { kind: "answer"; status: number; body?: unknown } | { kind: "error"; code: ErrorCode; messages: Localized };

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** The adapter's answer as the caller gets it. */
function replyOf(answer: AdapterAnswer, logger: Pick<Logger, "error">): BotReply {
  const { status, body } = answer;
  // Invoke responses and expectReplies bodies (objects) are the bot's own answers, whatever their status.
  if (status < 400 || (isObject(body) && status !== 501)) return { kind: "answer", status, body };
  if (status === 401 || status === 403) return { kind: "error", code: "unauthorized", messages: UNAUTHORIZED };
  if (status === 501) return { kind: "error", code: "unsupported_invoke", messages: UNSUPPORTED_INVOKE };
  if (status < 500) return notAnActivity();
  logger.error({ status }, "bot adapter failed");
  return { kind: "error", code: "internal_error", messages: INTERNAL };
}

const notAnActivity = (fields?: string): BotReply => {
  const detail = fields === undefined ? "" : ` (${fields})`;
  return {
    kind: "error",
    code: "not_an_activity",
    messages: { "fr-CA": `${NOT_AN_ACTIVITY["fr-CA"]}${detail}.`, en: `${NOT_AN_ACTIVITY.en}${detail}.` },
  };
};

/** The reply to a request body read as JSON (or undefined when it was not JSON): checked, then the adapter's. */
export async function answerActivity(
  body: unknown,
  authorization: string,
  handleActivity: ActivityHandler,
  logger: Pick<Logger, "error">,
): Promise<BotReply> {
  const parsed = activityShape.safeParse(body);
  if (!parsed.success)
    return notAnActivity(
      [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "body"))].slice(0, 10).join(", "),
    );
  try {
    // The body as it came (checked above): the adapter reads more than the check names.
    return replyOf(await handleActivity(body as Record<string, unknown>, authorization), logger);
  } catch (error) {
    logger.error({ err: loggedError(error) }, "bot adapter threw");
    return { kind: "error", code: "internal_error", messages: INTERNAL };
  }
}

/** Writes a reply, the same with or without Express: JSON for objects and errors, text otherwise. */
export function writeReply(res: ServerResponse, reply: BotReply, locale: Locale): void {
  if (reply.kind === "error") {
    res.statusCode = httpStatusOf[reply.code];
    writeBody(res, "application/json; charset=utf-8", JSON.stringify(errorBody(reply.code, reply.messages, locale)));
    return;
  }
  res.statusCode = reply.status;
  const { body } = reply;
  if (body === undefined || body === null || body === "") res.end();
  else if (isObject(body)) writeBody(res, "application/json; charset=utf-8", JSON.stringify(body));
  else writeBody(res, "text/plain; charset=utf-8", typeof body === "string" ? body : "");
}

function writeBody(res: ServerResponse, contentType: string, text: string): void {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Length", Buffer.byteLength(text));
  res.end(text);
}

const ONLY_POST: Localized = {
  "fr-CA": "Cette adresse reçoit les activités du Bot Connector de Microsoft et n'accepte que POST.",
  en: "This address receives the Microsoft Bot Connector's activities and accepts POST only.",
};

/**
 * The route for what the Express-free path (botEndpoint.ts) leaves: a charset, a Content-Encoding, another type
 * (refused as the API refuses it), another method (405).
 */
export function botRouter(handleActivity: ActivityHandler, logger: Pick<Logger, "error">): Router {
  const router = Router();
  router.post("/api/messages", jsonBodiesOnly, express.json({ limit: BOT_BODY_LIMIT }), async (req, res) => {
    const reply = await answerActivity(req.body, req.headers.authorization ?? "", handleActivity, logger);
    writeReply(res, reply, requestLocale(req));
  });
  // The Bot Connector only posts; a probe's GET learns that, rather than being asked for a token.
  router.all("/api/messages", (req, res) => {
    res.setHeader("Allow", "POST");
    sendError(res, req, "method_not_allowed", ONLY_POST);
  });
  return router;
}
