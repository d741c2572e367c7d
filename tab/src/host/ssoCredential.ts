/**
 * THE seam for the Teams SSO token: the only tab module that imports @microsoft/teamsfx (deprecated,
 * community support to 2026-09). Porting away from TeamsFx means rewriting this file only.
 * With a client id configured at build time (VITE_AAD_APP_CLIENT_ID) the TeamsFx `TeamsUserCredential`
 * fetches and caches the token; without it, teams-js `authentication.getAuthToken` does the same job.
 */
import { authentication } from "@microsoft/teams-js";

export type TokenSource = () => Promise<string>;

export function teamsSsoTokenSource(): TokenSource {
  const clientId = import.meta.env.VITE_AAD_APP_CLIENT_ID as string | undefined;
  if (!clientId) return () => authentication.getAuthToken();
  // TeamsFx and its dependencies (≈ 70 KB gzip, more than the matrix view's own code) are a chunk of their own,
  // requested as soon as Teams is known to be the host, so it arrives while the page renders, not before it.
  const credential = loadCredential(clientId);
  return async () => {
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- as above: replaced with the file when TeamsFx goes.
    const token = await (await credential).getToken("");
    if (!token) throw new Error("Teams returned no SSO token");
    return token.token;
  };
}

async function loadCredential(clientId: string) {
  const teamsfx = await import("@microsoft/teamsfx");
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- TeamsFx's end is known; this file is its one seam.
  return new teamsfx.TeamsUserCredential({
    clientId,
    // Only used by credential.login() (consent pop-up for Graph scopes), which the tab never calls.
    initiateLoginEndpoint: `${window.location.origin}/auth-start.html`,
  });
}
