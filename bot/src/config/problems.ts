/**
 * What makes a configuration unsafe to start with, each named with its setting: production without its
 * identities and storage, or with a development stand-in or test hook; durations out of the rules' bounds.
 */
import { Duration } from "luxon";
import type { Env } from "./envSchema.js";

function productionProblems(env: Env): string[] {
  const problems: string[] = [];
  const required = [
    "MicrosoftAppId",
    "MicrosoftAppType",
    "AAD_APP_CLIENT_ID",
    "AAD_APP_TENANT_ID",
    "STORAGE_TABLE_ENDPOINT",
  ] as const;
  for (const name of required) if (!env[name]) problems.push(`${name} is required in production mode`);
  if (env.MicrosoftAppType !== "MultiTenant" && !env.MicrosoftAppTenantId)
    problems.push("MicrosoftAppTenantId is required in production mode");
  // A SingleTenant or MultiTenant bot signs its replies with the Entra app's client secret; only a
  // user-assigned managed identity needs none. Without it every reply would fail at run time.
  if (env.MicrosoftAppType && env.MicrosoftAppType !== "UserAssignedMSI" && !env.MicrosoftAppPassword)
    problems.push(
      `MicrosoftAppPassword is required in production mode for a ${env.MicrosoftAppType} bot (only UserAssignedMSI needs none)`,
    );
  if (env.STORAGE_CONNECTION_STRING)
    problems.push(
      "STORAGE_CONNECTION_STRING must not be set in production mode (use the managed identity and STORAGE_TABLE_ENDPOINT)",
    );
  return [...problems, ...standInProblems(env)];
}

/** Development stand-ins and test hooks: never in production. */
function standInProblems(env: Env): string[] {
  const problems: string[] = [];
  if (env.DEV_IDENTITY === "on") problems.push("DEV_IDENTITY must be off in production mode");
  if (env.DEV_MEETING_ORGANIZER)
    problems.push(
      "DEV_MEETING_ORGANIZER is a local stand-in for Teams meeting roles and must not be set in production mode",
    );
  if (env.BOT_OPENID_METADATA_URL || env.BOT_LOGIN_ENDPOINT)
    problems.push(
      "BOT_OPENID_METADATA_URL and BOT_LOGIN_ENDPOINT are test stand-ins and must not be set in production mode",
    );
  if (env.BALISES_TEST_PAUSE_AFTER_CLAIM_MS !== undefined)
    problems.push("BALISES_TEST_PAUSE_AFTER_CLAIM_MS is a test hook and must not be set in production mode");
  if (env.SEED_DEMO === "on")
    problems.push("SEED_DEMO=on is for local development and must not be set in production mode");
  if (env.RETENTION_OVERRIDE !== undefined)
    problems.push(
      "RETENTION_OVERRIDE is a test hook and must not be set in production mode (use RETENTION_DAYS, 30 to 3650)",
    );
  return problems;
}

function durationProblems(env: Env): string[] {
  const problems: string[] = [];
  if (!(Duration.fromISO(env.ROSTER_REFRESH_INTERVAL).toMillis() >= 1000))
    problems.push("ROSTER_REFRESH_INTERVAL must be at least PT1S");
  if (env.RETENTION_OVERRIDE !== undefined && !(Duration.fromISO(env.RETENTION_OVERRIDE).toMillis() > 0))
    problems.push("RETENTION_OVERRIDE must be a positive duration");
  if (Duration.fromISO(env.NOTE_DEADLINE).toMillis() > 24 * 3_600_000)
    problems.push("NOTE_DEADLINE must not exceed PT24H (the note is due within 24 hours, MSSS §1.1)");
  return problems;
}

export function configProblems(env: Env): string[] {
  const production = env.BALISES_MODE === "production";
  const problems = production ? productionProblems(env) : [];
  // A real bot or Entra registration means a real tenant: the dev identity provider must not stand beside it.
  if (
    !production &&
    env.DEV_IDENTITY === "on" &&
    (env.MicrosoftAppId || env.AAD_APP_CLIENT_ID) &&
    !env.BOT_OPENID_METADATA_URL
  )
    problems.push(
      "DEV_IDENTITY=on refuses to start alongside production identities (MicrosoftAppId or AAD_APP_CLIENT_ID)",
    );
  return [...problems, ...durationProblems(env)];
}
