/**
 * JSON values in Azure Table columns. A string property holds at most 64 KiB (32 K UTF-16 units), so a
 * long JSON value is split over `name`, `name_part1`, `name_part2`… and joined again on read. Rows are
 * written with Replace, so stale parts never survive a shorter value.
 * The JSON is pure ASCII (non-ASCII characters as \uXXXX escapes): no part can end inside a surrogate
 * pair, and large request bodies survive Azurite, which decodes each network chunk of a body on its own
 * and so breaks a multi-byte character that straddles two chunks (serializer.js readRequestIntoText).
 */
import type { Row } from "./tableGateway.js";

export const CHUNK_CHARS = 30_000;
/** Azure Tables: 1 MiB per entity; strings count two bytes per UTF-16 unit. Keep a margin. */
export const MAX_ENTITY_CHARS = 450_000;

function partName(name: string, i: number): string {
  return i === 0 ? name : `${name}_part${i}`;
}

export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

export function writeJsonColumn(row: Row, name: string, value: unknown): void {
  const json = asciiJson(value);
  let start = 0;
  let i = 0;
  do {
    const end = Math.min(start + CHUNK_CHARS, json.length);
    row[partName(name, i)] = json.slice(start, end);
    start = end;
    i += 1;
  } while (start < json.length);
}

export function readJsonColumn(row: Row, name: string): unknown {
  const first = row[name];
  if (typeof first !== "string") return undefined;
  let json = first;
  for (let i = 1; typeof row[partName(name, i)] === "string"; i++) json += row[partName(name, i)] as string;
  return JSON.parse(json);
}

/** Rough size of a row in UTF-16 units, to refuse what Azure Tables would refuse. */
export function rowChars(row: Row): number {
  let total = 0;
  for (const [key, value] of Object.entries(row)) total += key.length + (typeof value === "string" ? value.length : 8);
  return total;
}
