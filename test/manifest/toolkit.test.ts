/**
 * teamsapp.yml / teamsapp.local.yml / aad.manifest.json / infra/azure.parameters.dev.json, checked offline
 * (the Agents Toolkit CLI cannot run here): every action has the parameters the toolkit's v1.11 yaml
 * schema requires, every referenced file exists, and every ${{VAR}} has a source — the committed env
 * file, an earlier action's output, or a Bicep output.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { MAY_BE_EMPTY, REPO_ROOT, parseEnvText, placeholdersIn } from "../../scripts/render-manifest.js";

interface Step {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
  env?: Record<string, string>;
}

interface Lifecycle {
  version: string;
  environmentFolderPath?: string;
  provision?: Step[];
  deploy?: Step[];
  publish?: Step[];
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const exists = (relative: string) => existsSync(path.join(REPO_ROOT, relative));
/** The toolkit substitutes the environment's name in paths (e.g. infra/azure.parameters.${{TEAMSFX_ENV}}.json). */
const inEnvironment = (file: string, env: string) => file.replaceAll("${{TEAMSFX_ENV}}", env);

/** Required `with` keys and `writeToEnvironmentFile` keys, from the toolkit's yaml.schema.json v1.11. */
const ACTIONS: Record<string, { with: string[]; writes?: string[] }> = {
  "teamsApp/create": { with: ["name"], writes: ["teamsAppId"] },
  "aadApp/create": { with: ["name", "generateClientSecret", "signInAudience"], writes: ["clientId", "objectId"] },
  "aadApp/update": { with: ["manifestPath", "outputFilePath"] },
  "botAadApp/create": { with: ["name"], writes: ["botId", "botPassword"] },
  "botFramework/create": { with: ["botId", "name", "messagingEndpoint"] },
  "arm/deploy": { with: ["subscriptionId", "resourceGroupName", "templates"] },
  "teamsApp/validateManifest": { with: ["manifestPath"] },
  "teamsApp/zipAppPackage": { with: ["manifestPath", "outputZipPath", "outputFolder"] },
  "teamsApp/validateAppPackage": { with: ["appPackagePath"] },
  "teamsApp/update": { with: ["appPackagePath"] },
  "teamsApp/publishAppPackage": { with: ["appPackagePath"], writes: ["publishedAppId"] },
  "cli/runNpmCommand": { with: ["args"] },
  "azureAppService/zipDeploy": { with: ["artifactFolder", "resourceId"] },
  "file/createOrUpdateEnvironmentFile": { with: ["target", "envs"] },
  script: { with: ["run"] },
};

/** Set by the toolkit itself, or asked interactively when empty. */
const BUILT_IN = new Set(["TEAMSFX_ENV", "AZURE_SUBSCRIPTION_ID", "AZURE_RESOURCE_GROUP_NAME"]);

/** Left empty in the committed file on purpose: the person running `provision` fills them (docs/deploy.md). */
const FILLED_BY_YOU: Record<string, string[]> = { dev: [], local: ["BOT_ENDPOINT", "BOT_DOMAIN"] };

function outputsOfBicep(): string[] {
  return [...read("infra/main.bicep").matchAll(/^output (\w+) /gm)].map((m) => m[1] as string);
}

function writtenBy(step: Step): string[] {
  const names = Object.values(step.writeToEnvironmentFile ?? {});
  if (step.uses === "script") {
    const run = step.with?.run;
    names.push(
      ...[...(typeof run === "string" ? run : "").matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1] as string),
    );
  }
  if (step.uses === "arm/deploy") names.push(...outputsOfBicep());
  return names;
}

/** aadApp/update generates the scope id itself when it is empty (yaml schema v1.11) and writes it back. */
function generatedBy(step: Step): string[] {
  return step.uses === "aadApp/update" ? ["AAD_APP_ACCESS_AS_USER_PERMISSION_ID"] : [];
}

