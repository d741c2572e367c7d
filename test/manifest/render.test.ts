/** Placeholder substitution and env files: a missing variable is named, never silently rendered empty. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ManifestError,
  loadEnvironment,
  parseEnvText,
  renderAppPackage,
  substitute,
} from "../../scripts/render-manifest.js";
import { PROVISIONED_FIXTURE, provisionedValues } from "./environments.js";

function renderError(values: Record<string, string>): ManifestError {
  try {
    renderAppPackage(values);
  } catch (error) {
    if (error instanceof ManifestError) return error;
    throw error;
  }
  throw new Error("renderAppPackage accepted the values");
}

describe("renderAppPackage with missing values", () => {
  it("names every variable provision has not written yet when only the committed env/.env.dev is present", () => {
    const error = renderError(loadEnvironment("dev", { overrides: {} }));
    expect(error.kind).toBe("missing_variables");
    const names = error.problems.map((p) => p.split(" ")[0]);
    expect(names).toEqual(expect.arrayContaining(["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "AAD_APP_CLIENT_ID"]));
    expect(error.problems).toContain("BOT_DOMAIN (manifest.template.json)");
    expect(error.message).toMatch(/Variables d'environnement manquantes/);
    expect(error.message).toMatch(/missing environment variables/);
  });

  it("names exactly the one variable that is absent", () => {
    const values = provisionedValues("dev");
    delete values.BOT_DOMAIN;
    const error = renderError(values);
    expect(error.problems).toEqual(["BOT_DOMAIN (manifest.template.json)"]);
    expect(error.message).toContain("BOT_DOMAIN");
  });

  it("treats an empty value as missing", () => {
    const error = renderError({ ...provisionedValues("dev"), TEAMS_APP_ID: "  " });
    expect(error.problems).toEqual(["TEAMS_APP_ID (manifest.template.json)"]);
  });

  it("accepts an empty APP_NAME_SUFFIX (the production app has no suffix)", () => {
    const rendered = renderAppPackage({ ...provisionedValues("dev"), APP_NAME_SUFFIX: "" });
    expect((rendered.manifest.name as { short: string }).short).toBe("Balises télésanté");
  });
});

describe("substitute", () => {
  it("JSON-escapes values so a quote cannot break the manifest", () => {
    const { text, missing } = substitute('{"a":"x${{V}}y"}', { V: 'he said "hi"\\' });
    expect(missing).toEqual([]);
    expect(JSON.parse(text)).toEqual({ a: 'xhe said "hi"\\y' });
  });

  it("accepts spaces inside the braces, as the toolkit does", () => {
    expect(substitute("${{ A }}-${{B}}", { A: "1", B: "2" }).text).toBe("1-2");
  });
});

describe("env files", () => {
  it("parses comments, quotes and empty values like the toolkit's .env files", () => {
    expect(parseEnvText("# c\nA=1\nB=\"two words\"\nC='x#y'\nD=\nE=v # trailing\n  \nnot a line\n")).toEqual({
      A: "1",
      B: "two words",
      C: "x#y",
      D: "",
      E: "v",
    });
  });

  it("layers env/.env.<env>, then .user, then extra files, then overrides", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "balises-env-"));
    writeFileSync(path.join(dir, ".env.qa"), "A=file\nB=file\nC=file\nD=file\n");
    writeFileSync(path.join(dir, ".env.qa.user"), "B=user\nC=user\nD=user\n");
    const extra = path.join(dir, "extra.env");
    writeFileSync(extra, "C=extra\nD=extra\n");
    expect(
      loadEnvironment("qa", { envDir: dir, extraFiles: [extra], overrides: { D: "override", E: undefined } }),
    ).toEqual({
      A: "file",
      B: "user",
      C: "extra",
      D: "override",
    });
  });

  it("refuses an environment that has no env file", () => {
    expect(() => loadEnvironment("nowhere", { overrides: {} })).toThrow(/env\/\.env\.nowhere/);
  });

  it("uses one Entra app for the bot and SSO in the provision stand-in, as teamsapp.yml does", () => {
    const values = parseEnvText(readFileSync(PROVISIONED_FIXTURE, "utf8"));
    expect(values.BOT_ID).toBe(values.AAD_APP_CLIENT_ID);
  });
});
