import type { AdaptiveCardInvokeResponse } from "botbuilder";
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

export function errorResponse(
  statusCode: 400 | 401 | 403 | 404 | 409 | 412 | 500 | 503,
  code: string,
  message: string,
): AdaptiveCardInvokeResponse {
  return {
    statusCode,
    type: "application/vnd.microsoft.error",
    value: { code, message },
  };
}
