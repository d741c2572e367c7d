/**
 * Renders the Teams app package from `manifest/` the way the Agents Toolkit does (`${{VAR}}` placeholders
 * filled from `env/.env.<env>`), then checks it offline against the official schemas bundled in
 * `@microsoft/app-manifest` plus a few rules the schema cannot express. `scripts/package-app.ts` zips
 * what this module renders; the tests in `test/manifest/` drive the same functions.
 *
 * Run directly to print the rendered manifest: `npx tsx scripts/render-manifest.ts --env dev`.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import Ajv04Import from "ajv-draft-04";
import addFormatsImport from "ajv-formats";
import type { ErrorObject } from "ajv";

const require = createRequire(import.meta.url);

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const MANIFEST_DIR = path.join(REPO_ROOT, "manifest");
export const TEMPLATE_FILE = "manifest.template.json";
export const ENV_DIR = path.join(REPO_ROOT, "env");

/** Placeholders that may legitimately be empty (e.g. no suffix on the production app name). */
export const MAY_BE_EMPTY = new Set(["APP_NAME_SUFFIX"]);

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

export type ManifestErrorKind = "missing_variables" | "invalid_package" | "env_file_unreadable";

/** The one error this tooling throws; `kind` tells callers what went wrong, `problems` lists each item. */
export class ManifestError extends Error {
  constructor(
    readonly kind: ManifestErrorKind,
    readonly problems: string[],
    summary: string,
  ) {
    super(`${summary}\n  - ${problems.join("\n  - ")}`);
    this.name = "ManifestError";
  }
}

export type EnvValues = Record<string, string>;

