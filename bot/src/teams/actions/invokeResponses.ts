import type { AdaptiveCardInvokeResponse } from "botbuilder";
import { httpStatusOf, type ErrorCode } from "../../errors.js";
import type { AdaptiveCard } from "../../cards/renderCard.js";

export function cardResponse(card: AdaptiveCard): AdaptiveCardInvokeResponse {
  return { statusCode: 200, type: "application/vnd.microsoft.card.adaptive", value: card };
}

/** A short message Teams shows to the person who acted, leaving the card as it was. */
export function messageResponse(text: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: 200,
    type: "application/vnd.microsoft.activity.message",
    value: text as unknown as Record<string, unknown>,
  };
}

/** An error Teams shows to the person who acted; the status comes from the service's error catalogue. */
export function errorResponse(code: ErrorCode, message: string): AdaptiveCardInvokeResponse {
  return {
    statusCode: httpStatusOf[code],
    type: "application/vnd.microsoft.error",
    value: { code, message },
  };
}
