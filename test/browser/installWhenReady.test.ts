/**
 * The configuration page's patience (no browser needed): right after Balises is added to a team the API
 * answers 404 team_not_installed until the roster is learnt; the page asks again every second for about
 * 30 s, then gives up with its own bilingual message. Other refusals (403 not a member) stop at once.
 */
import { describe, expect, it } from "vitest";
import type { ApiClient } from "../../tab/src/api/apiClient.js";
import { ApiError } from "../../tab/src/api/apiError.js";
import {
  INSTALL_PATIENCE_MS,
  INSTALL_RETRY_MS,
  installWhenReady,
} from "../../tab/src/components/ConfigPage/installWhenReady.js";

const STILL = { "fr-CA": "toujours pas installé", en: "still not installed" };
const notInstalled = () => new ApiError(404, "team_not_installed", { "fr-CA": "pas installé", en: "not installed" });

function fakeApi(answers: Array<() => unknown>): ApiClient & { calls: number } {
  const api = {
    calls: 0,
    get: () => Promise.reject(new Error("unused")),
    getIfChanged: () => Promise.reject(new Error("unused")),
    getFile: () => Promise.reject(new Error("unused")),
    send: () => {
      const answer = answers[Math.min(api.calls++, answers.length - 1)]!();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve({ data: answer });
    },
  };
  return api as ApiClient & { calls: number };
}

/** A clock that only moves when the code under test waits. */
function virtualTime() {
  let t = 0;
  return {
    now: () => t,
    sleep: (ms: number) => {
      t += ms;
      return Promise.resolve();
    },
  };
}

describe("installWhenReady", () => {
  it("asks again each second while the team is not installed, then succeeds", async () => {
    const api = fakeApi([notInstalled, notInstalled, () => ({ pilots: [] })]);
    const waits: number[] = [];
    const time = virtualTime();
    await installWhenReady(api, "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", {
      onWaiting: () => waits.push(time.now()),
      stillNotInstalled: STILL,
      ...time,
    });
    expect(api.calls).toBe(3);
    expect(waits).toEqual([0, INSTALL_RETRY_MS]);
  });

  it("gives up after about 30 s with its own message", async () => {
    const api = fakeApi([notInstalled]);
    const time = virtualTime();
    const failure = await installWhenReady(api, "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", {
      onWaiting: () => undefined,
      stillNotInstalled: STILL,
      ...time,
    }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).messages).toEqual(STILL);
    expect(time.now()).toBeLessThanOrEqual(INSTALL_PATIENCE_MS);
    // At 0 s, 1 s, … 30 s.
    expect(api.calls).toBe(INSTALL_PATIENCE_MS / INSTALL_RETRY_MS + 1);
  });

  it("stops at once on another refusal (not a member of the team)", async () => {
    const api = fakeApi([() => new ApiError(403, "not_team_member", undefined)]);
    const failure = await installWhenReady(api, "f3ec8cd2-e704-4344-8c47-9a3a21d683c0", {
      onWaiting: () => undefined,
      stillNotInstalled: STILL,
      ...virtualTime(),
    }).catch((e: unknown) => e);
    expect((failure as ApiError).code).toBe("not_team_member");
    expect(api.calls).toBe(1);
  });
});
