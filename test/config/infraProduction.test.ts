/**
 * Production that survives an instance or a zone, on a supported runtime (issue 15), read from infra/ as text
 * (no Bicep compiler here; test/config/bicepText.ts). The production parameter set
 * (infra/azure.parameters.prod.json) asks for a zone-redundant Premium v3 plan in Canada Central with at least
 * two instances, autoscaled on CPU and HTTP queue length, with health-check eviction on /healthz; the dev set
 * (infra/azure.parameters.dev.json + env/.env.dev) keeps one B1 instance and no autoscale. App Service runs the
 * current Node.js LTS that .nvmrc names, while package.json's engines still admits the Node 20 of these machines.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT, loadEnvironment, substitute, type EnvValues } from "../../scripts/render-manifest.js";
import { blockAfter, blockOf, evaluate, params, properties, readInfra, type Scope } from "./bicepText.js";

type ParameterValue = string | number | boolean;
const main = readInfra("main.bicep");
const webapp = readInfra("modules/webapp.bicep");
const prop = (block: string, name: string) => properties(block).find(([key]) => key === name)?.[1];

/** A parameters file's values; with `env`, its ${{…}} placeholders filled in as the toolkit would. */
function parameterFile(file: string, env?: EnvValues): Record<string, ParameterValue> {
  const text = env ? substitute(readInfra(file), env).text : readInfra(file);
  const parsed = JSON.parse(text) as {
    parameters: Record<string, { value: ParameterValue }>;
  };
  return Object.fromEntries(Object.entries(parsed.parameters).map(([name, { value }]) => [name, value]));
}

/** main.bicep's parameters as one deployment sees them: the file's values, then the declared defaults. */
function deployment(file: string, env?: EnvValues): Record<string, ParameterValue> {
  const values: Scope = {};
  const given = parameterFile(file, env);
  for (const [name, value] of Object.entries(given)) values[name] = typeof value === "boolean" ? String(value) : value;
  for (const p of params(main))
    if (!(p.name in values) && p.defaultExpression) values[p.name] = evaluate(p.defaultExpression, values);
  return values;
}

/** What main.bicep passes to the web app module, by module parameter name, for a deployment. */
function webAppArguments(values: Scope): Record<string, string | number> {
  const args = properties(blockOf(blockOf(main, "module webApp "), "params:"));
  return Object.fromEntries(
    args.flatMap(([name, expression]) => {
      try {
        return [[name, evaluate(expression, values)]];
      } catch {
        return []; // names built with uniqueString(), module outputs…
      }
    }),
  );
}

/** The autoscale rules as { metric, direction, operator, threshold }. */
function autoscaleRules(): Array<{ metric: string; direction: string; operator: string; threshold: string }> {
  const resource = blockOf(webapp, "resource autoscale ");
  return [...resource.matchAll(/metricTrigger:/g)].map((match) => {
    const trigger = blockAfter(resource, match.index);
    const action = blockOf(resource.slice(match.index), "scaleAction:");
    return {
      metric: prop(trigger, "metricName") ?? "",
      direction: prop(action, "direction") ?? "",
      operator: prop(trigger, "operator") ?? "",
      threshold: prop(trigger, "threshold") ?? "",
    };
  });
}

const PREMIUM_V3_P1_OR_HIGHER = /^P[1-5]m?v3$/;

describe("the production parameter set (infra/azure.parameters.prod.json)", () => {
  const prod = deployment("azure.parameters.prod.json");

  it("is a zone-redundant Premium v3 plan (P1v3 or higher) in Canada Central with at least 2 instances", () => {
    expect(prod.appServiceSku).toMatch(PREMIUM_V3_P1_OR_HIGHER);
    expect(prod.location).toBe("canadacentral");
    expect(prod.zoneRedundant).toBe("true");
    expect(prod.appServiceMinInstances).toBeGreaterThanOrEqual(2);
    expect(prod.storageSku).toBe("Standard_ZRS");
  });

  it("autoscales above that minimum", () => {
    expect(prod.appServiceMaxInstances).toBeGreaterThan(prod.appServiceMinInstances as number);
  });

  it("evicts an instance after a few failed /healthz probes (2 to 10, App Service's default being 10)", () => {
    expect(prod.healthCheckMaxPingFailures).toBeGreaterThanOrEqual(2);
    expect(prod.healthCheckMaxPingFailures).toBeLessThanOrEqual(5);
  });

  it("gives every main.bicep parameter a value and names only declared ones, like the dev file", () => {
    const file = parameterFile("azure.parameters.prod.json");
    const declared = params(main);
    expect(declared.filter((p) => p.defaultExpression === undefined && !(p.name in file)).map((p) => p.name)).toEqual(
      [],
    );
    expect(Object.keys(file).filter((name) => !declared.some((p) => p.name === name))).toEqual([]);
    expect(Object.keys(parameterFile("azure.parameters.dev.json")).every((name) => name in file)).toBe(true);
    expect(file.aadAppClientSecret).toBe("${{SECRET_AAD_APP_CLIENT_SECRET}}");
  });

  it("reaches the plan: capacity, zone redundancy and the eviction setting come from these parameters", () => {
    const args = webAppArguments(prod as Scope);
    expect(args).toMatchObject({
      sku: prod.appServiceSku,
      minInstances: prod.appServiceMinInstances,
      maxInstances: prod.appServiceMaxInstances,
      zoneRedundant: "true",
      healthCheckMaxPingFailures: prod.healthCheckMaxPingFailures,
    });
    const plan = blockOf(webapp, "resource plan ");
    expect(prop(blockOf(plan, "sku:"), "name")).toBe("sku");
    expect(prop(blockOf(plan, "sku:"), "capacity")).toBe("minInstances");
    expect(prop(blockOf(plan, "properties:"), "zoneRedundant")).toBe("zoneRedundant");
    expect(properties(blockOf(blockOf(webapp, "resource appSettings "), "properties:"))).toContainEqual([
      "WEBSITE_HEALTHCHECK_MAXPINGFAILURES",
      "string(healthCheckMaxPingFailures)",
    ]);
    expect(prop(blockOf(blockOf(webapp, "resource site "), "siteConfig:"), "healthCheckPath")).toBe("'/healthz'");
  });
});

