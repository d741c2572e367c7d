/**
 * THE seam for the Teams SSO token: the only tab module that imports @microsoft/teamsfx (deprecated,
 * community support to 2026-09). Porting away from TeamsFx means rewriting this file only.
 * With a client id configured at build time (VITE_AAD_APP_CLIENT_ID) the TeamsFx `TeamsUserCredential`
 * fetches and caches the token; without it, teams-js `authentication.getAuthToken` does the same job.
 */
import { TeamsUserCredential } from "@microsoft/teamsfx";
import { authentication } from "@microsoft/teams-js";

export type TokenSource = () => Promise<string>;

export function teamsSsoTokenSource(): TokenSource {
  const clientId = import.meta.env.VITE_AAD_APP_CLIENT_ID as string | undefined;
  if (!clientId) return () => authentication.getAuthToken();
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- TeamsFx's end is known; this file is its one seam.
  const credential = new TeamsUserCredential({
    clientId,
    // Only used by credential.login() (consent pop-up for Graph scopes), which the tab never calls.
    initiateLoginEndpoint: `${window.location.origin}/auth-start.html`,
  });
  return async () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above: replaced with the file when TeamsFx goes.
    const token = await credential.getToken("");
    if (!token) throw new Error("Teams returned no SSO token");
    return token.token;
  };
}
