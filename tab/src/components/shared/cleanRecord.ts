/** Trims every string and drops optional ones left empty (the API keeps strings meaningful or absent). */
export function cleanRecord<T extends object>(record: T, optional: readonly (keyof T)[]): T {
  const out = { ...record } as Record<string, unknown>;
  for (const [key, value] of Object.entries(out)) if (typeof value === "string") out[key] = value.trim();
  for (const key of optional) if (out[key as string] === "") delete out[key as string];
  return out as T;
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
