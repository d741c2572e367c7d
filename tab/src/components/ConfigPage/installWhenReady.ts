/**
 * POST /install for a team, patiently: right after Balises is added to a team, the service answers 404
 * `team_not_installed` until the bot has learnt the team's roster. Ask again every second, for about
 * 30 s, then give up with a message that says what to do.
 */
import { teamPath, type ApiClient } from "../../api/apiClient.js";
import { ApiError } from "../../api/apiError.js";
import type { Localized } from "../../i18n/localeContext.js";

export const INSTALL_RETRY_MS = 1000;
export const INSTALL_PATIENCE_MS = 30_000;

export interface InstallOptions {
  /** Called before each wait, so the page can say that Balises is finishing its installation. */
  onWaiting: () => void;
  /** The message of the final refusal when the team never became ready. */
  stillNotInstalled: Localized;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function installWhenReady(api: ApiClient, groupId: string, options: InstallOptions): Promise<void> {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? pause;
  const deadline = now() + INSTALL_PATIENCE_MS;
  for (;;) {
    try {
      await api.send("POST", teamPath(groupId, "/install"));
      return;
    } catch (error) {
      if (!(error instanceof ApiError && error.isTeamNotInstalled)) throw error;
      if (now() + INSTALL_RETRY_MS > deadline) throw new ApiError(error.status, error.code, options.stillNotInstalled);
      options.onWaiting();
      await sleep(INSTALL_RETRY_MS);
    }
  }
}
