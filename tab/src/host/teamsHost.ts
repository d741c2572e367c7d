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

/**
 * A Balises team is a Teams team, keyed by its Entra group id: `context.team.groupId` only. A chat or a
 * meeting chat is never a team (the API refuses its id), and a chat's `channel.ownerGroupId` is not the
 * team of the tab either.
 */
export function teamKeyFromContext(context: app.Context): string | undefined {
  return context.team?.groupId || undefined;
}

export function onTeamsThemeChange(handler: (theme: string) => void): void {
  app.registerOnThemeChangeHandler(handler);
}

/**
 * A Teams deep link (a meeting's chat) opened by Teams itself, in place, rather than in a new browser window:
 * `app.openLink` is how Microsoft documents a tab executing a deep link ("Deep links execution handling").
 * It sits in teams-js's `app` module beside `initialize`, so it comes with the first load (≈ 0.8 KB gzip,
 * measured), whichever file calls it: a lazy import of it measured no smaller.
 */
export function openInTeams(deepLink: string): Promise<void> {
  return app.openLink(deepLink);
}
