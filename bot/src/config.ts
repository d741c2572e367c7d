/**
 * The only module that reads process.env. Parsed once at start; a bad or missing setting stops the
 * service with a message naming each one.
 */
import type { z } from "zod";
import { ConfigError } from "./errors.js";
import type { AppConfig } from "./config/appConfig.js";
import { envSchema, type Env } from "./config/envSchema.js";
import { configProblems } from "./config/problems.js";

export type { AppConfig, BotAuthConfig, SsoConfig } from "./config/appConfig.js";
export type { Env } from "./config/envSchema.js";

/** Local Azurite account (well-known development credentials, not a secret). */
export const AZURITE_CONNECTION_STRING =
  "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

const STORAGE_SETTINGS = {
  STORAGE_CONNECTION_STRING: true,
  STORAGE_TABLE_ENDPOINT: true,
  STORAGE_TABLE_PREFIX: true,
} as const;

function storageOf(env: Pick<Env, keyof typeof STORAGE_SETTINGS>): AppConfig["storage"] {
  const tablePrefix = env.STORAGE_TABLE_PREFIX;
  return env.STORAGE_TABLE_ENDPOINT && !env.STORAGE_CONNECTION_STRING
    ? { kind: "managedIdentity", endpoint: env.STORAGE_TABLE_ENDPOINT, tablePrefix }
    : {
        kind: "connectionString",
        connectionString: env.STORAGE_CONNECTION_STRING ?? AZURITE_CONNECTION_STRING,
        tablePrefix,
      };
}

function identitiesOf(env: Env): Pick<AppConfig, "botAuth" | "sso"> {
  return {
    botAuth: env.MicrosoftAppId
      ? {
          appId: env.MicrosoftAppId,
          appPassword: env.MicrosoftAppPassword,
          appType: env.MicrosoftAppType ?? "SingleTenant",
          tenantId: env.MicrosoftAppTenantId,
          openIdMetadataUrl: env.BOT_OPENID_METADATA_URL,
          loginEndpoint: env.BOT_LOGIN_ENDPOINT,
        }
      : undefined,
    sso:
      env.AAD_APP_CLIENT_ID && env.AAD_APP_TENANT_ID
        ? {
            clientId: env.AAD_APP_CLIENT_ID,
            tenantId: env.AAD_APP_TENANT_ID,
            appIdUri: env.AAD_APP_ID_URI,
            authorityHost: env.AAD_APP_OAUTH_AUTHORITY_HOST,
          }
        : undefined,
  };
}

function remindersOf(env: Env): AppConfig["reminders"] {
  return {
    noteDeadline: env.NOTE_DEADLINE,
    offsets: env.REMINDER_OFFSETS,
    pollInterval: env.REMINDER_POLL_INTERVAL,
    scheduledEndGrace: env.SCHEDULED_END_GRACE,
    snooze: env.REMINDER_SNOOZE,
    claimLease: env.REMINDER_CLAIM_LEASE,
    schedulerEnabled: env.REMINDER_SCHEDULER === "on",
    testPauseAfterClaimMs: env.BALISES_TEST_PAUSE_AFTER_CLAIM_MS,
  };
}

/** The storage settings alone, read as the service reads them: for the operator's tools (npm run tables). */
const issuesOf = (error: z.ZodError) => error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

export function loadStorageConfig(source: Record<string, string | undefined> = process.env): AppConfig["storage"] {
  const parsed = envSchema.pick(STORAGE_SETTINGS).safeParse(source);
  if (!parsed.success) throw new ConfigError(issuesOf(parsed.error));
  return storageOf(parsed.data);
}

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) throw new ConfigError(issuesOf(parsed.error));
  const env = parsed.data;
  const problems = configProblems(env);
  if (problems.length > 0) throw new ConfigError(problems);
  const production = env.BALISES_MODE === "production";
  return {
    mode: env.BALISES_MODE,
    port: env.PORT,
    host: env.HOST ?? (production ? "0.0.0.0" : "127.0.0.1"),
    logLevel: env.LOG_LEVEL,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    tabDistDir: env.TAB_DIST_DIR,
    privacyContact: env.PRIVACY_CONTACT,
    storage: storageOf(env),
    ...identitiesOf(env),
    devIdentity: env.DEV_IDENTITY === "on",
    devMeetingOrganizer: env.DEV_MEETING_ORGANIZER,
    reminders: remindersOf(env),
    retentionDays: env.RETENTION_DAYS,
    rosterRefreshInterval: env.ROSTER_REFRESH_INTERVAL,
    seedDemo: !production && env.SEED_DEMO === "on",
    retentionOverride: production ? undefined : env.RETENTION_OVERRIDE,
  };
}
