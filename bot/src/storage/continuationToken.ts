/**
 * Continuation tokens a caller hands back: one that is not ours is the caller's mistake (400), not a 5xx. The
 * SDK's own (audit, learners) is base64 JSON naming the next keys; the activity views' is encounterIndexReader.ts's.
 */
import { ValidationError } from "../errors.js";

const BAD_TOKEN = { "fr-CA": "Jeton de continuation invalide.", en: "Invalid continuation token." };

export function badContinuationToken(): ValidationError {
  return new ValidationError([{ path: "continuationToken", message: BAD_TOKEN }], BAD_TOKEN);
}

/** The SDK's token, checked before it reaches the query. */
export function checkTableToken(token: string | undefined): void {
  if (token === undefined) return;
  try {
    const decoded = JSON.parse(Buffer.from(token, "base64").toString("latin1")) as {
      nextPartitionKey?: unknown;
      nextRowKey?: unknown;
    };
    if (
      typeof decoded.nextPartitionKey === "string" &&
      (decoded.nextRowKey === undefined || typeof decoded.nextRowKey === "string")
    )
      return;
  } catch {
    // fall through to the validation error
  }
  throw badContinuationToken();
}
