/**
 * Production settings: bot/src/config.ts refuses to start without each one, and the App Service app
 * settings in infra/ (fed from env/.env.dev through infra/azure.parameters.dev.json) give it exactly what it
 * needs. The Bicep is read as text (no Bicep compiler here) with test/config/bicepText.ts.
 */
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { envSchema } from "../../bot/src/config/envSchema.js";
import { ConfigError } from "../../bot/src/errors.js";
import { loadEnvironment, renderAppPackage, substitute } from "../../scripts/render-manifest.js";
import { PROVISIONED_FIXTURE } from "../manifest/environments.js";
import { blockOf, evaluate, params, properties, readInfra, type Scope } from "./bicepText.js";

const CLIENT_ID = "3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38";
const TENANT_ID = "9e0b7c45-61fa-4d28-b3e9-5a7c2d8f1e06";

/** A complete production environment, as App Service would pass it. */
const COMPLETE: Record<string, string> = {
  BALISES_MODE: "production",
  MicrosoftAppId: CLIENT_ID,
  MicrosoftAppPassword: "test-only-not-a-secret",
  MicrosoftAppType: "SingleTenant",
  MicrosoftAppTenantId: TENANT_ID,
  AAD_APP_CLIENT_ID: CLIENT_ID,
  AAD_APP_TENANT_ID: TENANT_ID,
  STORAGE_TABLE_ENDPOINT: "https://stbalisesdevk3x9q2zt.table.core.windows.net/",
};

/** Every setting production cannot start without (issue: production refuses to start half-configured). */
const REQUIRED = [
  "MicrosoftAppId",
  "MicrosoftAppPassword",
  "MicrosoftAppType",
  "MicrosoftAppTenantId",
  "AAD_APP_CLIENT_ID",
  "AAD_APP_TENANT_ID",
  "STORAGE_TABLE_ENDPOINT",
];

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("loadConfig accepted the environment");
}

function without(name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(COMPLETE).filter(([key]) => key !== name));
}

