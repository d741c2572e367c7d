/**
 * JSON values in Azure Table columns. A string property holds at most 64 KiB (32 K UTF-16 units), so a
 * long JSON value is split over `name`, `name_part1`, `name_part2`… (never through a surrogate pair) and
 * joined again on read. Rows are written with Replace, so stale parts never survive a shorter value.
 */
import type { Row } from "./tableGateway.js";

export const CHUNK_CHARS = 30_000;
/** Azure Tables: 1 MiB per entity; strings count two bytes per UTF-16 unit. Keep a margin. */
export const MAX_ENTITY_CHARS = 450_000;

function partName(name: string, i: number): string {
  return i === 0 ? name : `${name}_part${i}`;
}

export function writeJsonColumn(row: Row, name: string, value: unknown): void {
  const json = JSON.stringify(value);
  let start = 0;
  let i = 0;
  do {
    let end = Math.min(start + CHUNK_CHARS, json.length);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
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
