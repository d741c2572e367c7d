/**
 * Normalises what a person typed to the bot: mentions removed (Teams wraps them in <at>…</at>),
 * case and accents folded, so "Matrice", "MATRICE" and "@Balises matrice" are the same command.
 */
export function normalizeCommand(text: unknown): string {
  return (typeof text === "string" ? text : "")
    .replace(/<at>[^<]*<\/at>/gi, " ")
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
