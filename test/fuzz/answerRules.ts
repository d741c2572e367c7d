/**
 * The rules every answer of the fuzz keeps: an HTTP answer at all, within the deadline; never a 5xx; every
 * 4xx with the service's bilingual error body (code from the catalogue, its status, a message in fr-CA and
 * en); no internal message (a stack, a TypeError…) in any answer. For Teams invokes, the invoke response
 * carries the same rules (never 5xx, never 501) in Teams' error shape.
 */
import { apiErrorBodySchema } from "../../bot/src/contract/index.js";
import { httpStatusOf, type ErrorCode } from "../../bot/src/errors.js";
import type { FuzzAnswer, LoggedError } from "./fuzzService.js";

const INTERNAL_LEAK =
  /\b(TypeError|ReferenceError|RangeError|SyntaxError|URIError)\b|is not a function|Cannot read propert|at [\w.<>]+ \(.*:\d+:\d+\)|node_modules/;

const isCode = (code: unknown): code is ErrorCode => typeof code === "string" && Object.hasOwn(httpStatusOf, code);

/** The bilingual error body of a 4xx: { error: { code, message, messages: { "fr-CA", en } } } with the code's status. */
export function errorBodyProblems(body: unknown, status: number): string[] {
  const parsed = apiErrorBodySchema.safeParse(body);
  if (!parsed.success) return [`a ${status} without the bilingual error body: ${JSON.stringify(body)?.slice(0, 300)}`];
  const { code, message, messages } = parsed.data.error;
  const problems: string[] = [];
  if (!isCode(code)) problems.push(`error code ${code} is not in the catalogue (bot/src/errors.ts)`);
  else if (httpStatusOf[code] !== status)
    problems.push(`error code ${code} is a ${httpStatusOf[code]}, answered ${status}`);
  if (!messages["fr-CA"].trim() || !messages.en.trim())
    problems.push(`an empty message in ${JSON.stringify(messages)}`);
  if (message !== messages["fr-CA"] && message !== messages.en)
    problems.push(`message is neither language: ${message}`);
  return problems;
}

const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/** Teams' invoke error shape: { statusCode, type: application/vnd.microsoft.error, value: { code, message } }. */
export function invokeErrorProblems(body: Record<string, unknown>, status: number): string[] {
  const value = body.value as { code?: unknown; message?: unknown } | undefined;
  const problems: string[] = [];
  if (body.statusCode !== status) problems.push(`invoke statusCode ${String(body.statusCode)} for status ${status}`);
  if (!isCode(value?.code) || httpStatusOf[value.code] !== status)
    problems.push(`invoke error code ${String(value?.code)} does not give ${status}`);
  if (typeof value?.message !== "string" || !value.message.trim()) problems.push("invoke error without a message");
  // Balises's own refusals also carry the bilingual body; a card action's own error may carry only its language.
  if (body.error !== undefined) problems.push(...errorBodyProblems({ error: body.error }, status));
  return problems;
}

const isInvokeError = (body: unknown): body is Record<string, unknown> =>
  typeof body === "object" && body !== null && (body as { type?: unknown }).type === "application/vnd.microsoft.error";

/** Everything wrong with one HTTP answer (empty when it keeps every rule). */
export function answerProblems(answer: FuzzAnswer, options: { head?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (answer.status < 100) return [`no HTTP answer (${answer.text.slice(0, 120)})`];
  if (answer.status >= 500) problems.push(`status ${answer.status}`);
  if (INTERNAL_LEAK.test(answer.text)) problems.push(`an internal message in the answer: ${answer.text.slice(0, 300)}`);
  if (answer.status >= 400 && answer.status < 500 && !options.head) {
    const body = parseJson(answer.text);
    problems.push(
      ...(isInvokeError(body) ? invokeErrorProblems(body, answer.status) : errorBodyProblems(body, answer.status)),
    );
  }
  return problems;
}

const CRASH_SENTENCES = ["Balises n'a pas pu traiter cette demande", "Balises could not handle this request"];

/** An expectReplies body: each invokeResponse keeps the rules, no reply is a crash sentence or a leak. */
export function replyProblems(answer: FuzzAnswer): string[] {
  const body = parseJson(answer.text) as { activities?: unknown } | undefined;
  if (!Array.isArray(body?.activities)) return [];
  const problems: string[] = [];
  for (const reply of body.activities as Array<Record<string, unknown>>) {
    if (reply.type === "invokeResponse") {
      const { status, body: invokeBody } = (reply.value ?? {}) as { status?: unknown; body?: unknown };
      if (typeof status !== "number" || status >= 500) problems.push(`invoke response status ${String(status)}`);
      else if (status >= 400)
        problems.push(
          ...(isInvokeError(invokeBody)
            ? invokeErrorProblems(invokeBody, status)
            : errorBodyProblems(invokeBody, status)),
        );
    }
    const text = JSON.stringify(reply);
    if (CRASH_SENTENCES.some((s) => text.includes(s)))
      problems.push("the bot answered its crash sentence (a handler threw)");
  }
  return problems;
}

/** Errors the service logged while the batch ran: each is a route or a turn that failed. */
export function loggedProblems(errors: readonly LoggedError[]): string[] {
  return errors.map((e) => `the service logged "${e.msg}": ${e.err?.name ?? ""} ${e.err?.message ?? ""}`.trim());
}
