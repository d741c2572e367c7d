/**
 * Roles of a user in a team. Pilots come from the team configuration; other facts (supervisor, learner:
 * issue 4) come from the sources given at construction (the composition root names them).
 */
import { isPilot, resolveRoles, type Role, type RoleFacts } from "../domain/roles.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { Identity } from "./tokenValidator.js";

export interface RoleQuery {
  tenantId: string;
  teamKey: string;
  userId: string;
}

export type RoleFactsSource = (query: RoleQuery) => Promise<RoleFacts>;

export class RoleResolver {
  constructor(
    private readonly teamConfigs: Pick<TeamConfigRepository, "get">,
    private readonly sources: readonly RoleFactsSource[] = [],
  ) {}

  async rolesFor(identity: Identity, teamKey?: string): Promise<Role[]> {
    if (teamKey === undefined) return resolveRoles([]);
    const query: RoleQuery = { tenantId: identity.tenantId, teamKey, userId: identity.userId };
    const stored = await this.teamConfigs.get(identity.tenantId, teamKey);
    const facts: RoleFacts[] = [{ pilot: stored ? isPilot(stored.pilots, identity.userId) : false }];
    for (const source of this.sources) facts.push(await source(query));
    return resolveRoles(facts);
  }
}
