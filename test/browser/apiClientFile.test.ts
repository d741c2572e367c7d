/**
 * The tab's file download (tab/src/api/apiClient.ts getFile, the activity's CSV): the service's file and nothing
 * else is saved — not an error body, not a 304, not a page a proxy answered in its place, not a file cut short.
 * No browser needed: fetch is a real local HTTP server's.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createApiClient } from "../../tab/src/api/apiClient.js";
import { ApiError } from "../../tab/src/api/apiError.js";

let server: Server;
let base: string;
const seen: Array<{ url: string; authorization?: string; accept?: string }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? "", authorization: req.headers.authorization, accept: req.headers.accept });
    const path = (req.url ?? "").replace(/\?.*$/, "");
    if (path === "/api/file") {
      res.writeHead(200, { "content-type": "text/csv; charset=utf-8" }).end("\ufeffDate;Modalité\r\n");
    } else if (path === "/api/refused") {
      const error = { code: "forbidden", message: "Refusé.", messages: { "fr-CA": "Refusé.", en: "Refused." } };
      res.writeHead(403, { "content-type": "application/json" }).end(JSON.stringify({ error }));
    } else if (path === "/api/page") {
      res.writeHead(200, { "content-type": "text/html" }).end("<!doctype html><p>Connexion</p>");
    } else if (path === "/api/cut") {
      res.writeHead(200, { "content-type": "text/csv; charset=utf-8" });
      res.write("Date;Modalité\r\n");
      setTimeout(() => res.destroy(), 20);
    }
  });
  server.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const realFetch = globalThis.fetch;
  vi.stubGlobal("fetch", (input: string, init?: RequestInit) => realFetch(`${base}${input}`, init));
});
afterAll(() => {
  vi.unstubAllGlobals();
  server.close();
});

const api = createApiClient(() => Promise.resolve("jeton-de-test"));
const refusal = (path: string) =>
  api.getFile(path, "text/csv").then(
    () => undefined,
    (e: unknown) => e,
  );

describe("a file from the service", () => {
  it("is the file asked for, fetched with the token", async () => {
    const file = await api.getFile("/file?view=team&locale=fr-CA", "text/csv");
    // Byte for byte: the BOM a spreadsheet reads the UTF-8 by stays (Blob.text() would drop it).
    expect(Buffer.from(await file.arrayBuffer()).toString("utf8")).toBe("\ufeffDate;Modalité\r\n");
    expect(seen.at(-1)).toMatchObject({
      url: "/api/file?view=team&locale=fr-CA",
      authorization: "Bearer jeton-de-test",
      accept: "text/csv",
    });
  });

  it("is an error with the service's words when refused, never a file", async () => {
    const error = await refusal("/refused");
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 403, code: "forbidden", messages: { "fr-CA": "Refusé." } });
  });

  it("is an error when something else answers in its place, or when it is cut short", async () => {
    expect(await refusal("/page")).toMatchObject({ status: 200, code: "http_200" });
    expect(await refusal("/cut")).toMatchObject({ code: "network_error" });
  });
});
