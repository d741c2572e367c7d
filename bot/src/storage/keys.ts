/**
 * Azure Table keys forbid / \ # ? and control characters. Teams ids contain several of these
 * (meeting ids are base64, conversation ids carry ':' '@' ';'), so every key part goes through here.
 * The escape is reversible and keeps the lexical order of plain ASCII parts, which range queries need.
 */
const UNSAFE = /[/\\#?%~|\p{Cc}]/gu;

export function escapeKeyPart(part: string): string {
  return part.replace(UNSAFE, (c) => `~${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

export function unescapeKeyPart(part: string): string {
  return part.replace(/~([0-9a-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Joins escaped parts with '|', which never appears inside an escaped part. */
export function compositeKey(...parts: string[]): string {
  return parts.map(escapeKeyPart).join("|");
}

/** Upper bound for a prefix range query: every key starting with `prefix` sorts below it. */
export function prefixUpperBound(prefix: string): string {
  return prefix + "\uffff";
}