describe("production mode refuses to start", () => {
  it.each(REQUIRED)("without %s, and says so by name", (name) => {
    const error = configError(without(name));
    expect(error.code).toBe("config_invalid");
    expect(error.problems.some((p) => p.startsWith(`${name} is required in production mode`))).toBe(true);
    expect(error.userMessage["fr-CA"]).toContain(name);
    expect(error.message).toContain(name);
  });

  it("with a setting that is only blanks", () => {
    expect(configError({ ...COMPLETE, MicrosoftAppId: "   " }).problems).toContain(
      "MicrosoftAppId is required in production mode",
    );
  });

  it("with DEV_IDENTITY=on", () => {
    expect(configError({ ...COMPLETE, DEV_IDENTITY: "on" }).problems).toContain(
      "DEV_IDENTITY must be off in production mode",
    );
  });

  it("with SEED_DEMO=on (the local demo team and its month of fictitious activity)", () => {
    expect(configError({ ...COMPLETE, SEED_DEMO: "on" }).problems).toContain(
      "SEED_DEMO=on is for local development and must not be set in production mode",
    );
    expect(loadConfig({ ...COMPLETE, SEED_DEMO: "off" }).seedDemo).toBe(false);
  });

  it("with a storage connection string (keys) instead of the managed identity", () => {
    const error = configError({ ...COMPLETE, STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true" });
    expect(
      error.problems.some((p) => p.startsWith("STORAGE_CONNECTION_STRING must not be set in production mode")),
    ).toBe(true);
  });

  it("with the test stand-ins for the Bot Connector's identity endpoints", () => {
    const error = configError({ ...COMPLETE, BOT_OPENID_METADATA_URL: "http://127.0.0.1:1/openid" });
    expect(error.problems.some((p) => p.startsWith("BOT_OPENID_METADATA_URL"))).toBe(true);
  });

  it("and lists every missing setting at once", () => {
    const error = configError({ BALISES_MODE: "production" });
    for (const name of [
      "MicrosoftAppId",
      "MicrosoftAppType",
      "AAD_APP_CLIENT_ID",
      "AAD_APP_TENANT_ID",
      "STORAGE_TABLE_ENDPOINT",
    ]) {
      expect(error.message).toContain(name);
    }
  });
});

describe("a complete production environment", () => {
  it("is accepted, with table storage through the managed identity", () => {
    const config = loadConfig(COMPLETE);
    expect(config.mode).toBe("production");
    expect(config.storage).toEqual({
      kind: "managedIdentity",
      endpoint: COMPLETE.STORAGE_TABLE_ENDPOINT,
      tablePrefix: "balises",
    });
    expect(config.botAuth).toMatchObject({
      appId: CLIENT_ID,
      appType: "SingleTenant",
      tenantId: TENANT_ID,
      appPassword: COMPLETE.MicrosoftAppPassword,
    });
    expect(config.sso).toMatchObject({ clientId: CLIENT_ID, tenantId: TENANT_ID });
    expect(config.devIdentity).toBe(false);
    expect(config.host).toBe("0.0.0.0");
  });

  it("needs no password for a user-assigned managed identity bot", () => {
    const config = loadConfig({ ...without("MicrosoftAppPassword"), MicrosoftAppType: "UserAssignedMSI" });
    expect(config.botAuth?.appType).toBe("UserAssignedMSI");
  });

  it("requires exactly the settings listed above (found by removing each one in turn)", () => {
    const required = Object.keys(COMPLETE).filter((name) => {
      try {
        loadConfig(without(name));
        return false;
      } catch (error) {
        if (error instanceof ConfigError) return true;
        throw error;
      }
    });
    expect(required.sort()).toEqual([...REQUIRED].sort());
  });
});

describe("the App Service settings in infra/ (from env/.env.dev through azure.parameters.dev.json)", () => {
  const webapp = readInfra("modules/webapp.bicep");
  const main = readInfra("main.bicep");
  const appSettings = properties(blockOf(blockOf(webapp, "resource appSettings "), "properties:"));
  const names = appSettings.map(([name]) => name);

  // What `provision` would have: the committed env/.env.dev plus its outputs (stand-in fixture).
  const env = loadEnvironment("dev", { extraFiles: [PROVISIONED_FIXTURE], overrides: {} });

  /** main.bicep's scope: parameters file values, then parameter defaults, then module outputs. */
  function mainScope(): Scope {
    const parametersFile = JSON.parse(substitute(readInfra("azure.parameters.dev.json"), env).text) as {
      parameters: Record<string, { value: string | number }>;
    };
    const scope: Scope = {};
    for (const [name, { value }] of Object.entries(parametersFile.parameters)) scope[name] = value;
    for (const p of params(main))
      if (!(p.name in scope) && p.defaultExpression) scope[p.name] = evaluate(p.defaultExpression, scope);
    scope["storage.outputs.tableEndpoint"] = env.STORAGE_TABLE_ENDPOINT as string;
    scope["monitoring.outputs.appInsightsConnectionString"] = "InstrumentationKey=00000000-0000-0000-0000-000000000000";
    return scope;
  }

  /** webapp.bicep's scope: the arguments main.bicep passes to the module, and the site's host name. */
  function webappScope(): Scope {
    const outer = mainScope();
    const scope: Scope = { "site.properties.defaultHostName": env.BOT_DOMAIN as string };
    const args = properties(blockOf(blockOf(main, "module webApp "), "params:"));
    for (const [name, expression] of args) {
      try {
        scope[name] = evaluate(expression, outer);
      } catch {
        // Names built with uniqueString() etc.; an app setting that used one would fail to evaluate below.
      }
    }
    return scope;
  }

  function renderedSettings(): Record<string, string> {
    const scope = webappScope();
    return Object.fromEntries(appSettings.map(([name, expression]) => [name, String(evaluate(expression, scope))]));
  }

  it("name every setting production requires", () => {
    expect(REQUIRED.filter((name) => !names.includes(name))).toEqual([]);
    expect(appSettings).toContainEqual(["BALISES_MODE", "'production'"]);
    expect(appSettings).toContainEqual(["MicrosoftAppType", "'SingleTenant'"]);
  });

  it("set nothing production refuses, and no storage key", () => {
    for (const forbidden of [
      "STORAGE_CONNECTION_STRING",
      "DEV_IDENTITY",
      "DEV_MEETING_ORGANIZER",
      "SEED_DEMO",
      "BOT_OPENID_METADATA_URL",
      "BOT_LOGIN_ENDPOINT",
    ]) {
      expect(names).not.toContain(forbidden);
    }
    for (const file of ["main.bicep", "modules/webapp.bicep", "modules/storage.bicep"]) {
      expect(readInfra(file)).not.toMatch(/listKeys\(|AccountKey=|primaryKey/);
    }
  });

  it("only use names the service (bot/src/config/envSchema.ts) or the Azure platform reads — a typo would be caught", () => {
    const readByConfig = new Set(Object.keys(envSchema.shape));
    const platform = /^(WEBSITE_|SCM_|APPLICATIONINSIGHTS_|ApplicationInsightsAgent_)/;
    expect(names.filter((name) => !readByConfig.has(name) && !platform.test(name))).toEqual([]);
  });

  it("make loadConfig start in production with the managed identity, the bot and SSO of that environment", () => {
    const settings = renderedSettings();
    const config = loadConfig(settings);
    expect(config.mode).toBe("production");
    expect(config.storage).toEqual({
      kind: "managedIdentity",
      endpoint: env.STORAGE_TABLE_ENDPOINT,
      tablePrefix: "balises",
    });
    expect(config.botAuth).toMatchObject({
      appId: env.AAD_APP_CLIENT_ID,
      appPassword: env.SECRET_AAD_APP_CLIENT_SECRET,
      appType: "SingleTenant",
      tenantId: env.AAD_APP_TENANT_ID,
    });
    expect(config.retentionDays).toBe(730);
    expect(config.publicBaseUrl).toBe(`https://${env.BOT_DOMAIN}`);
  });

  it("give the API the same SSO audience (api://…) the Teams manifest declares", () => {
    const config = loadConfig(renderedSettings());
    const manifest = renderAppPackage(env).manifest as { webApplicationInfo: { id: string; resource: string } };
    expect(config.sso?.appIdUri).toBe(manifest.webApplicationInfo.resource);
    expect(config.sso?.clientId).toBe(manifest.webApplicationInfo.id);
  });

  it("pass the client secret as a @secure() parameter, never as a literal", () => {
    expect(params(webapp).find((p) => p.name === "aadAppClientSecret")?.secure).toBe(true);
    expect(params(main).find((p) => p.name === "aadAppClientSecret")?.secure).toBe(true);
    expect(appSettings).toContainEqual(["MicrosoftAppPassword", "aadAppClientSecret"]);
    expect(readInfra("azure.parameters.dev.json")).toContain('"value": "${{SECRET_AAD_APP_CLIENT_SECRET}}"');
  });
});
