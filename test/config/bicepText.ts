/**
 * Just enough Bicep reading for tests, since no Bicep compiler runs here: blocks by brace matching,
 * `key: expression` properties, `param` declarations, and evaluation of the simple expressions
 * infra/ uses (string literals with ${…} interpolation, identifiers, dotted references, string(…)).
 * An expression it cannot evaluate is an error, so a change in infra/ cannot slip past the tests.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { REPO_ROOT } from "../../scripts/render-manifest.js";

export function readInfra(file: string): string {
  return readFileSync(path.join(REPO_ROOT, "infra", file), "utf8");
}

/** The text inside the `{ … }` that opens at or after `from`. */
export function blockAfter(text: string, from: number): string {
  const open = text.indexOf("{", from);
  if (open < 0) throw new Error("no block found");
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return text.slice(open + 1, i);
  }
  throw new Error("unbalanced braces");
}

/** The body of the first block whose header matches `header` (e.g. `resource appSettings `). */
export function blockOf(text: string, header: string | RegExp): string {
  const at = typeof header === "string" ? text.indexOf(header) : text.search(header);
  if (at < 0) throw new Error(`no ${String(header)} in the Bicep text`);
  return blockAfter(text, at);
}

/** Drops a trailing `// comment`, but not a `//` inside a '…' string (e.g. 'api://…'). */
function withoutComment(expression: string): string {
  let quoted = false;
  for (let i = 0; i < expression.length; i++) {
    if (expression[i] === "'") quoted = !quoted;
    else if (!quoted && expression.startsWith("//", i)) return expression.slice(0, i).trimEnd();
  }
  return expression.trimEnd();
}

/** `key: expression` lines directly inside a block (nested blocks skipped), in order. */
export function properties(block: string): [string, string][] {
  const result: [string, string][] = [];
  let depth = 0;
  for (const line of block.split("\n")) {
    const trimmed = line.trim();
    if (depth === 0) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*):\s*(.*)$/.exec(trimmed);
      if (match && match[2] !== "{" && match[2] !== "[")
        result.push([match[1] as string, withoutComment(match[2] as string)]);
    }
    for (const ch of trimmed.replace(/'[^']*'/g, "")) {
      if (ch === "{" || ch === "[") depth++;
      else if (ch === "}" || ch === "]") depth--;
    }
  }
  return result;
}

export interface BicepParam {
  name: string;
  type: string;
  defaultExpression?: string;
  secure: boolean;
}

export function params(text: string): BicepParam[] {
  const lines = text.split("\n");
  return lines.flatMap((line, i) => {
    const match = /^param (\w+) (\w+)(?: = (.+))?$/.exec(line.trim());
    if (!match) return [];
    let secure = false;
    for (let j = i - 1; j >= 0 && (lines[j] ?? "").trim().startsWith("@"); j--)
      if ((lines[j] ?? "").includes("@secure()")) secure = true;
    return [{ name: match[1] as string, type: match[2] as string, defaultExpression: match[3], secure }];
  });
}

export type Scope = Record<string, string | number>;

/** Evaluates one of the simple expressions used in infra/, in a scope of known names. */
export function evaluate(expression: string, scope: Scope): string | number {
  const expr = expression.trim();
  const literal = /^'(.*)'$/.exec(expr);
  if (literal) {
    return (literal[1] as string).replace(/\$\{([^}]+)\}/g, (_all, inner: string) => String(evaluate(inner, scope)));
  }
  if (/^\d+$/.test(expr)) return Number(expr);
  if (expr === "true" || expr === "false") return expr;
  const call = /^string\((.+)\)$/.exec(expr);
  if (call) return String(evaluate(call[1] as string, scope));
  if (/^[A-Za-z_][\w.]*$/.test(expr) && expr in scope) return scope[expr] as string | number;
  throw new Error(`cannot evaluate Bicep expression "${expr}" (known: ${Object.keys(scope).join(", ")})`);
}
