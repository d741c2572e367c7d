/**
 * An invoke Balises refuses or could not answer: the Universal Actions error Teams shows to the person who
 * acted (`type: application/vnd.microsoft.error`, `value: { code, message }` in their language), carrying
 * the service's bilingual error body too (`error: { code, message, messages }`, as every HTTP API error).
 * The status comes from the error catalogue; never a 501.
 */
import type { InvokeResponse } from "botbuilder";
import { httpStatusOf, type ErrorCode } from "../../errors.js";
import type { Locale, Localized } from "../../i18n/locale.js";

export interface InvokeRefusalBody {
  statusCode: number;
  type: "application/vnd.microsoft.error";
  value: { code: ErrorCode; message: string };
  error: { code: ErrorCode; message: string; messages: Localized };
}

export function invokeRefusalBody(code: ErrorCode, messages: Localized, locale: Locale): InvokeRefusalBody {
  const message = messages[locale];
  return {
    statusCode: httpStatusOf[code],
    type: "application/vnd.microsoft.error",
    value: { code, message },
    error: { code, message, messages },
  };
}

export function invokeRefusal(code: ErrorCode, messages: Localized, locale: Locale): InvokeResponse<InvokeRefusalBody> {
  return { status: httpStatusOf[code], body: invokeRefusalBody(code, messages, locale) };
}
