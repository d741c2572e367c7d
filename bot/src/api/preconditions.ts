/**
 * If-Match / If-None-Match of the tab API. An ETag is sent back verbatim (`W/"datetime'…'"` from Azure
 * Tables) or `*`. Anything else cannot match the stored version: 412, never a storage error.
 */
import type { Request } from "express";
import { EtagConflictError } from "../errors.js";

const ENTITY_TAG = /^(W\/)?"[^"]{0,500}"$/;
/** C0 control characters and DEL never belong in an entity tag. */
const hasControl = (text: string) => Array.from(text, (c) => c.charCodeAt(0)).some((n) => n <= 0x1f || n === 0x7f);

export type Precondition = { ifMatch: string } | { ifNoneMatchAny: true };

export function ifMatchOf(req: Request): string | undefined {
  const raw = req.get("if-match")?.trim();
  if (raw === undefined || raw === "") return undefined;
  if (raw !== "*" && (!ENTITY_TAG.test(raw) || hasControl(raw))) throw new EtagConflictError();
  return raw;
}

export function preconditionOf(req: Request): Precondition | undefined {
  const ifMatch = ifMatchOf(req);
  if (ifMatch !== undefined) return { ifMatch };
  if (req.get("if-none-match")?.trim() === "*") return { ifNoneMatchAny: true };
  return undefined;
}
