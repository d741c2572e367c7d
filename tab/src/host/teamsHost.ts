/** Running inside Teams: initialise teams-js, read the context, follow theme changes. */
import { app } from "@microsoft/teams-js";

const INITIALIZE_TIMEOUT_MS = 5000;

/**
 * Resolves the Teams context, or null outside Teams: `app.initialize()` rejects at once without a parent
 * window ("No Parent window found") and never answers inside a frame that is not a Teams host.
 */
export async function initializeTeams(): Promise<app.Context | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), INITIALIZE_TIMEOUT_MS);
  });
  try {
    const initialized = await Promise.race([app.initialize().then(() => true), timeout]);
    if (!initialized) return null;
    const context = await app.getContext();
    app.notifySuccess().catch(() => undefined);
    return context;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/** The key a team's configuration is stored under: the team's group id, else the chat (or meeting chat) id. */
export function teamKeyFromContext(context: app.Context): string | undefined {
  return context.team?.groupId || context.channel?.ownerGroupId || context.chat?.id || undefined;
}

export function onTeamsThemeChange(handler: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(handler);
}
