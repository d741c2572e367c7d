/**
 * The only module that reads process.env. Parsed once at start; a bad or missing setting stops the
 * service with a message naming each one.
 */
import { z } from "zod";
import { Duration } from "luxon";
import { ConfigError } from "./errors.js";

const isoDuration = z
  .string()
  .refine((v) => Duration.fromISO(v).isValid, { message: "must be an ISO-8601 duration such as PT2H" });

const isoDurationList = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((v) => Duration.fromISO(v).isValid), {
    message: "must be a comma-separated list of ISO-8601 durations such as PT2H,PT20H",
  });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

const envSchema = z.object({
  BALISES_MODE: z.enum(["development", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_BASE_URL: optionalText,
  TAB_DIST_DIR: optionalText,

  STORAGE_CONNECTION_STRING: optionalText,
  STORAGE_TABLE_ENDPOINT: optionalText,
  STORAGE_TABLE_PREFIX: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,20}$/)
    .default("balises"),

  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(["SingleTenant", "MultiTenant", "UserAssignedMSI"]).optional(),
  MicrosoftAppTenantId: optionalText,
  BOT_OPENID_METADATA_URL: optionalText,
  BOT_LOGIN_ENDPOINT: optionalText,

  AAD_APP_CLIENT_ID: optionalText,
  AAD_APP_TENANT_ID: optionalText,
  AAD_APP_ID_URI: optionalText,
  AAD_APP_OAUTH_AUTHORITY_HOST: z.string().url().default("https://login.microsoftonline.com"),

  DEV_IDENTITY: z.enum(["on", "off"]).default("off"),
  /** Local clients without Teams meeting APIs (Agents Playground): Entra object id treated as the organiser. */
  DEV_MEETING_ORGANIZER: optionalText,

  NOTE_DEADLINE: isoDuration.default("PT24H"),
  REMINDER_OFFSETS: isoDurationList.default(["PT2H", "PT20H"]),
  REMINDER_POLL_INTERVAL: isoDuration.default("PT30S"),
  SCHEDULED_END_GRACE: isoDuration.default("PT1H"),
  REMINDER_SNOOZE: isoDuration.default("PT1H"),
  REMINDER_CLAIM_LEASE: isoDuration.default("PT60S"),
  REMINDER_SCHEDULER: z.enum(["on", "off"]).default("on"),
  /** Proactive sends per second per tenant, per service instance (Teams documents 30–50 per app per tenant). */
  PROACTIVE_TENANT_RPS: z.coerce.number().int().min(1).max(50).default(25),
  /** Test hook: the scheduler waits this long between claiming a reminder and sending it. Refused in production. */
  BALISES_TEST_PAUSE_AFTER_CLAIM_MS: z.coerce.number().int().min(0).max(600_000).optional(),
  RETENTION_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** How often each team's roster is read again from Teams (members added/removed events keep it current between). */
  ROSTER_REFRESH_INTERVAL: isoDuration.default("P1D"),
  /** Development only: seed a demo team with a month of encounters at start (once). Refused in production. */
  SEED_DEMO: z.enum(["on", "off"]).default("off"),
  /** Test hook: encounter retention as an ISO-8601 duration (e.g. PT3H) instead of RETENTION_DAYS. Refused in production. */
  RETENTION_OVERRIDE: isoDuration.optional(),
});

export type Env = z.infer<typeof envSchema>;

export interface BotAuthConfig {
  appId: string;
  appPassword?: string;
  appType: "SingleTenant" | "MultiTenant" | "UserAssignedMSI";
  tenantId?: string;
  /** Only for local stand-ins of the Bot Connector (tests); never set in production. */
  openIdMetadataUrl?: string;
  loginEndpoint?: string;
}

export interface SsoConfig {
  clientId: string;
  tenantId: string;
  appIdUri?: string;
  authorityHost: string;
}

export interface AppConfig {
  mode: "development" | "production";
  port: number;
  host: string;
  logLevel: Env["LOG_LEVEL"];
  publicBaseUrl?: string;
  tabDistDir?: string;
  storage:
    | { kind: "connectionString"; connectionString: string; tablePrefix: string }
    | { kind: "managedIdentity"; endpoint: string; tablePrefix: string };
  /** Undefined in local mode: the bot endpoint then accepts unauthenticated activities (logged loudly). */
  botAuth?: BotAuthConfig;
  sso?: SsoConfig;
  devIdentity: boolean;
  /** Development only: organiser assumed when Teams' meeting APIs are unavailable (Agents Playground). */
  devMeetingOrganizer?: string;
  reminders: {
    noteDeadline: string;
    offsets: string[];
    pollInterval: string;
    scheduledEndGrace: string;
    snooze: string;
    claimLease: string;
    schedulerEnabled: boolean;
    tenantRps: number;
    /** Test hook only (never in production): pause between claim and send. */
    testPauseAfterClaimMs?: number;
  };
  retentionDays: number;
  rosterRefreshInterval: string;
  /** Development only: seed the demo team at start (once). */
  seedDemo: boolean;
  /** Test hook only (never in production): retention as an ISO-8601 duration, replacing retentionDays. */
  retentionOverride?: string;
}

/** Local Azurite account (well-known development credentials, not a secret). */
export const AZURITE_CONNECTION_STRING =
  "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