describe("the plan's autoscale setting (Microsoft.Insights/autoscalesettings)", () => {
  const resource = blockOf(webapp, "resource autoscale ");

  it("exists only when the maximum is above the minimum, and targets the plan", () => {
    expect(webapp).toMatch(
      /^resource autoscale 'Microsoft\.Insights\/autoscalesettings@[\d-]+' = if \(autoscaleEnabled\) \{/m,
    );
    expect(webapp).toContain("var autoscaleEnabled = maxInstances > minInstances");
    const settings = blockOf(resource, "properties:");
    expect(prop(settings, "enabled")).toBe("true");
    expect(prop(settings, "targetResourceUri")).toBe("plan.id");
    const capacity = blockOf(settings, "capacity:");
    expect(prop(capacity, "minimum")).toBe("string(minInstances)");
    expect(prop(capacity, "maximum")).toBe("string(maxInstances)");
    expect(prop(capacity, "default")).toBe("string(minInstances)");
  });

  it("scales out on CPU or HTTP queue length, and in only when both are low", () => {
    const rules = autoscaleRules();
    const out = rules.filter((r) => r.direction === "'Increase'");
    const inward = rules.filter((r) => r.direction === "'Decrease'");
    expect(out.map((r) => r.metric).sort()).toEqual(["'CpuPercentage'", "'HttpQueueLength'"]);
    expect(inward.map((r) => r.metric).sort()).toEqual(["'CpuPercentage'", "'HttpQueueLength'"]);
    expect(out.every((r) => r.operator === "'GreaterThan'")).toBe(true);
    expect(inward.every((r) => r.operator === "'LessThan'")).toBe(true);
    const threshold = (list: typeof rules, metric: string) => Number(list.find((r) => r.metric === metric)?.threshold);
    expect(threshold(inward, "'CpuPercentage'")).toBeLessThanOrEqual(threshold(out, "'CpuPercentage'") - 20); // no flapping
    expect(threshold(inward, "'HttpQueueLength'")).toBeLessThan(threshold(out, "'HttpQueueLength'"));
    for (const trigger of [...resource.matchAll(/metricTrigger:/g)].map((m) => blockAfter(resource, m.index)))
      expect(prop(trigger, "metricResourceUri")).toBe("plan.id");
  });
});

describe("the dev parameter set (infra/azure.parameters.dev.json with env/.env.dev)", () => {
  const dev = deployment("azure.parameters.dev.json", loadEnvironment("dev", { overrides: {} }));

  it("keeps one B1 instance, no zone redundancy and no autoscale", () => {
    expect(dev.appServiceSku).toBe("B1");
    expect(dev.appServiceMinInstances).toBe(1);
    expect(dev.zoneRedundant).toBe("false");
    expect(dev.appServiceMaxInstances as number).toBeLessThanOrEqual(dev.appServiceMinInstances as number);
  });
});

describe("the Node.js runtime", () => {
  const linuxFx = prop(blockOf(blockOf(webapp, "resource site "), "siteConfig:"), "linuxFxVersion") ?? "";
  const major = Number(/^'NODE\|(\d+)-lts'$/.exec(linuxFx)?.[1]);
  const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");

  it("is a current LTS on App Service (Node 20 reached end of life in April 2026), named by .nvmrc", () => {
    expect(major).toBeGreaterThanOrEqual(24);
    expect(major % 2).toBe(0); // even majors become LTS
    expect(read(".nvmrc").trim()).toBe(String(major));
    expect(read("docs/deploy.md")).toContain(`NODE|${major}-lts`);
  });

  it("while package.json's engines still admits the Node 20 of the development machines", () => {
    const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;
    expect(engines).toBe(">=20");
    expect(Number(/^>=(\d+)$/.exec(engines)?.[1])).toBeLessThanOrEqual(major);
  });
});