/** `.env` syntax as the toolkit writes it: `KEY=value`, `# comments`, optional single or double quotes. */
export function parseEnvText(text: string): EnvValues {
  const values: EnvValues = {};
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.trim();
    if (line === "" || line.startsWith("#")) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    let value = rest.trim();
    const quoted = /^(['"])(.*)\1$/.exec(value);
    if (quoted) value = quoted[2] ?? "";
    else value = value.replace(/\s+#.*$/, "");
    values[key] = value;
  }
  return values;
}

export function readEnvFile(file: string): EnvValues {
  try {
    return parseEnvText(readFileSync(file, "utf8"));
  } catch (error) {
    throw new ManifestError(
      "env_file_unreadable",
      [`${file}: ${(error as Error).message}`],
      "Fichier d'environnement illisible / unreadable environment file",
    );
  }
}

export interface EnvironmentSources {
  /** Extra `.env` files read after the environment's own files (later ones win). */
  extraFiles?: string[];
  /** Values that win over every file, e.g. `process.env` in the CLI. */
  overrides?: Record<string, string | undefined>;
  envDir?: string;
}

/**
 * The values for one toolkit environment: `env/.env.<name>`, then `env/.env.<name>.user` when present
 * (uncommitted `SECRET_*` values), then `extraFiles`, then `overrides`.
 */
export function loadEnvironment(envName: string, sources: EnvironmentSources = {}): EnvValues {
  if (!/^[a-z][a-z0-9-]*$/.test(envName)) {
    throw new ManifestError(
      "env_file_unreadable",
      [`"${envName}"`],
      "Nom d'environnement invalide / invalid environment name",
    );
  }
  const dir = sources.envDir ?? ENV_DIR;
  const own = path.join(dir, `.env.${envName}`);
  if (!existsSync(own)) {
    throw new ManifestError(
      "env_file_unreadable",
      [`${own} n'existe pas / does not exist`],
      "Environnement inconnu / unknown environment",
    );
  }
  const values: EnvValues = { ...readEnvFile(own) };
  const user = path.join(dir, `.env.${envName}.user`);
  if (existsSync(user)) Object.assign(values, readEnvFile(user));
  for (const file of sources.extraFiles ?? []) Object.assign(values, readEnvFile(file));
  for (const [key, value] of Object.entries(sources.overrides ?? {})) {
    if (value !== undefined) values[key] = value;
  }
  return values;
}

/** Names of the placeholders in a template text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** Replaces every `${{VAR}}`; values are JSON-escaped because every placeholder sits inside a JSON string. */
export function substitute(text: string, values: EnvValues): { text: string; missing: string[] } {
  const missing = placeholdersIn(text).filter((name) => {
    const value = values[name];
    return value === undefined || (value.trim() === "" && !MAY_BE_EMPTY.has(name));
  });
  const rendered = text.replace(PLACEHOLDER, (_all, name: string) => JSON.stringify(values[name] ?? "").slice(1, -1));
  return { text: rendered, missing };
}

export interface RenderedFile {
  /** Name inside the zip. */
  name: string;
  content: Buffer;
}

export interface RenderedPackage {
  manifest: Record<string, unknown>;
  /** Localization files by zip name (e.g. `en.json`), parsed. */
  localizations: Record<string, Record<string, unknown>>;
  /** Everything that goes in the zip, `manifest.json` first. */
  files: RenderedFile[];
}

interface ManifestShape {
  icons?: { color?: string; outline?: string };
  localizationInfo?: { defaultLanguageFile?: string; additionalLanguages?: { file?: string }[] };
}

function referencedFiles(manifest: ManifestShape): { icons: string[]; localizations: string[] } {
  const icons = [manifest.icons?.color, manifest.icons?.outline].filter((f): f is string => typeof f === "string");
  const localizations = [
    manifest.localizationInfo?.defaultLanguageFile,
    ...(manifest.localizationInfo?.additionalLanguages ?? []).map((l) => l.file),
  ].filter((f): f is string => typeof f === "string");
  return { icons: [...new Set(icons)], localizations: [...new Set(localizations)] };
}

function parseJson(text: string, label: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new ManifestError(
      "invalid_package",
      [`${label}: ${(error as Error).message}`],
      "JSON invalide / invalid JSON",
    );
  }
}

/**
 * Fills the template and its localization files. Throws `ManifestError("missing_variables")` naming
 * every variable that is absent or empty, with the file where it is used.
 */
export function renderAppPackage(values: EnvValues, manifestDir = MANIFEST_DIR): RenderedPackage {
  const templateText = readFileSync(path.join(manifestDir, TEMPLATE_FILE), "utf8");
  const renderedManifest = substitute(templateText, values);
  const missing = renderedManifest.missing.map((name) => `${name} (${TEMPLATE_FILE})`);

  // Read the file list from the template itself (placeholders never sit in these paths).
  const refs = referencedFiles(parseJson(templateText, TEMPLATE_FILE));
  const localizationTexts = refs.localizations.map((file) => {
    const result = substitute(readFileSync(path.join(manifestDir, file), "utf8"), values);
    missing.push(...result.missing.map((name) => `${name} (${file})`));
    return { file, text: result.text };
  });
  if (missing.length > 0) {
    throw new ManifestError(
      "missing_variables",
      missing,
      "Variables d'environnement manquantes pour le manifeste Teams (ajoutez-les au fichier env/.env.<env> ou lancez « provision ») / " +
        "missing environment variables for the Teams manifest (add them to env/.env.<env> or run provision)",
    );
  }

  const manifest = parseJson(renderedManifest.text, TEMPLATE_FILE);
  const localizations: RenderedPackage["localizations"] = {};
  const files: RenderedFile[] = [
    { name: "manifest.json", content: Buffer.from(JSON.stringify(manifest, null, 2) + "\n") },
  ];
  for (const { file, text } of localizationTexts) {
    localizations[file] = parseJson(text, file);
    files.push({ name: file, content: Buffer.from(JSON.stringify(localizations[file], null, 2) + "\n") });
  }
  for (const icon of refs.icons) files.push({ name: icon, content: readFileSync(path.join(manifestDir, icon)) });
  return { manifest, localizations, files };
}

// --- validation -------------------------------------------------------------------------------

type AjvInstance = import("ajv-draft-04").default;
type AjvConstructor = new (options: Record<string, unknown>) => AjvInstance;
// Both packages are CommonJS with an `exports.default`; under NodeNext the default import is `module.exports`.
const Ajv04 = ((Ajv04Import as unknown as { default?: AjvConstructor }).default ??
  Ajv04Import) as unknown as AjvConstructor;
const addFormats = ((addFormatsImport as unknown as { default?: (ajv: AjvInstance, formats: string[]) => void })
  .default ?? addFormatsImport) as unknown as (ajv: AjvInstance, formats: string[]) => void;

export const SCHEMA_ROOT = path.join(
  path.dirname(require.resolve("@microsoft/app-manifest/package.json")),
  "build",
  "json-schemas",
  "teams",
);

export function schemaPaths(manifestVersion: string): { manifest: string; localization: string } {
  const dir = path.join(SCHEMA_ROOT, `v${manifestVersion}`);
  return {
    manifest: path.join(dir, "MicrosoftTeams.schema.json"),
    localization: path.join(dir, "MicrosoftTeams.Localization.schema.json"),
  };
}

function formatErrors(label: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) => `${label}${e.instancePath || "/"}: ${e.message ?? "invalid"} ${JSON.stringify(e.params)}`,
  );
}

const compiledSchemas = new Map<string, ReturnType<AjvInstance["compile"]>>();

function validateWithSchema(schemaFile: string, data: unknown, label: string): string[] {
  let validate = compiledSchemas.get(schemaFile);
  if (!validate) {
    // Same options as @microsoft/app-manifest's own validator; `unicodeRegExp: false` because the
    // localization schema's patterns are plain (non-`u`) regular expressions.
    const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
    addFormats(ajv, ["uri", "email", "regex"]);
    validate = ajv.compile(JSON.parse(readFileSync(schemaFile, "utf8")) as object);
    compiledSchemas.set(schemaFile, validate);
  }
  return validate(data) ? [] : formatErrors(label, validate.errors);
}

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = "89504e470d0a1a0a";
  if (
    bytes.length < 24 ||
    bytes.subarray(0, 8).toString("hex") !== signature ||
    bytes.subarray(12, 16).toString("ascii") !== "IHDR"
  ) {
    return undefined;
  }
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface TeamsManifestView {
  $schema?: string;
  manifestVersion?: string;
  icons?: { color?: string; outline?: string };
  bots?: { botId?: string }[];
  webApplicationInfo?: { id?: string; resource?: string };
  validDomains?: string[];
  configurableTabs?: { configurationUrl?: string }[];
  staticTabs?: { contentUrl?: string; websiteUrl?: string }[];
  developer?: { websiteUrl?: string; privacyUrl?: string; termsOfUseUrl?: string };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url.replace(/\{[A-Za-z]+\}/g, "x")).host;
  } catch {
    return undefined;
  }
}

