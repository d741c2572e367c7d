import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import HeavyFirstSequencer from "./test/support/heavyFirstSequencer.js";

export default defineConfig({
  // Tab sources reach the bot's pure modules through `@shared/*` (tab/vite.config.ts); tests that import them do too.
  resolve: { alias: { "@shared": fileURLToPath(new URL("./bot/src", import.meta.url)) } },
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["node_modules/**", "dist/**", "test/bench/**"],
    globalSetup: ["test/support/globalSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
    // Four files at a time on 2 cores: many wait on a browser, a child process or a deadline, and on a machine shared
    // with another CPU-bound process (issue 15) more files in flight keep more of the CPU. There, `npm test` took 295 s
    // with three against 317 s with two; later, 262–272 s with four against 254–280 s with three (mean 265 against 274).
    maxWorkers: 4,
    // Each file starts its own Azurite, service and browser context, so sharing a worker's module cache between
    // files is safe, and it saves importing botbuilder and friends ~110 times (≈ 70 s of a 2-core run).
    isolate: false,
    reporters: ["default"],
    // Slow kinds of test first, on a fresh clone too (test/support/heavyFirstSequencer.ts).
    sequence: { sequencer: HeavyFirstSequencer },
  },
});
