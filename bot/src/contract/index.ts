/**
 * The tab API's contract: every /api request body and query, and every answer, as zod schemas with their
 * inferred types. The bot's routes parse input with these schemas and type their answers with these types;
 * the tab's client and the API tests read the same types. Pure: zod and domain types only, no I/O.
 */
export * from "./common.js";
export * from "./matrix.js";
export * from "./me.js";
export * from "./teamConfig.js";
export * from "./learners.js";
export * from "./activity.js";
export * from "./audit.js";
export * from "./encounters.js";
export * from "./encounterPanel.js";
export * from "./myEncounters.js";
