/** The settings the service reads from its environment, with their defaults and formats (config.ts parses them once). */
import { z } from "zod";
import { Duration } from "luxon";

const isoDuration = z
  .string()
  .refine((v) => Duration.fromISO(v).isValid, { error: "must be an ISO-8601 duration such as PT2H" });

const isoDurationList = z
  .string()
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .refine((list) => list.every((v) => Duration.fromISO(v).isValid), {
    error: "must be a comma-separated list of ISO-8601 durations such as PT2H,PT20H",
  });

const optionalText = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined));

export const envSchema = z.object({
  BALISES_MODE: z.enum(["development", "production"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optionalText,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_BASE_URL: optionalText,
  TAB_DIST_DIR: optionalText,
  /** Loi 25: the person in charge of personal information and how to reach them, published on /privacy. */
  PRIVACY_CONTACT: z
    .string()
    .max(300)
    .optional()
    .transform((v) => (v && v.trim() !== "" ? v.trim() : undefined)),

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
  AAD_APP_OAUTH_AUTHORITY_HOST: z.url().default("https://login.microsoftonline.com"),

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
