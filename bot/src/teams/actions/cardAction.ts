import type { AdaptiveCardInvokeResponse, TurnContext } from "botbuilder";
import type { z } from "zod";
import type { BotPorts } from "../turn/botPorts.js";
import type { Locale } from "../../i18n/locale.js";

/**
 * One Universal Action verb. Card data is untrusted: `schema` parses it at the edge and the handler
 * only ever sees the parsed value. Handlers answer explicitly (Teams mobile needs a response body).
 */
export interface CardAction<T = unknown> {
  verb: string;
  schema: z.ZodType<T>;
  handle: (context: TurnContext, data: T, services: BotPorts, locale: Locale) => Promise<AdaptiveCardInvokeResponse>;
}

/** Lets a typed action sit in the registry next to others of other data types. */
export function defineAction<T>(action: CardAction<T>): CardAction {
  return action as unknown as CardAction;
}