/** Every placeholder a step reads, including inside the files it points at. */
function readsOf(step: Step, env: string): string[] {
  const names = placeholdersIn(JSON.stringify(step.with ?? {}) + JSON.stringify(step.env ?? {}));
  const files: string[] = [];
  if (step.uses === "aadApp/update") files.push(String(step.with?.manifestPath));
  if (step.uses === "teamsApp/validateManifest" || step.uses === "teamsApp/zipAppPackage") {
    const manifestPath = String(step.with?.manifestPath);
    files.push(manifestPath, path.join(path.dirname(manifestPath), "en.json"));
  }
  if (step.uses === "arm/deploy") {
    for (const t of (step.with?.templates as { parameters?: string }[]) ?? [])
      if (t.parameters) files.push(inEnvironment(t.parameters, env));
  }
  for (const file of files) names.push(...placeholdersIn(read(file)));
  return [...new Set(names)];
}

describe.each([
  ["teamsapp.yml", "dev"],
  ["teamsapp.local.yml", "local"],
])("%s", (file, env) => {
  const lifecycle = parse(read(file)) as Lifecycle;
  const steps = [...(lifecycle.provision ?? []), ...(lifecycle.deploy ?? []), ...(lifecycle.publish ?? [])];
  const committed = parseEnvText(read(`env/.env.${env}`));

  it("uses the v1.11 yaml schema and only actions it knows, each with its required parameters", () => {
    expect(lifecycle.version).toBe("v1.11");
    expect(read(file)).toContain("$schema=https://aka.ms/m365-agents-toolkits/v1.11/yaml.schema.json");
    for (const step of steps) {
      const spec = ACTIONS[step.uses];
      expect(spec, `unknown action ${step.uses}`).toBeDefined();
      for (const key of spec?.with ?? []) expect(step.with?.[key], `${step.uses} with.${key}`).toBeDefined();
      for (const key of spec?.writes ?? [])
        expect(step.writeToEnvironmentFile?.[key], `${step.uses} writeToEnvironmentFile.${key}`).toBeDefined();
    }
  });

  it("packages the manifest template this repository tests, and every referenced file exists", () => {
    const manifestSteps = steps.filter(
      (s) => s.uses === "teamsApp/validateManifest" || s.uses === "teamsApp/zipAppPackage",
    );
    expect(manifestSteps.length).toBeGreaterThanOrEqual(2);
    for (const step of manifestSteps) expect(step.with?.manifestPath).toBe("./manifest/manifest.template.json");
    for (const step of steps) {
      for (const key of ["manifestPath", "ignoreFile"]) {
        const value = step.with?.[key];
        if (typeof value === "string") expect(exists(value), `${step.uses} ${key} ${value}`).toBe(true);
      }
      for (const t of (step.with?.templates as { path: string; parameters?: string; deploymentName: string }[]) ?? []) {
        expect(exists(t.path), t.path).toBe(true);
        if (t.parameters) expect(exists(inEnvironment(t.parameters, env)), t.parameters).toBe(true);
        expect(t.deploymentName).toBeTruthy();
      }
    }
  });

  it("creates one single-tenant Entra app with a secret and service principal, and makes it the bot id", () => {
    const create = steps.filter((s) => s.uses === "aadApp/create");
    expect(create).toHaveLength(1);
    expect(create[0]?.with).toMatchObject({
      generateClientSecret: true,
      generateServicePrincipal: true,
      signInAudience: "AzureADMyOrg",
    });
    expect(create[0]?.writeToEnvironmentFile?.clientId).toBe("AAD_APP_CLIENT_ID");
    expect(
      steps.some(
        (s) => s.uses === "script" && String(s.with?.run).includes("::set-teamsfx-env BOT_ID=${{AAD_APP_CLIENT_ID}}"),
      ),
    ).toBe(true);
    expect(steps.some((s) => s.uses === "botAadApp/create")).toBe(false);
  });

  it("writes secrets only to SECRET_* variables (which the toolkit keeps in the uncommitted .user file)", () => {
    for (const step of steps) {
      for (const [output, variable] of Object.entries(step.writeToEnvironmentFile ?? {})) {
        if (/secret|password/i.test(output)) expect(variable, `${step.uses} ${output}`).toMatch(/^SECRET_/);
      }
    }
    expect(read(".gitignore")).toMatch(/^env\/\.env\.\*\.user$/m);
  });

  it("has a source for every ${{VAR}} it (or a file it points at) reads, before it reads it", () => {
    // An empty committed value is no source: only values present, or written by an earlier step, count.
    const given = Object.entries(committed)
      .filter(([k, v]) => v !== "" || MAY_BE_EMPTY.has(k))
      .map(([k]) => k);
    const available = new Set([...given, ...BUILT_IN, ...(FILLED_BY_YOU[env] ?? [])]);
    const unresolved: string[] = [];
    for (const step of steps) {
      for (const name of generatedBy(step)) available.add(name);
      for (const name of readsOf(step, env)) if (!available.has(name)) unresolved.push(`${step.uses}: ${name}`);
      for (const name of writtenBy(step)) available.add(name);
    }
    expect(unresolved).toEqual([]);
  });
});

