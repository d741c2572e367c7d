/**
 * Builds the Teams app package offline: `npm run package:app -- --env local`
 *   → appPackage/build/appPackage.local.zip (manifest.json, en.json, color.png, outline.png)
 *   → appPackage/build/manifest.local.json (the rendered manifest, for review)
 * Values come from env/.env.<env>, env/.env.<env>.user, any `--env-file`, then the process environment.
 * The package is refused (exit code 1) when a variable is missing or the manifest fails the official schema.
 */
import { mkdirSync, writeFileSync, createWriteStream } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import yazl from "yazl";
import {
  ManifestError,
  REPO_ROOT,
  loadEnvironment,
  renderValidAppPackage,
  type RenderedPackage,
} from "./render-manifest.js";

/** Fixed timestamp in the zip entries, so the same inputs give the same bytes. */
const ZIP_MTIME = new Date("2025-01-01T00:00:00Z");

export function writeZip(rendered: RenderedPackage, zipPath: string): Promise<void> {
  mkdirSync(path.dirname(zipPath), { recursive: true });
  const zip = new yazl.ZipFile();
  for (const file of rendered.files) zip.addBuffer(file.content, file.name, { mtime: ZIP_MTIME });
  return new Promise((resolve, reject) => {
    const out = createWriteStream(zipPath);
    out.on("close", () => resolve());
    out.on("error", reject);
    zip.outputStream.on("error", reject).pipe(out);
    zip.end();
  });
}

export interface PackageOptions {
  env: string;
  extraFiles?: string[];
  outDir?: string;
  overrides?: Record<string, string | undefined>;
}

export interface PackageResult {
  zipPath: string;
  manifestPath: string;
  rendered: RenderedPackage;
}

export async function packageApp(options: PackageOptions): Promise<PackageResult> {
  const values = loadEnvironment(options.env, { extraFiles: options.extraFiles, overrides: options.overrides });
  const rendered = renderValidAppPackage(values);
  const outDir = options.outDir ?? path.join(REPO_ROOT, "appPackage", "build");
  const zipPath = path.join(outDir, `appPackage.${options.env}.zip`);
  const manifestPath = path.join(outDir, `manifest.${options.env}.json`);
  await writeZip(rendered, zipPath);
  writeFileSync(manifestPath, JSON.stringify(rendered.manifest, null, 2) + "\n");
  return { zipPath, manifestPath, rendered };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      env: { type: "string", short: "e", default: "local" },
      "env-file": { type: "string", multiple: true },
      out: { type: "string" },
    },
  });
  try {
    const result = await packageApp({
      env: values.env,
      extraFiles: values["env-file"],
      outDir: values.out ? path.resolve(values.out) : undefined,
      overrides: process.env,
    });
    console.log(`Paquet Teams écrit / Teams app package written: ${path.relative(process.cwd(), result.zipPath)}`);
    console.log(`  ${result.rendered.files.map((f) => f.name).join(", ")}`);
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