export function loadConfig(source: Record<string, string | undefined> = process.env): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const env = parsed.data;
  const production = env.BALISES_MODE === "production";
  const problems: string[] = [];
  const missing = (name: string) => problems.push(`${name} is required in production mode`);

  if (production) {
    if (!env.MicrosoftAppId) missing("MicrosoftAppId");
    if (!env.MicrosoftAppType) missing("MicrosoftAppType");
    if (env.MicrosoftAppType !== "MultiTenant" && !env.MicrosoftAppTenantId) missing("MicrosoftAppTenantId");
    if (!env.AAD_APP_CLIENT_ID) missing("AAD_APP_CLIENT_ID");
    if (!env.AAD_APP_TENANT_ID) missing("AAD_APP_TENANT_ID");
    if (!env.STORAGE_TABLE_ENDPOINT) missing("STORAGE_TABLE_ENDPOINT");
    // A SingleTenant or MultiTenant bot signs its replies with the Entra app's client secret; only a
    // user-assigned managed identity needs none. Without it every reply would fail at run time.
    if (env.MicrosoftAppType && env.MicrosoftAppType !== "UserAssignedMSI" && !env.MicrosoftAppPassword) {
      problems.push(
        `MicrosoftAppPassword is required in production mode for a ${env.MicrosoftAppType} bot (only UserAssignedMSI needs none)`,
      );
    }
    if (env.STORAGE_CONNECTION_STRING)
      problems.push(
        "STORAGE_CONNECTION_STRING must not be set in production mode (use the managed identity and STORAGE_TABLE_ENDPOINT)",
      );
    if (env.DEV_IDENTITY === "on") problems.push("DEV_IDENTITY must be off in production mode");
    if (env.DEV_MEETING_ORGANIZER)
      problems.push(
        "DEV_MEETING_ORGANIZER is a local stand-in for Teams meeting roles and must not be set in production mode",
      );
    if (env.BOT_OPENID_METADATA_URL || env.BOT_LOGIN_ENDPOINT)
      problems.push(
        "BOT_OPENID_METADATA_URL and BOT_LOGIN_ENDPOINT are test stand-ins and must not be set in production mode",
      );
  } else if (
    env.DEV_IDENTITY === "on" &&
    (env.MicrosoftAppId || env.AAD_APP_CLIENT_ID) &&
    !env.BOT_OPENID_METADATA_URL
  ) {
    // A real bot or Entra registration means a real tenant: the dev identity provider must not stand beside it.
    problems.push(
      "DEV_IDENTITY=on refuses to start alongside production identities (MicrosoftAppId or AAD_APP_CLIENT_ID)",
    );
  }
  if (production && env.BALISES_TEST_PAUSE_AFTER_CLAIM_MS !== undefined)
    problems.push("BALISES_TEST_PAUSE_AFTER_CLAIM_MS is a test hook and must not be set in production mode");
  if (production && env.SEED_DEMO === "on")
    problems.push("SEED_DEMO=on is for local development and must not be set in production mode");
  if (!(Duration.fromISO(env.ROSTER_REFRESH_INTERVAL).toMillis() >= 1000))
    problems.push("ROSTER_REFRESH_INTERVAL must be at least PT1S");
  if (production && env.RETENTION_OVERRIDE !== undefined)
    problems.push(
      "RETENTION_OVERRIDE is a test hook and must not be set in production mode (use RETENTION_DAYS, 30 to 3650)",
    );
  if (env.RETENTION_OVERRIDE !== undefined && !(Duration.fromISO(env.RETENTION_OVERRIDE).toMillis() > 0))
    problems.push("RETENTION_OVERRIDE must be a positive duration");
  if (Duration.fromISO(env.NOTE_DEADLINE).toMillis() > 24 * 3_600_000)
    problems.push("NOTE_DEADLINE must not exceed PT24H (the note is due within 24 hours, MSSS §1.1)");
  if (problems.length > 0) throw new ConfigError(problems);

  const tablePrefix = env.STORAGE_TABLE_PREFIX;
  const storage: AppConfig["storage"] =
    env.STORAGE_TABLE_ENDPOINT && !env.STORAGE_CONNECTION_STRING
      ? { kind: "managedIdentity", endpoint: env.STORAGE_TABLE_ENDPOINT, tablePrefix }
      : {
          kind: "connectionString",
          connectionString: env.STORAGE_CONNECTION_STRING ?? AZURITE_CONNECTION_STRING,
          tablePrefix,
        };

  return {
    mode: env.BALISES_MODE,
    port: env.PORT,
    host: env.HOST ?? (production ? "0.0.0.0" : "127.0.0.1"),
    logLevel: env.LOG_LEVEL,
    publicBaseUrl: env.PUBLIC_BASE_URL,
    tabDistDir: env.TAB_DIST_DIR,
    storage,
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
    devIdentity: env.DEV_IDENTITY === "on",
    devMeetingOrganizer: env.DEV_MEETING_ORGANIZER,
    reminders: {
      noteDeadline: env.NOTE_DEADLINE,
      offsets: env.REMINDER_OFFSETS,
      pollInterval: env.REMINDER_POLL_INTERVAL,
      scheduledEndGrace: env.SCHEDULED_END_GRACE,
      snooze: env.REMINDER_SNOOZE,
      claimLease: env.REMINDER_CLAIM_LEASE,
      schedulerEnabled: env.REMINDER_SCHEDULER === "on",
      tenantRps: env.PROACTIVE_TENANT_RPS,
      testPauseAfterClaimMs: env.BALISES_TEST_PAUSE_AFTER_CLAIM_MS,
    },
    retentionDays: env.RETENTION_DAYS,
    rosterRefreshInterval: env.ROSTER_REFRESH_INTERVAL,
    seedDemo: !production && env.SEED_DEMO === "on",
    retentionOverride: production ? undefined : env.RETENTION_OVERRIDE,
  };
}
