/**
 * Shapes every part of the tab API shares: names of people, teams, pages, and the error body.
 * Shapes the domain already owns (a matrix, an activity row…) are named with `domainValue`: the contract
 * says where they sit and the domain says what they are, so they are written once.
 */
import { z } from "zod";
import type { Locale, Localized } from "../i18n/locale.js";

/** A value whose shape the domain defines (checked here only to be an object). */
export const domainValue = <T>() => z.custom<T>((v) => typeof v === "object" && v !== null);

export const localizedSchema = z.object({ "fr-CA": z.string(), en: z.string() }) satisfies z.ZodType<Localized>;

/** One string per locale (the audit's sentences). */
export const localizedListSchema = z.object({
  "fr-CA": z.array(z.string()),
  en: z.array(z.string()),
}) satisfies z.ZodType<Record<Locale, string[]>>;

/** `{ <Entra object id>: <display name> }` in every answer that mentions people; someone absent is an unknown member. */
export const peopleSchema = z.record(z.string(), z.string());
export type People = z.infer<typeof peopleSchema>;

/** A Teams team where Balises is installed, by its Entra group id. */
export const teamRefSchema = z.object({ groupId: z.string(), name: z.string() });
export type TeamRef = z.infer<typeof teamRefSchema>;

/** `?pageSize=&continuationToken=` of a paged list. */
export const pageQuerySchema = (max: number, byDefault: number) =>
  z.object({
    pageSize: z.coerce.number().int().min(1).max(max).default(byDefault),
    continuationToken: z.string().min(1).max(4000).optional(),
  });

export const fieldDetailSchema = z.object({ path: z.string(), message: localizedSchema });
export type FieldDetail = z.infer<typeof fieldDetailSchema>;

/**
 * Every failed /api call: `code` from the catalogue (bot/src/errors.ts ErrorCode), the message in the
 * caller's language and in both, and field-level details for a validation failure.
 */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    messages: localizedSchema,
    details: z.array(fieldDetailSchema).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;
