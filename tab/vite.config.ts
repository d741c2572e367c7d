/**
 * The Teams tab bundle. Built from the repository root (`npm run build:tab`) into tab/dist, which the
 * service serves (bot/src/http/tabStatic.ts). The bot's pure modules (domain, i18n, contract) are bundled through
 * the `@shared/*` alias (→ bot/src/*, mirrored in tab/tsconfig.json `paths`), never botbuilder.
 * The first download is the matrix view; the rest is split where the code says so (React.lazy through
 * components/LazySection, dynamic imports), not here: Rolldown's default chunks measured best
 * (`node --import tsx test/bench/tabBundle.bench.ts`), merging or inlining common chunks did not shrink it.
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import { buildStamp } from "./buildStamp.js";

const tabDir = fileURLToPath(new URL(".", import.meta.url));
const sharedDir = fileURLToPath(new URL("../bot/src", import.meta.url));

export default defineConfig({
  root: tabDir,
  base: "/",
  plugins: [react(), buildStamp()],
  resolve: { alias: { "@shared": sharedDir } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
  logLevel: "warn",
});
