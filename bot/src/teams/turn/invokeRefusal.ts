/**
 * An invoke Balises refuses or could not answer: the Universal Actions error Teams shows to the person who
 * acted (`type: application/vnd.microsoft.error`, `value: { code, message }` in their language), carrying
 * the service's bilingual error body too (`error: { code, message, messages }`, as every HTTP API error).
 * The status comes from the error catalogue; never a 501.
 */
import type { InvokeResponse } from "botbuilder";
import { errorBody, httpStatusOf, type ErrorBody, type ErrorCode } from "../../errors.js";
import type { Locale, Localized } from "../../i18n/locale.js";

export interface InvokeRefusalBody extends ErrorBody {
  statusCode: number;
  type: "application/vnd.microsoft.error";
  value: { code: ErrorCode; message: string };
}

export function invokeRefusalBody(code: ErrorCode, messages: Localized, locale: Locale): InvokeRefusalBody {
  return {
    statusCode: httpStatusOf[code],
    type: "application/vnd.microsoft.error",
    value: { code, message: messages[locale] },
    ...errorBody(code, messages, locale),
  };
}

export function invokeRefusal(code: ErrorCode, messages: Localized, locale: Locale): InvokeResponse<InvokeRefusalBody> {
  return { status: httpStatusOf[code], body: invokeRefusalBody(code, messages, locale) };
}
