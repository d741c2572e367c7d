/**
 * Turns what the connector client throws (core-rest-pipeline RestError: statusCode, code, response headers
 * and body) into a ProactiveSendError the scheduler can classify without knowing botbuilder.
 * Teams reports a blocked or uninstalled bot as 403 with `subCode: MessageWritesBlocked` inside a JSON string
 * `message`, or with `error.code` (e.g. BotNotInConversationRoster): both become `code`.
 */
import { ProactiveSendError, parseRetryAfter } from "../../jobs/retryPolicy.js";

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { headers?: { get: (name: string) => string | undefined | null }; bodyAsText?: string | null };
}

function subCodeOf(body: string | null | undefined): string | undefined {
  if (!body) return undefined;
  try {
    const parsed = JSON.parse(body) as { error?: { code?: string }; message?: string; subCode?: string };
    if (parsed.error?.code) return parsed.error.code;
    if (parsed.subCode) return parsed.subCode;
    if (typeof parsed.message === "string" && parsed.message.includes("subCode")) {
      const inner = JSON.parse(parsed.message) as { subCode?: string };
      return inner.subCode;
    }
  } catch {
    // Not JSON: the status alone classifies it.
  }
  return undefined;
}

const SAFE_CODE = /^[A-Za-z0-9_.-]{1,80}$/;

export function toSendError(operation: "send" | "createConversation", error: unknown): ProactiveSendError {
  if (error instanceof ProactiveSendError) return error;
  const e = (error ?? {}) as RestErrorLike;
  const status = typeof e.statusCode === "number" ? e.statusCode : undefined;
  const fromBody = subCodeOf(e.response?.bodyAsText);
  const rawCode = fromBody ?? (e.code && e.code !== "RestError" && e.code !== "ServiceError" ? e.code : undefined);
  const code = rawCode && SAFE_CODE.test(rawCode) ? rawCode : undefined;
  const retryAfterMs = parseRetryAfter(e.response?.headers?.get("retry-after") ?? undefined);
  const message = `${operation} failed${status !== undefined ? ` with HTTP ${status}` : ""}${code ? ` (${code})` : ""}`;
  return new ProactiveSendError(operation, status, code, retryAfterMs, message);
}
