/**
 * Roles of a user in a team. Pilots come from the team configuration; other facts (supervisor, learner:
 * issue 4) come from sources registered with addSource, so they plug in without touching the callers.
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
  private readonly sources: RoleFactsSource[] = [];

  constructor(private readonly teamConfigs: TeamConfigRepository) {}

  /** Seam for issue 4 (learners and supervisors). */
  addSource(source: RoleFactsSource): void {
    this.sources.push(source);
  }

  async rolesFor(identity: Identity, teamKey?: string): Promise<Role[]> {
    if (teamKey === undefined) return resolveRoles([]);
    const query: RoleQuery = { tenantId: identity.tenantId, teamKey, userId: identity.userId };
    const stored = await this.teamConfigs.get(identity.tenantId, teamKey);
    const facts: RoleFacts[] = [{ pilot: stored ? isPilot(stored.pilots, identity.userId) : false }];
    for (const source of this.sources) facts.push(await source(query));
    return resolveRoles(facts);
  }
}
