/**
 * What teamsapp.yml and teamsapp.local.yml decide for a deployment, and what docs/deploy.md tells the operator about
 * it: the client secret's lifetime is written out (the organisation's choice, not an unseen default) and the guide
 * says how to rotate it; arm/deploy compiles with the `bicep` on PATH (no 2022 version pinned), the same one the
 * guide has the operator check the templates with.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { REPO_ROOT } from "../../scripts/render-manifest.js";

interface Step {
  uses: string;
  with?: Record<string, unknown>;
}

const read = (file: string) => readFileSync(path.join(REPO_ROOT, file), "utf8");
const steps = (file: string) => {
  const lifecycle = parse(read(file)) as { provision?: Step[]; deploy?: Step[] };
  return [...(lifecycle.provision ?? []), ...(lifecycle.deploy ?? [])];
};
const doc = read("docs/deploy.md");
const [french, english] = doc.split("\n## English\n") as [string, string];

describe.each(["teamsapp.yml", "teamsapp.local.yml"])("%s", (file) => {
  it("sets the client secret's lifetime explicitly (aadApp/create clientSecretExpireDays, 180 days)", () => {
    const create = steps(file).find((s) => s.uses === "aadApp/create");
    expect(create?.with?.generateClientSecret).toBe(true);
    expect(create?.with?.clientSecretExpireDays).toBe(180);
  });
});

describe("teamsapp.yml arm/deploy", () => {
  it("pins no Bicep CLI version: the toolkit then runs the `bicep` on PATH", () => {
    const deploy = steps("teamsapp.yml").find((s) => s.uses === "arm/deploy");
    expect(deploy?.with).toBeDefined();
    expect(deploy?.with).not.toHaveProperty("bicepCliVersion");
  });
});

describe.each([
  ["français", french, "### Renouveler le secret client"],
  ["English", english, "### Rotate the client secret"],
])("docs/deploy.md (%s)", (_language, text, rotation) => {
  it("checks the templates with that same `bicep` command, not az's copy", () => {
    expect(text).toContain("bicep build infra/main.bicep --stdout");
    expect(text).not.toContain("az bicep build");
    expect(text).not.toContain("bicepCliVersion: v");
  });

  it("signs the Azure CLI in to the subscription before `az group create`", () => {
    const login = text.indexOf("az login");
    const subscription = text.indexOf("az account set --subscription <AZURE_SUBSCRIPTION_ID>");
    expect(login).toBeGreaterThan(0);
    expect(subscription).toBeGreaterThan(login);
    expect(text.indexOf("az group create --name")).toBeGreaterThan(subscription);
  });

  it("has a rotation procedure: new secret, the .user file, provision, then delete the old one", () => {
    const at = text.indexOf(rotation);
    expect(at).toBeGreaterThan(0);
    const procedure = text.slice(at, text.indexOf("\n### ", at + 1));
    for (const step of [
      "clientSecretExpireDays",
      "SECRET_AAD_APP_CLIENT_SECRET",
      "env/.env.<env>.user",
      "provision --env <env>",
      "MicrosoftAppPassword",
    ])
      expect(procedure, step).toContain(step);
  });
});

describe("the rotation procedure's claim about infra/", () => {
  it("holds: the secret parameter becomes the MicrosoftAppPassword app setting", () => {
    expect(read("infra/azure.parameters.dev.json")).toContain('"value": "${{SECRET_AAD_APP_CLIENT_SECRET}}"');
    expect(read("infra/azure.parameters.prod.json")).toContain('"value": "${{SECRET_AAD_APP_CLIENT_SECRET}}"');
    expect(read("infra/main.bicep")).toContain("aadAppClientSecret: aadAppClientSecret");
    expect(read("infra/modules/webapp.bicep")).toContain("MicrosoftAppPassword: aadAppClientSecret");
  });
});