describe("teamsapp.yml (Azure)", () => {
  const lifecycle = parse(read("teamsapp.yml")) as Lifecycle;
  const provision = (lifecycle.provision ?? []).map((s) => s.uses);

  it("provisions in an order where each step has what it needs", () => {
    const at = (uses: string) => provision.indexOf(uses);
    expect(at("aadApp/create")).toBeLessThan(at("arm/deploy"));
    expect(at("arm/deploy")).toBeLessThan(at("aadApp/update")); // identifierUris needs BOT_DOMAIN
    expect(at("aadApp/update")).toBeLessThan(at("teamsApp/zipAppPackage"));
    expect(at("teamsApp/validateAppPackage")).toBeLessThan(at("teamsApp/update"));
  });

  it("deploys the built service to App Service and publishes to the Teams admin center", () => {
    expect((lifecycle.deploy ?? []).map((s) => s.uses)).toEqual([
      "cli/runNpmCommand",
      "cli/runNpmCommand",
      "azureAppService/zipDeploy",
    ]);
    expect((lifecycle.publish ?? []).map((s) => s.uses).at(-1)).toBe("teamsApp/publishAppPackage");
  });
});

describe("committed env files", () => {
  it.each(["env/.env.dev", "env/.env.local"])("%s holds no secret", (file) => {
    const values = parseEnvText(read(file));
    expect(Object.keys(values).filter((k) => k.startsWith("SECRET_"))).toEqual([]);
    expect(
      Object.entries(values).filter(([k, v]) => /PASSWORD|SECRET|KEY|CONNECTION_STRING/i.test(k) && v !== ""),
    ).toEqual([]);
  });

  it("env/.env.dev deploys to Canada Central", () => {
    expect(parseEnvText(read("env/.env.dev")).AZURE_LOCATION).toBe("canadacentral");
  });
});

describe("aad.manifest.json", () => {
  const aad = JSON.parse(read("aad.manifest.json")) as {
    signInAudience: string;
    identifierUris: string[];
    api: {
      oauth2PermissionScopes: { value: string; id: string; type: string }[];
      preAuthorizedApplications: { appId: string; delegatedPermissionIds: string[] }[];
    };
  };
  const template = JSON.parse(read("manifest/manifest.template.json")) as { webApplicationInfo: { resource: string } };

  it("exposes access_as_user on the same api:// URI as the manifest's webApplicationInfo.resource", () => {
    expect(aad.signInAudience).toBe("AzureADMyOrg");
    expect(aad.identifierUris).toEqual([template.webApplicationInfo.resource]);
    expect(aad.api.oauth2PermissionScopes.map((s) => s.value)).toEqual(["access_as_user"]);
  });

  it("pre-authorizes the Teams desktop/mobile and web clients, and the Office / Outlook hosts, for that scope", () => {
    const scopeId = aad.api.oauth2PermissionScopes[0]?.id;
    const ids = aad.api.preAuthorizedApplications.map((a) => a.appId);
    expect(ids).toEqual(
      expect.arrayContaining(["1fec8e78-bce4-4aaf-ab1b-5451cc387264", "5e3ce6c0-2b1f-4285-8d4b-75ee78787346"]),
    );
    expect(ids).toHaveLength(9);
    for (const app of aad.api.preAuthorizedApplications) expect(app.delegatedPermissionIds).toEqual([scopeId]);
  });
});
