/** `npm run package:app -- --env <env>`: the zip Teams receives, and the refusal when something is missing. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { packageApp } from "../../scripts/package-app.js";
import { REPO_ROOT } from "../../scripts/render-manifest.js";
import { ENVIRONMENTS, PROVISIONED_FIXTURE } from "./environments.js";
import { readZip } from "./zipReader.js";

const require = createRequire(import.meta.url);
const TSX_CLI = require.resolve("tsx/cli");
const SCRIPT = path.join(REPO_ROOT, "scripts", "package-app.ts");

function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), "balises-package-"));
}

/** The CLI as `npm run package:app` runs it, with a clean environment (no stray BOT_DOMAIN from the shell). */
function runCli(args: string[]) {
  return spawnSync(process.execPath, [TSX_CLI, SCRIPT, ...args], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? tmpdir() },
    timeout: 60_000,
  });
}

describe.each(ENVIRONMENTS)("packageApp for %s", (env) => {
  it("writes appPackage.<env>.zip with exactly manifest.json, en.json, color.png and outline.png", async () => {
    const outDir = tempDir();
    const result = await packageApp({ env, extraFiles: [PROVISIONED_FIXTURE], outDir, overrides: {} });
    expect(path.basename(result.zipPath)).toBe(`appPackage.${env}.zip`);
    const entries = readZip(readFileSync(result.zipPath));
    expect(entries.map((e) => e.name).sort()).toEqual(["color.png", "en.json", "manifest.json", "outline.png"]);

    const manifest = JSON.parse(entries.find((e) => e.name === "manifest.json")?.content.toString("utf8") ?? "{}") as {
      id?: string;
    };
    expect(manifest).toEqual(result.rendered.manifest);
    expect(manifest.id).toBe("6b1f3c52-7d2e-4f4a-9a61-2f0c8e5d1a77");
    expect(
      entries
        .find((e) => e.name === "color.png")
        ?.content.equals(readFileSync(path.join(REPO_ROOT, "manifest", "color.png"))),
    ).toBe(true);
    expect(JSON.parse(readFileSync(result.manifestPath, "utf8"))).toEqual(manifest);
  });
});

describe("package-app", () => {
  it("gives the same bytes for the same inputs", async () => {
    const a = await packageApp({ env: "dev", extraFiles: [PROVISIONED_FIXTURE], outDir: tempDir(), overrides: {} });
    const b = await packageApp({ env: "dev", extraFiles: [PROVISIONED_FIXTURE], outDir: tempDir(), overrides: {} });
    expect(readFileSync(a.zipPath).equals(readFileSync(b.zipPath))).toBe(true);
  });

  it("CLI: refuses to package before provision and names each missing variable (exit code 1, no zip)", () => {
    const outDir = tempDir();
    const run = runCli(["--env", "dev", "--out", outDir]);
    expect(run.status).toBe(1);
    for (const name of ["TEAMS_APP_ID", "BOT_ID", "BOT_DOMAIN", "AAD_APP_CLIENT_ID"])
      expect(run.stderr).toContain(name);
    expect(() => readFileSync(path.join(outDir, "appPackage.dev.zip"))).toThrow();
  });

  it("CLI: packages once the provision values are supplied", () => {
    const outDir = tempDir();
    const run = runCli(["--env", "local", "--env-file", PROVISIONED_FIXTURE, "--out", outDir]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("appPackage.local.zip");
    expect(readZip(readFileSync(path.join(outDir, "appPackage.local.zip")))).toHaveLength(4);
  });

  it("CLI: a variable from the process environment wins over the env files", () => {
    const outDir = tempDir();
    const run = spawnSync(
      process.execPath,
      [TSX_CLI, SCRIPT, "--env", "dev", "--env-file", PROVISIONED_FIXTURE, "--out", outDir],
      {
        cwd: REPO_ROOT,
        encoding: "utf8",
        env: {
          PATH: process.env.PATH ?? "",
          HOME: process.env.HOME ?? tmpdir(),
          BOT_DOMAIN: "balises.hopital.example",
        },
        timeout: 60_000,
      },
    );
    expect(run.status).toBe(0);
    const manifest = JSON.parse(readFileSync(path.join(outDir, "manifest.dev.json"), "utf8")) as {
      validDomains: string[];
    };
    expect(manifest.validDomains).toEqual(["balises.hopital.example"]);
  });
});
