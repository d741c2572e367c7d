/** The headers every answer carries: who may frame the tab (Teams' documented hosts), and HTTPS only in production. */
import type { AddressInfo } from "node:net";
import express from "express";
import { describe, expect, it } from "vitest";
import { securityHeaders } from "../../bot/src/http/securityHeaders.js";

async function headersOf(httpsOnly: boolean): Promise<Headers> {
  const app = express().use(securityHeaders({ httpsOnly }));
  app.get("/", (_req, res) => void res.send("ok"));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  try {
    return (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`)).headers;
  } finally {
    server.close();
  }
}

describe("security headers", () => {
  // learn.microsoft.com/microsoftteams/platform/tabs/how-to/tab-requirements: the hosts that may frame a tab
  it("lets every documented Teams, Microsoft 365 and Outlook host frame the tab", async () => {
    const csp = (await headersOf(false)).get("content-security-policy") ?? "";
    for (const host of [
      "https://*.cloud.microsoft",
      "https://teams.microsoft.com",
      "https://*.teams.microsoft.com",
      "https://*.microsoft365.com",
      "https://*.office.com",
      "https://outlook.office.com",
      "https://outlook.office365.com",
    ])
      expect(csp.split(/[ ;]+/)).toContain(host);
  });

  it("forbids plugins, a base elsewhere and forms posted elsewhere", async () => {
    const csp = (await headersOf(false)).get("content-security-policy") ?? "";
    expect(csp.split("; ").slice(1)).toEqual(["object-src 'none'", "base-uri 'self'", "form-action 'self'"]);
  });

  it("asks browsers for HTTPS only in production (a local service answers plain HTTP)", async () => {
    expect((await headersOf(true)).get("strict-transport-security")).toBe("max-age=31536000");
    expect((await headersOf(false)).get("strict-transport-security")).toBeNull();
  });
});
