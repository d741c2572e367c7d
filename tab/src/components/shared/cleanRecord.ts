/** Trims every string and drops optional ones left empty (the API keeps strings meaningful or absent). */
export function cleanRecord<T extends object>(record: T, optional: readonly (keyof T)[]): T {
  const dropped = new Set<PropertyKey>(optional);
  const entries = Object.entries(record)
    .map(([key, value]): [string, unknown] => [key, typeof value === "string" ? value.trim() : value])
    .filter(([key, value]) => !(dropped.has(key) && value === ""));
  return Object.fromEntries(entries) as T;
}

export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}
