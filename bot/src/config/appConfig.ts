/** The validated, typed configuration every part of the service receives from the composition root. */
import type { Env } from "./envSchema.js";

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
    /** Test hook only (never in production): pause between claim and send. */
    testPauseAfterClaimMs?: number;
  };
  retentionDays: number;
  rosterRefreshInterval: string;
  /** The establishment's person in charge of personal information and how to reach them (Loi 25), for /privacy. */
  privacyContact?: string;
  /** Development only: seed the demo team at start (once). */
  seedDemo: boolean;
  /** Test hook only (never in production): retention as an ISO-8601 duration, replacing retentionDays. */
  retentionOverride?: string;
}
