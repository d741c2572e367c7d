/**
 * Where the tab runs decides who the user is:
 * - inside Teams: teams-js context + SSO token (ssoCredential.ts);
 * - outside Teams, only when the service offers it: the explicit development identity mode, in the team the
 *   URL names (`?team=`) or else the seeded demo team;
 * - otherwise: nothing to sign in with, and the tab says so.
 */
import type { app } from "@microsoft/teams-js";
import { resolveLocale, type Locale } from "@shared/i18n/locale.js";
import { fetchDevIdentity, type DevIdentity } from "./devIdentity.js";
import type { LaunchParams } from "./launchParams.js";
import { teamsSsoTokenSource, type TokenSource } from "./ssoCredential.js";
import { initializeTeams, teamKeyFromContext } from "./teamsHost.js";
import { resolveThemeName, type ThemeName } from "./themeName.js";

interface HostBase {
  locale: Locale;
  theme: ThemeName;
  teamKey?: string;
}

export type Host =
  | (HostBase & { kind: "teams"; context: app.Context; getToken: TokenSource })
  | (HostBase & { kind: "dev"; identity: DevIdentity })
  | (HostBase & { kind: "unavailable" });

export async function bootstrapHost(params: LaunchParams): Promise<Host> {
  const context = await initializeTeams();
  if (context) {
    return {
      kind: "teams",
      context,
      // Some hosts leave them empty: the URL's then.
      locale: resolveLocale(context.app.locale || params.locale),
      theme: resolveThemeName(context.app.theme || params.theme),
      teamKey: teamKeyFromContext(context),
      getToken: teamsSsoTokenSource(),
    };
  }
  const base: HostBase = {
    locale: resolveLocale(params.locale),
    theme: resolveThemeName(params.theme),
    teamKey: params.team,
  };
  const identity = await fetchDevIdentity();
  if (identity) return { ...base, kind: "dev", identity, teamKey: params.team ?? identity.demoTeam?.groupId };
  return { ...base, kind: "unavailable" };
}
