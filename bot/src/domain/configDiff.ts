/**
 * Field-level differences between two configuration values, for the audit trail: dotted paths with the
 * value before and after. Objects and arrays are walked (arrays by index); a value that appears or
 * disappears is recorded whole (before or after is null). Configuration values only, never patient data.
 */
export interface FieldChange {
  path: string;
  before: unknown;
  after: unknown;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function walk(before: unknown, after: unknown, path: string, out: FieldChange[]): void {
  if (Array.isArray(before) && Array.isArray(after)) {
    const n = Math.max(before.length, after.length);
    for (let i = 0; i < n; i++) {
      const p = path ? `${path}.${i}` : String(i);
      if (i >= before.length) out.push({ path: p, before: null, after: after[i] });
      else if (i >= after.length) out.push({ path: p, before: before[i], after: null });
      else walk(before[i], after[i], p, out);
    }
    return;
  }
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    for (const key of keys) {
      const p = path ? `${path}.${key}` : key;
      walk(before[key] ?? null, after[key] ?? null, p, out);
    }
    return;
  }
  if (JSON.stringify(before) !== JSON.stringify(after))
    out.push({ path, before: before ?? null, after: after ?? null });
}

export function diffValues(before: unknown, after: unknown, prefix = ""): FieldChange[] {
  const out: FieldChange[] = [];
  walk(before ?? null, after ?? null, prefix, out);
  return out;
}
