/** A key-safe id (`[A-Za-z0-9_-]`, ≤ 64) for a team's local situation, unique among the matrix's ids. */
export function localSituationId(label: string, taken: readonly string[]): string {
  const slug = label
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48);
  const base = `local-${slug || "situation"}`;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
