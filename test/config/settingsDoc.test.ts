/**
 * docs/deploy.md's table of the web app settings, in French and in English, checked against the code that reads them
 * (bot/src/config/envSchema.ts, bot/src/config/problems.ts through loadConfig) and the app settings infra/ sets
 * (infra/modules/webapp.bicep): every name the service reads appears, in the table or among the settings refused in
 * production; "required" is what loadConfig requires; the refused ones are refused; "Bicep" is what Bicep sets.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { envSchema } from "../../bot/src/config/envSchema.js";
import { ConfigError } from "../../bot/src/errors.js";
import { REPO_ROOT } from "../../scripts/render-manifest.js";
import { blockOf, properties, readInfra } from "./bicepText.js";

const doc = readFileSync(path.join(REPO_ROOT, "docs", "deploy.md"), "utf8");

interface Row {
  name: string;
  required: boolean;
  source: string;
}

/** The section under `heading`, up to the next heading of the same level. */
function section(heading: string): string {
  const start = doc.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = doc.indexOf("\n### ", start + heading.length + 2);
  return doc.slice(start, end < 0 ? undefined : end);
}

function rows(text: string, requiredWord: string): Row[] {
  return text
    .split("\n")
    .filter((line) => /^\| `[A-Za-z_]+` \|/.test(line))
    .map((line) => {
      const cells = line.split("|").map((cell) => cell.trim());
      return {
        name: (cells[1] ?? "").replaceAll("`", ""),
        required: (cells[2] ?? "").startsWith(requiredWord),
        source: cells[4] ?? "",
      };
    });
}

/**
 * The backticked names listed by the first sentence of the paragraph that opens with `opening`, asides in
 * parentheses left out (e.g. `DEV_IDENTITY=on` gives DEV_IDENTITY).
 */
function namesIn(text: string, opening: string): string[] {
  const at = text.indexOf(opening);
  expect(at, opening).toBeGreaterThan(0);
  const paragraph = text.slice(at, text.indexOf("\n\n", at)).replace(/\([^)]*\)/g, "");
  const sentence = paragraph.split(/\.\s/)[0] ?? "";
  return [...sentence.matchAll(/`([A-Za-z_]+)(?:=on)?`/g)].map((m) => m[1] as string);
}

const languages = [
  {
    language: "français",
    text: section("### Réglages de l'application web"),
    required: "obligatoire",
    refused: "**Refusés en production**",
    platform: "`webapp.bicep` fixe aussi",
  },
  {
    language: "English",
    text: section("### Web app settings"),
    required: "required",
    refused: "**Refused in production**",
    platform: "`webapp.bicep` also sets",
  },
];

const read = Object.keys(envSchema.shape).sort();
const appSettings = properties(
  blockOf(blockOf(readInfra("modules/webapp.bicep"), "resource appSettings "), "properties:"),
).map(([name]) => name);

/** A production environment as infra/ gives it (values made up). */
const COMPLETE: Record<string, string> = {
  BALISES_MODE: "production",
  MicrosoftAppId: "3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38",
  MicrosoftAppPassword: "test-only-not-a-secret",
  MicrosoftAppType: "SingleTenant",
  MicrosoftAppTenantId: "9e0b7c45-61fa-4d28-b3e9-5a7c2d8f1e06",
  AAD_APP_CLIENT_ID: "3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38",
  AAD_APP_TENANT_ID: "9e0b7c45-61fa-4d28-b3e9-5a7c2d8f1e06",
  AAD_APP_ID_URI: "api://balises.example.net/3c9e2a14-8b7d-4e0f-a5c6-91d2e7f40b38",
  PUBLIC_BASE_URL: "https://balises.example.net",
  STORAGE_TABLE_ENDPOINT: "https://stbalises.table.core.windows.net/",
  STORAGE_TABLE_PREFIX: "balises",
  RETENTION_DAYS: "730",
};

/** A value of the right format for each setting production refuses. */
const REFUSED_VALUE: Record<string, string> = {
  STORAGE_CONNECTION_STRING: "UseDevelopmentStorage=true",
  DEV_IDENTITY: "on",
  DEV_MEETING_ORGANIZER: "de000000-0000-4000-8000-000000000005",
  SEED_DEMO: "on",
  BOT_OPENID_METADATA_URL: "http://127.0.0.1:1/openid",
  BOT_LOGIN_ENDPOINT: "http://127.0.0.1:1/login",
  BALISES_TEST_PAUSE_AFTER_CLAIM_MS: "10",
  RETENTION_OVERRIDE: "PT3H",
};

function refuses(env: Record<string, string>): ConfigError | undefined {
  try {
    loadConfig(env);
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}

describe.each(languages)("docs/deploy.md, web app settings ($language)", (lang) => {
  const table = rows(lang.text, lang.required);
  const refused = namesIn(lang.text, lang.refused);

  it("names every setting the service reads, once, and only those", () => {
    const names = table.map((r) => r.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.filter((name) => refused.includes(name))).toEqual([]);
    expect([...names, ...refused].sort()).toEqual(read);
  });

  it("calls required exactly what production cannot start without", () => {
    expect(loadConfig(COMPLETE).mode).toBe("production");
    for (const row of table) {
      const without = Object.fromEntries(Object.entries(COMPLETE).filter(([key]) => key !== row.name));
      const error = refuses(without);
      if (row.name === "BALISES_MODE") expect(error).toBeUndefined();
      else expect(error !== undefined, `${row.name} required`).toBe(row.required);
    }
  });

  it("lists settings production refuses, each named in the refusal", () => {
    expect(refused.sort()).toEqual(Object.keys(REFUSED_VALUE).sort());
    for (const name of refused) {
      const error = refuses({ ...COMPLETE, [name]: REFUSED_VALUE[name] ?? "" });
      expect(
        error?.problems.some((problem) => problem.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it("says Bicep for exactly the settings infra/ sets, and lists the ones only the platform reads", () => {
    const fromBicep = table.filter((r) => r.source.startsWith("Bicep")).map((r) => r.name);
    expect(fromBicep.sort()).toEqual(appSettings.filter((name) => read.includes(name)).sort());
    expect(namesIn(lang.text, lang.platform).sort()).toEqual(appSettings.filter((name) => !read.includes(name)).sort());
  });
});

describe("docs/deploy.md, web app settings in both languages", () => {
  it("has the same rows, in the same order, with the same required settings", () => {
    const [fr, en] = languages.map((lang) => rows(lang.text, lang.required).map((r) => `${r.name}:${r.required}`));
    expect(fr).toEqual(en);
  });
});