/** Rules the JSON schema cannot express but Teams (or this app's design) depends on. */
function checkAppRules(manifest: TeamsManifestView, files: RenderedFile[]): string[] {
  const problems: string[] = [];
  const version = manifest.manifestVersion ?? "";
  if (manifest.$schema && !manifest.$schema.includes(`/v${version}/`)) {
    problems.push(`$schema (${manifest.$schema}) does not match manifestVersion ${version}`);
  }

  const expected: Record<string, number> = {};
  if (manifest.icons?.color) expected[manifest.icons.color] = 192;
  if (manifest.icons?.outline) expected[manifest.icons.outline] = 32;
  for (const [name, size] of Object.entries(expected)) {
    const file = files.find((f) => f.name === name);
    const actual = file ? pngSize(file.content) : undefined;
    if (!actual) problems.push(`icon ${name} is missing or is not a PNG`);
    else if (actual.width !== size || actual.height !== size)
      problems.push(`icon ${name} must be ${size}×${size}, found ${actual.width}×${actual.height}`);
  }

  // Meeting start/end events and the meeting-details API are granted through RSC to the app named in
  // webApplicationInfo, which Microsoft's meeting docs require to be the bot's app id.
  const botId = manifest.bots?.[0]?.botId;
  if (botId && manifest.webApplicationInfo?.id !== botId) {
    problems.push(
      `webApplicationInfo.id (${manifest.webApplicationInfo?.id}) must equal bots[0].botId (${botId}): ` +
        "the meeting RSC permissions are granted to the webApplicationInfo app (use one Entra app for the bot and SSO)",
    );
  }

  const domains = new Set(manifest.validDomains ?? []);
  const urls = [
    ...(manifest.configurableTabs ?? []).map((t) => t.configurationUrl),
    ...(manifest.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]),
  ];
  for (const url of urls) {
    const host = hostOf(url);
    if (url && (!host || !domains.has(host))) problems.push(`${url}: its host is not in validDomains`);
  }
  const resource = manifest.webApplicationInfo?.resource;
  if (resource && !resource.startsWith("api://"))
    problems.push(`webApplicationInfo.resource must be an api:// URI, found ${resource}`);
  else if (resource && !domains.has(resource.slice("api://".length).split("/")[0] ?? "")) {
    problems.push(`webApplicationInfo.resource (${resource}) must use a domain listed in validDomains`);
  }
  return problems;
}

/**
 * Every problem with a rendered package, or an empty list: official manifest schema for its
 * `manifestVersion`, official localization schema for each language file, icons, app rules.
 */
export function validateAppPackage(rendered: RenderedPackage): string[] {
  const manifest = rendered.manifest as TeamsManifestView;
  const version = manifest.manifestVersion;
  if (typeof version !== "string") return ["manifestVersion is missing"];
  const schemas = schemaPaths(version);
  if (!existsSync(schemas.manifest)) {
    return [`no bundled schema for manifestVersion ${version} in @microsoft/app-manifest (${schemas.manifest})`];
  }
  const problems = validateWithSchema(schemas.manifest, rendered.manifest, "manifest.json");
  if (existsSync(schemas.localization)) {
    for (const [file, json] of Object.entries(rendered.localizations)) {
      problems.push(...validateWithSchema(schemas.localization, json, file));
    }
  }
  problems.push(...checkAppRules(manifest, rendered.files));
  return problems;
}

/** Render and validate; throws `ManifestError` so nobody can package an invalid manifest by mistake. */
export function renderValidAppPackage(values: EnvValues, manifestDir = MANIFEST_DIR): RenderedPackage {
  const rendered = renderAppPackage(values, manifestDir);
  const problems = validateAppPackage(rendered);
  if (problems.length > 0) {
    throw new ManifestError(
      "invalid_package",
      problems,
      "Le paquet d'application Teams est invalide / the Teams app package is invalid",
    );
  }
  return rendered;
}

// --- CLI ----------------------------------------------------------------------------------------

export interface CliOptions {
  env: string;
  extraFiles: string[];
}

export function parseCliArgs(argv: string[]): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      env: { type: "string", short: "e" },
      "env-file": { type: "string", multiple: true },
    },
    allowPositionals: false,
  });
  return { env: values.env ?? "local", extraFiles: values["env-file"] ?? [] };
}

function main(): void {
  try {
    const options = parseCliArgs(process.argv.slice(2));
    const values = loadEnvironment(options.env, { extraFiles: options.extraFiles, overrides: process.env });
    process.stdout.write(JSON.stringify(renderValidAppPackage(values).manifest, null, 2) + "\n");
  } catch (error) {
    if (!(error instanceof ManifestError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
