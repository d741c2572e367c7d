#!/usr/bin/env node
// `npm run typecheck` and `eslint .` with each TypeScript program built once (issue 15). Run apart, tsc and ESLint's
// type-aware rules each parse and type-check the same ~750 files: about 30 s of CPU done twice on a 2-core CI
// machine. Here ESLint is handed the program tsc just checked (typescript-eslint's `parserOptions.programs`), so its
// rules read types the checker already computed. Same configuration, same rules, same exit codes as the two.
// Arguments name the parts (default: both): `service` (tsconfig.json; every file outside tab/) and `tab`
// (tab/tsconfig.json; tab/). `npm test` runs them as two processes, so that on a busy machine they run side by side.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function program(tsconfig) {
  const parsed = ts.getParsedCommandLineOfConfigFile(path.join(root, tsconfig), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
    },
  });
  return ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    configFileParsingDiagnostics: parsed.errors,
  });
}

const formatHost = {
  getCanonicalFileName: (name) => name,
  getCurrentDirectory: () => root,
  getNewLine: () => "\n",
};

const PARTS = {
  service: { tsconfig: "tsconfig.json", lint: ["."], ignore: ["tab/"] },
  tab: { tsconfig: "tab/tsconfig.json", lint: ["tab"], ignore: [] },
};
const names = process.argv.length > 2 ? process.argv.slice(2) : Object.keys(PARTS);
const unknown = names.filter((name) => !(name in PARTS));
if (unknown.length > 0)
  throw new Error(`unknown part(s): ${unknown.join(", ")} (known: ${Object.keys(PARTS).join(", ")})`);

let failed = false;
for (const name of names) {
  const part = PARTS[name];
  const built = program(part.tsconfig);
  const diagnostics = ts.getPreEmitDiagnostics(built);
  if (diagnostics.length > 0) process.stdout.write(ts.formatDiagnosticsWithColorAndContext(diagnostics, formatHost));
  process.stdout.write(`typecheck ${part.tsconfig}: ${diagnostics.length} error(s)\n`);

  // `bot/src/domain` belongs to both programs: the service part lints it, as the service compiles it.
  const eslint = new ESLint({
    cwd: root,
    ignorePatterns: part.ignore,
    overrideConfig: [
      { files: ["**/*.{ts,tsx}"], languageOptions: { parserOptions: { projectService: false, programs: [built] } } },
    ],
  });
  const results = await eslint.lintFiles(part.lint);
  const lintOutput = await (await eslint.loadFormatter("stylish")).format(results);
  if (lintOutput) process.stdout.write(lintOutput);
  const lintErrors = results.reduce((sum, r) => sum + r.errorCount + r.fatalErrorCount, 0);
  const lintWarnings = results.reduce((sum, r) => sum + r.warningCount, 0);
  process.stdout.write(
    `ESLint ${part.lint.join(" ")}: ${results.length} files, ${lintErrors} error(s), ${lintWarnings} warning(s)\n`,
  );
  failed ||= diagnostics.length > 0 || lintErrors > 0;
}
process.exitCode = failed ? 1 : 0;
