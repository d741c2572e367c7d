/**
 * infra/ as text (no Bicep compiler in this repository's CI): the security and residency settings the
 * issues ask for, the tables the storage layer uses, and module wiring that a compiler would check.
 * Run `bicep build infra/main.bicep --stdout` before the first deployment (docs/deploy.md).
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { SERVER_START } from "../../scripts/build-server.js";
import { REPO_ROOT } from "../../scripts/render-manifest.js";
import { blockAfter, blockOf, params, properties, readInfra } from "./bicepText.js";
import { TABLE_NAMES } from "../../bot/src/storage/tableClients.js";

const main = readInfra("main.bicep");
const storage = readInfra("modules/storage.bicep");
const webapp = readInfra("modules/webapp.bicep");
const bot = readInfra("modules/bot.bicep");
const role = readInfra("modules/tableDataRole.bicep");
const monitoring = readInfra("modules/monitoring.bicep");

interface PackageJson {
  scripts: Record<string, string>;
}

const prop = (block: string, name: string) => properties(block).find(([key]) => key === name)?.[1];

describe("infra/main.bicep", () => {
  it("defaults to Canada Central", () => {
    expect(params(main).find((p) => p.name === "location")?.defaultExpression).toBe("'canadacentral'");
  });

  it("passes every parameter each module requires, and only parameters the module declares", () => {
    for (const match of main.matchAll(/^module (\w+) '([^']+)' = /gm)) {
      const [, name, file] = match as unknown as [string, string, string];
      const moduleParams = params(readInfra(file));
      const passed = properties(blockOf(blockAfter(main, match.index ?? 0), "params:")).map(([key]) => key);
      const required = moduleParams.filter((p) => p.defaultExpression === undefined).map((p) => p.name);
      expect(
        required.filter((p) => !passed.includes(p)),
        `${name}: missing`,
      ).toEqual([]);
      expect(
        passed.filter((p) => !moduleParams.some((m) => m.name === p)),
        `${name}: unknown`,
      ).toEqual([]);
    }
  });

  it("gets a value (parameters file or default) for every one of its own parameters", () => {
    const file = JSON.parse(readInfra("azure.parameters.dev.json")) as { parameters: Record<string, unknown> };
    const declared = params(main);
    expect(
      declared.filter((p) => p.defaultExpression === undefined && !(p.name in file.parameters)).map((p) => p.name),
    ).toEqual([]);
    expect(Object.keys(file.parameters).filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
  });

  it("has balanced braces and brackets in every Bicep file", () => {
    const files = ["main.bicep", ...readdirSync(path.join(REPO_ROOT, "infra", "modules")).map((f) => `modules/${f}`)];
    for (const file of files.filter((f) => f.endsWith(".bicep"))) {
      const code = readInfra(file)
        .replace(/\/\/.*$/gm, "")
        .replace(/'[^'\n]*'/g, "''");
      for (const [open, close] of [
        ["{", "}"],
        ["[", "]"],
        ["(", ")"],
      ] as const) {
        expect(code.split(open).length, `${file} ${open}${close}`).toBe(code.split(close).length);
      }
    }
  });
});

describe("storage", () => {
  const account = blockOf(storage, "resource account ");
  const accountProps = blockOf(account, "properties:");

  it("is StorageV2 with no public blobs, TLS 1.2, HTTPS only and no shared keys", () => {
    expect(prop(account, "kind")).toBe("'StorageV2'");
    expect(prop(accountProps, "allowBlobPublicAccess")).toBe("false");
    expect(prop(accountProps, "minimumTlsVersion")).toBe("'TLS1_2'");
    expect(prop(accountProps, "supportsHttpsTrafficOnly")).toBe("true");
    expect(prop(accountProps, "allowSharedKeyAccess")).toBe("false");
  });

  it("creates one table per storage repository, named with the prefix the service uses", () => {
    const used = [...TABLE_NAMES];
    const declared = [...(/var tableNames = \[([^\]]+)\]/.exec(storage)?.[1] ?? "").matchAll(/'(\w+)'/g)].map(
      (m) => m[1],
    );
    expect(declared.sort()).toEqual(used.sort());
    expect(declared.sort()).toEqual([
      "Audit",
      "Conversations",
      "Encounters",
      "Health",
      "Learners",
      "People",
      "Preferences",
      "Reminders",
      "SendBudget",
      "TeamConfig",
      "Teams",
    ]);
    expect(storage).toContain("name: '${tablePrefix}${table}'");
    expect(params(main).find((p) => p.name === "tablePrefix")?.defaultExpression).toBe(
      `'${loadConfig({}).storage.tablePrefix}'`,
    );
  });

  it("grants the web app identity Storage Table Data Contributor on the account only", () => {
    expect(role).toContain("'0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'");
    const assignment = blockOf(role, "resource assignment ");
    expect(prop(assignment, "scope")).toBe("account");
    expect(prop(blockOf(assignment, "properties:"), "principalType")).toBe("'ServicePrincipal'");
    expect(main).toMatch(/principalId: webApp\.outputs\.principalId/);
  });
});

describe("web app", () => {
  const site = blockOf(webapp, "resource site ");
  const siteConfig = blockOf(site, "siteConfig:");

  it("runs Node 24 LTS on Linux, HTTPS only, TLS 1.2, no FTP, always on", () => {
    expect(prop(blockOf(webapp, "resource plan "), "kind")).toBe("'linux'");
    expect(prop(siteConfig, "linuxFxVersion")).toBe("'NODE|24-lts'");
    expect(prop(blockOf(site, "properties:"), "httpsOnly")).toBe("true");
    expect(prop(siteConfig, "minTlsVersion")).toBe("'1.2'");
    expect(prop(siteConfig, "ftpsState")).toBe("'Disabled'");
    expect(prop(siteConfig, "alwaysOn")).toBe("true");
    expect(prop(blockOf(site, "identity:"), "type")).toBe("'SystemAssigned'");
  });

  it("starts the entry point the production build writes, and probes the health route", () => {
    const scripts = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as PackageJson).scripts;
    expect(scripts.build).toContain("npm run build:bot");
    expect(scripts["build:bot"]).toContain("scripts/build-server.ts");
    expect(readdirSync(path.join(REPO_ROOT, "bot", "src"))).toContain("index.ts");
    expect(prop(siteConfig, "appCommandLine")).toBe(`'${SERVER_START}'`);
    expect(prop(siteConfig, "healthCheckPath")).toBe("'/healthz'");
    expect(readFileSync(path.join(REPO_ROOT, "bot", "src", "http", "healthRoute.ts"), "utf8")).toContain('"/healthz"');
  });

  it("runs from the deployed package", () => {
    expect(properties(blockOf(blockOf(webapp, "resource appSettings "), "properties:"))).toContainEqual([
      "WEBSITE_RUN_FROM_PACKAGE",
      "'1'",
    ]);
  });
});

describe("Azure Bot", () => {
  const resource = blockOf(bot, "resource bot ");
  const botProps = blockOf(resource, "properties:");

  it("is a global single-tenant azurebot with the Teams channel, calling the web app's /api/messages", () => {
    expect(prop(resource, "kind")).toBe("'azurebot'");
    expect(prop(resource, "location")).toBe("'global'");
    expect(prop(botProps, "msaAppType")).toBe("'SingleTenant'");
    expect(prop(botProps, "msaAppId")).toBe("msaAppId");
    expect(prop(botProps, "msaAppTenantId")).toBe("msaAppTenantId");
    expect(prop(blockOf(bot, "resource teams "), "name")).toBe("'MsTeamsChannel'");
    expect(main).toContain("endpoint: 'https://${webApp.outputs.defaultHostName}/api/messages'");
    expect(params(bot).find((p) => p.name === "sku")).toBeDefined();
    expect(params(main).find((p) => p.name === "botServiceSku")?.defaultExpression).toBe("'F0'");
  });
});

describe("monitoring", () => {
  it("is workspace-based Application Insights on a Log Analytics workspace", () => {
    const insights = blockOf(monitoring, "resource appInsights ");
    expect(prop(blockOf(insights, "properties:"), "WorkspaceResourceId")).toBe("workspace.id");
    expect(monitoring).toContain("resource workspace 'Microsoft.OperationalInsights/workspaces@");
  });
});

describe("diagnostic logs (Microsoft.Insights/diagnosticSettings) to the Log Analytics workspace", () => {
  /** The diagnostic setting declared in `text`: its scope, workspace and log categories (a `for` over a var list). */
  function diagnosticSetting(
    text: string,
    resource: string,
  ): { scope?: string; workspaceId?: string; categories: string[] } {
    const header = new RegExp(`^resource ${resource} 'Microsoft\\.Insights/diagnosticSettings@([\\w-]+)' = \\{`, "m");
    expect(text, `${resource} declared with the diagnosticSettings type`).toMatch(header);
    expect(header.exec(text)?.[1]).toBe("2021-05-01-preview");
    const block = blockOf(text, `resource ${resource} `);
    const settings = blockOf(block, "properties:");
    const loop = /logs: \[for category in (\w+): \{/.exec(settings);
    expect(loop, `${resource}: one enabled log entry per category`).not.toBeNull();
    const entry = blockAfter(settings, loop?.index ?? 0);
    expect(prop(entry, "category")).toBe("category");
    expect(prop(entry, "enabled")).toBe("true");
    const list = new RegExp(`var ${loop?.[1] ?? ""} = \\[([^\\]]+)\\]`).exec(text)?.[1] ?? "";
    return {
      scope: prop(block, "scope"),
      workspaceId: prop(settings, "workspaceId"),
      categories: [...list.matchAll(/'(\w+)'/g)].map((m) => m[1] as string),
    };
  }

  it("main.bicep hands the monitoring module's workspace id to the web app and storage modules", () => {
    expect(monitoring).toContain("output workspaceId string = workspace.id");
    for (const module of ["webApp", "storage"]) {
      expect(prop(blockOf(blockOf(main, `module ${module} `), "params:"), "logAnalyticsWorkspaceId")).toBe(
        "monitoring.outputs.workspaceId",
      );
    }
  });

  it("sends the site's HTTP, console, application, audit and platform logs", () => {
    expect(diagnosticSetting(webapp, "siteDiagnostics")).toEqual({
      scope: "site",
      workspaceId: "logAnalyticsWorkspaceId",
      categories: [
        "AppServiceHTTPLogs",
        "AppServiceConsoleLogs",
        "AppServiceAppLogs",
        "AppServiceAuditLogs",
        "AppServicePlatformLogs",
      ],
    });
  });

  it("sends the table service's reads, writes and deletes", () => {
    expect(diagnosticSetting(storage, "tableDiagnostics")).toEqual({
      scope: "tableService",
      workspaceId: "logAnalyticsWorkspaceId",
      categories: ["StorageRead", "StorageWrite", "StorageDelete"],
    });
    expect(storage).toMatch(/^resource tableService 'Microsoft\.Storage\/storageAccounts\/tableServices@/m);
  });
});
