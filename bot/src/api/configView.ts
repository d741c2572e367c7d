/**
 * What the tab reads about a team (contract ConfigView): its configuration (or Balises' defaults), the matrix
 * with its adjustments, where it differs from the MSSS baseline, whether a valid §4 corridor exists, and the
 * pre-session checklist of its profile.
 */
import type { ConfigView } from "../contract/index.js";
import { checklistFor } from "../domain/checklists.js";
import { hasValidCorridor } from "../domain/corridor.js";
import { applyAdjustments, differencesFromBaseline } from "../domain/matrixAdjustments.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../domain/teamConfig.js";
import type { StoredTeamConfig } from "../storage/teamConfigRepository.js";

export type { ConfigView };

export function configView(teamKey: string, stored: StoredTeamConfig | undefined): ConfigView {
  const configuration = stored?.configuration ?? DEFAULT_TEAM_CONFIGURATION;
  return {
    teamKey,
    configuration,
    pilots: stored?.pilots ?? [],
    etag: stored?.etag ?? null,
    version: stored?.version ?? 0,
    isDefault: stored === undefined,
    matrix: applyAdjustments(configuration.matrix),
    differences: differencesFromBaseline(configuration.matrix),
    validCorridor: hasValidCorridor(configuration),
    checklist: checklistFor(configuration.checklistProfile),
  };
}
