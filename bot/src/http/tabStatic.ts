import { existsSync } from "node:fs";
import path from "node:path";
import express, { Router } from "express";

const NOT_BUILT = `<!doctype html><html lang="fr-CA"><meta charset="utf-8"><title>Balises</title>
<p>L'onglet n'est pas encore construit : lancez <code>npm run build:tab</code>.</p>
<p lang="en">The tab is not built yet: run <code>npm run build:tab</code>.</p></html>`;

/** Serves the built tab; any other GET outside /api and /assets falls back to index.html (client-side routes). */
export function tabRouter(distDir: string): Router {
  const router = Router();
  const index = path.join(distDir, "index.html");
  // Vite names every file under assets/ by a hash of its content: a new build gives new names, so a browser may keep
  // them for a year without asking again. One that is not there (a page opened before a redeployment asking for a
  // chunk it replaced) is a 404, never the index page's HTML in its place.
  // Other methods go on to the service's bilingual 404 (the static handler would answer an empty 405).
  const assets = express.static(path.join(distDir, "assets"), {
    index: false,
    immutable: true,
    maxAge: "365d",
    fallthrough: false,
    redirect: false,
  });
  router.use("/assets", (req, res, next) => {
    if (req.method === "GET" || req.method === "HEAD") assets(req, res, next);
    else next();
  });
  router.use(express.static(distDir, { index: false, maxAge: "1h" }));
  router.get(/^(?!\/api\/|\/healthz|\/dev\/|\/privacy|\/terms).*/, (_req, res) => {
    if (existsSync(index)) res.sendFile(index, { headers: { "Cache-Control": "no-cache" } });
    else res.status(503).type("html").send(NOT_BUILT);
  });
  return router;
}
