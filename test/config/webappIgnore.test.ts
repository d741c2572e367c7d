/**
 * infra/.webappignore: what the App Service zip leaves out (azureAppService/zipDeploy in teamsapp.yml). App Service
 * starts the bundle `npm run build` writes (dist/server/index.mjs, its dependencies inside: the production build test
 * starts it from a folder without node_modules) from the package as deployed, with no build on the server; the bundle
 * serves the tab from tab/dist beside package.json. So node_modules (over 1 GB), the sources and the tooling stay out,
 * and dist/, tab/dist/ and package.json go in. The patterns are read with gitignore's rules, as the toolkit does.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SERVER_START } from "../../scripts/build-server.js";
import { REPO_ROOT } from "../../scripts/render-manifest.js";
import { blockOf, properties, readInfra } from "./bicepText.js";

const patterns = readInfra(".webappignore")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));

/** One gitignore pattern as a RegExp over a path relative to the artifact folder (no negations here). */
function matcher(pattern: string): RegExp {
  const glob = pattern.replace(/\/$/, "");
  const anchored = glob.includes("/");
  const body = glob
    .replace(/^\//, "")
    .split(/(\*\*|\*|\?)/)
    .map((part) => {
      if (part === "**") return ".*";
      if (part === "*") return "[^/]*";
      if (part === "?") return "[^/]";
      return part.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    })
    .join("");
  // A pattern without a slash matches a name at any depth; a matched folder leaves out everything below it.
  return new RegExp(`${anchored ? "^" : "(^|/)"}${body}(/.*)?$`);
}

const matchers = patterns.map(matcher);
const leftOut = (file: string) => matchers.some((m) => m.test(file));

describe("infra/.webappignore", () => {
  it("is the ignore file of the zip deploy, over the whole repository", () => {
    const lifecycle = parse(readFileSync(path.join(REPO_ROOT, "teamsapp.yml"), "utf8")) as {
      deploy: { uses: string; with?: Record<string, unknown> }[];
    };
    const zipDeploy = lifecycle.deploy.find((step) => step.uses === "azureAppService/zipDeploy");
    expect(zipDeploy?.with).toMatchObject({ artifactFolder: ".", ignoreFile: "./infra/.webappignore" });
    expect(patterns.some((p) => p.startsWith("!"))).toBe(false); // no re-inclusion: the matcher below needs none
  });

  it("leaves out node_modules, the service's sources, the scripts, CI and the docs", () => {
    for (const pattern of ["node_modules/**", "bot/src/**", "scripts/**", ".ci/**", "docs/**"])
      expect(patterns).toContain(pattern);
    for (const file of [
      "node_modules/express/index.js",
      "node_modules/@azure/data-tables/package.json",
      "bot/src/index.ts",
      "bot/src/config/envSchema.ts",
      "scripts/build-server.ts",
      "scripts/start-local.mjs",
      ".ci/run",
      "docs/deploy.md",
      "tab/src/main.tsx",
      "test/config/webappIgnore.test.ts",
      "env/.env.dev",
      ".local/teams.env",
      "infra/main.bicep",
    ])
      expect(leftOut(file), file).toBe(true);
  });

  it("keeps what App Service runs: the server bundle, the built tab and package.json", () => {
    expect(patterns).not.toContain("dist/**");
    const entry = SERVER_START.split(" ").at(-1) ?? "";
    expect(entry).toBe("dist/server/index.mjs");
    for (const file of [
      entry,
      "dist/server/chunks/composition-ABCD1234.mjs",
      "tab/dist/index.html",
      "tab/dist/assets/index-ABCD1234.js",
      "package.json",
    ])
      expect(leftOut(file), file).toBe(false);
  });

  it("is deployed as is: run from the package, no build on App Service (so no npm install there either)", () => {
    const settings = properties(
      blockOf(blockOf(readInfra("modules/webapp.bicep"), "resource appSettings "), "properties:"),
    );
    expect(settings).toContainEqual(["WEBSITE_RUN_FROM_PACKAGE", "'1'"]);
    expect(settings).toContainEqual(["SCM_DO_BUILD_DURING_DEPLOYMENT", "'false'"]);
    const siteConfig = blockOf(blockOf(readInfra("modules/webapp.bicep"), "resource site "), "siteConfig:");
    expect(properties(siteConfig)).toContainEqual(["appCommandLine", `'${SERVER_START}'`]);
  });
});
