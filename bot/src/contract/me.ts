/**
 * The caller and their teams: GET /me?team=, GET /me/teams, PUT /me/preferred-team, and a team's roster for
 * the people picker (GET /teams/{teamKey}/members?search=&limit=).
 */
import { z } from "zod";
import { ROLES } from "../domain/roles.js";
import { teamRefSchema } from "./common.js";

export const meQuerySchema = z.object({ team: z.string().optional() });

export const meSchema = z.object({
  tenantId: z.string(),
  userId: z.string(),
  name: z.string(),
  roles: z.array(z.enum(ROLES)),
  /** Asked with `?team=`: whether Balises is installed there and the caller is on its roster. */
  team: z
    .object({ groupId: z.string(), name: z.string().nullable(), installed: z.boolean(), member: z.boolean() })
    .nullable(),
  devIdentity: z.boolean(),
});
export type Me = z.infer<typeof meSchema>;

export const myTeamsSchema = z.object({ items: z.array(teamRefSchema), preferred: z.string().nullable() });
export type MyTeams = z.infer<typeof myTeamsSchema>;

/** PUT /me/preferred-team, PUT /meetings/{id}/team, PUT /encounters/{id}/team: one of the caller's teams. */
export const teamChoiceBodySchema = z.strictObject({ teamKey: z.string().max(64) });
export type TeamChoiceBody = z.input<typeof teamChoiceBodySchema>;

export const membersQuerySchema = z.object({
  search: z.string().max(100).default(""),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

/** The team's roster, sorted by name. */
export const memberPageSchema = z.object({
  items: z.array(z.object({ oid: z.string(), name: z.string() })),
  total: z.number().int(),
});
export type MemberPage = z.infer<typeof memberPageSchema>;
