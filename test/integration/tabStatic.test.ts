/**
 * How the built tab is served (issue 14): the files Vite names by their content's hash are kept by browsers for a
 * year; index.html is asked again each time, so a redeployment reaches every tab; a chunk that is no longer there is
 * a 404, not the index page in its place (which the browser refused as a module script, text/html, with an error
 * that named nothing missing).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tabRouter } from "../../bot/src/http/tabStatic.js";
import { errorMiddleware, notFound } from "../../bot/src/http/errorMiddleware.js";
import { createLogger } from "../../bot/src/logger.js";

let server: ReturnType<express.Express["listen"]>;
let url = "";
const dist = mkdtempSync(path.join(tmpdir(), "balises-tab-static-"));

describe("the built tab over HTTP", () => {
  beforeAll(async () => {
    mkdirSync(path.join(dist, "assets"));
    writeFileSync(path.join(dist, "index.html"), '<!doctype html><script type="module" src="/assets/index-Ab12Cd.js">');
    writeFileSync(path.join(dist, "assets", "index-Ab12Cd.js"), "export {};");
    writeFileSync(path.join(dist, "color.png"), "png");
    // As the composition root orders them: the tab, then the 404 for anything else, then the error handler.
    const app = express()
      .use(tabRouter(dist))
      .use(notFound)
      .use(errorMiddleware(createLogger("silent")));
    await new Promise<void>((resolve) => (server = app.listen(0, "127.0.0.1", () => resolve())));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dist, { recursive: true, force: true });
  });

  it("lets browsers keep a hashed asset for a year, unchanged", async () => {
    const response = await fetch(`${url}/assets/index-Ab12Cd.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("has index.html asked again each time, for a client-side route too", async () => {
    for (const route of ["/", "/config"]) {
      const response = await fetch(`${url}${route}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      await expect(response.text()).resolves.toContain("/assets/index-Ab12Cd.js");
    }
  });

  it("keeps other files an hour", async () => {
    expect((await fetch(`${url}/color.png`)).headers.get("cache-control")).toBe("public, max-age=3600");
  });

  it("answers a chunk that is no longer there, or the folder itself, with a bilingual 404, not the index page", async () => {
    for (const folder of ["/assets", "/assets/"]) expect((await fetch(`${url}${folder}`)).status).toBe(404);
    const response = await fetch(`${url}/assets/Section-Old123.js`, { headers: { "accept-language": "en" } });
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { error: { code: string; messages: Record<string, string> } };
    expect(body.error).toMatchObject({ code: "not_found", messages: { "fr-CA": "Introuvable.", en: "Not found." } });
  });

  it("answers another method, on a file or a page of the tab, with the same bilingual 404", async () => {
    for (const [method, route] of [
      ["POST", "/assets/index-Ab12Cd.js"],
      ["PUT", "/assets/Section-Old123.js"],
      ["POST", "/config"],
      ["DELETE", "/"],
    ] as const) {
      const response = await fetch(`${url}${route}`, { method });
      expect(response.status, `${method} ${route}`).toBe(404);
      await expect(response.json()).resolves.toMatchObject({ error: { code: "not_found" } });
    }
  });
});
