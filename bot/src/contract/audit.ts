/**
 * GET /teams/{teamKey}/audit?pageSize=&continuationToken=: newest first; each entry with its sentences in
 * both languages (« Marie Tremblay a ajouté le corridor … ») and the names of the people it mentions. `pageSize` is
 * what is asked, not a bound: entries the reader may not see are left out, and a page may hold more or fewer
 * (api/teamHistoryService.ts); read on while a `continuationToken` comes back.
 */
import { z } from "zod";
import { localizedListSchema, pageQuerySchema, peopleSchema } from "./common.js";

export const auditQuerySchema = pageQuerySchema(100, 20);

export const auditChangeSchema = z.object({ path: z.string(), before: z.unknown(), after: z.unknown() });
export type AuditChange = z.infer<typeof auditChangeSchema>;

export const auditItemSchema = z.object({
  at: z.string(),
  by: z.string(),
  action: z.string(),
  changes: z.array(auditChangeSchema),
  /** The entry read as sentences, people by name. */
  text: localizedListSchema,
});
export type AuditItem = z.infer<typeof auditItemSchema>;

export const auditPageSchema = z.object({
  items: z.array(auditItemSchema),
  continuationToken: z.string().optional(),
  people: peopleSchema,
});
export type AuditPage = z.infer<typeof auditPageSchema>;
