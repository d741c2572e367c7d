/** How often the side panel reads its encounter again: two clinicians see each other's changes within it. */
export const ENCOUNTER_POLL_MS = 5_000;
