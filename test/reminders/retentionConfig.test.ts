/**
 * Retention settings: RETENTION_DAYS (30 to 3650) in production; RETENTION_OVERRIDE, an ISO-8601 duration for
 * tests and local runs, is refused in production so it can never shorten retention there.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { ConfigError } from "../../bot/src/errors.js";
import { retentionMs } from "../../bot/src/encounters/retention.js";

const ID = "3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38";
const TENANT = "9e0b7c45-61fa-4d28-b3e9-5a7c2d8f1e06";
const PRODUCTION: Record<string, string> = {
  BALISES_MODE: "production",
  MicrosoftAppId: ID,
  MicrosoftAppPassword: "test-only-not-a-secret",
  MicrosoftAppType: "SingleTenant",
  MicrosoftAppTenantId: TENANT,
  AAD_APP_CLIENT_ID: ID,
  AAD_APP_TENANT_ID: TENANT,
  STORAGE_TABLE_ENDPOINT: "https://stbalisestest.table.core.windows.net/",
};
const DAY = 86_400_000;

function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join("\n");
    throw error;
  }
  throw new Error("loadConfig accepted the environment");
}

describe("retention settings", () => {
  it("production keeps RETENTION_DAYS: 730 by default, 30 at the least", () => {
    expect(retentionMs(loadConfig(PRODUCTION))).toBe(730 * DAY);
    expect(retentionMs(loadConfig({ ...PRODUCTION, RETENTION_DAYS: "30" }))).toBe(30 * DAY);
    expect(problems({ ...PRODUCTION, RETENTION_DAYS: "29" })).toContain("RETENTION_DAYS");
    expect(problems({ ...PRODUCTION, RETENTION_DAYS: "3651" })).toContain("RETENTION_DAYS");
  });

  it("refuses RETENTION_OVERRIDE in production", () => {
    expect(problems({ ...PRODUCTION, RETENTION_OVERRIDE: "PT10S" })).toContain("RETENTION_OVERRIDE is a test hook");
  });

  it("development accepts a positive ISO-8601 override, in place of the days", () => {
    expect(retentionMs(loadConfig({ RETENTION_OVERRIDE: "PT10S" }))).toBe(10_000);
    expect(retentionMs(loadConfig({ RETENTION_DAYS: "45" }))).toBe(45 * DAY);
    expect(problems({ RETENTION_OVERRIDE: "ten seconds" })).toContain("RETENTION_OVERRIDE");
    expect(problems({ RETENTION_OVERRIDE: "PT0S" })).toContain("RETENTION_OVERRIDE must be a positive duration");
  });
});
