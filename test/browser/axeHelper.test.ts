/** The accessibility assertion the tab tests rely on can fail: it reports what axe-core finds. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserTestsEnabled, launchBrowser, seriousAxeViolations, type TestBrowser } from "../support/browser.js";

describe.runIf(browserTestsEnabled())("seriousAxeViolations (browser)", () => {
  let browser: TestBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  /** A page holding, in a frame of its own origin, a page with an unlabelled button and `head` in its head. */
  async function pageWithFrame(head = ""): Promise<Page> {
    const page = await browser.newPage();
    const pages: Record<string, string> = {
      "/": '<!doctype html><html lang="fr-CA"><title>t</title><main><iframe title="onglet" src="/tab"></iframe></main></html>',
      "/tab": `<!doctype html><html lang="fr-CA"><title>f</title>${head}<main><button></button></main></html>`,
    };
    await page.route("http://hote.test/**", (route) =>
      route.fulfill({ contentType: "text/html", body: pages[new URL(route.request().url()).pathname] ?? "" }),
    );
    await page.goto("http://hote.test/");
    await page.frames()[1]!.locator("button").waitFor({ state: "attached" });
    return page;
  }

  it("reports an unlabelled button and an image without alternative text", async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="fr-CA"><title>t</title><main><button></button><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></main></html>',
    );
    const ids = (await seriousAxeViolations(page)).map((v) => v.id).sort();
    expect(ids).toEqual(["button-name", "image-alt"]);
    await page.close();
  });

  it("reaches into a frame of the page's own origin, as the Teams host stand-in holds the tab", async () => {
    const page = await pageWithFrame();
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual(["button-name"]);
    await page.close();
  });

  it("fails, rather than passes, a page with a frame axe could not audit", { timeout: 60_000 }, async () => {
    // This frame swallows every message before axe sees it: it never answers axe's ping, as a frame too busy or not
    // yet injected does not in time.
    const page = await pageWithFrame(
      '<script>addEventListener("message", (e) => e.stopImmediatePropagation(), true)</script>',
    );
    await expect(seriousAxeViolations(page)).rejects.toThrow(/axe could not audit every frame .* \(twice\): iframe/);
    await expect(seriousAxeViolations(page, ["color-contrast"])).rejects.toThrow(/could not audit every frame/);
    await page.close();
  });

  it(
    "audits a frame that takes axe longer than @axe-core/playwright's 1 s to inject",
    { timeout: 60_000 },
    async () => {
      // In this frame, axe's setting itself up takes 1.5 s (its `window.axe = …` waits), as injecting it into the tab's
      // frame could on a loaded machine: the library then gave up naming the frame as it names the page's axe.
      const page = await pageWithFrame(
        "<script>let kept; Object.defineProperty(window, 'axe', { configurable: true, get: () => kept," +
          " set: (v) => { const end = Date.now() + 1500; while (Date.now() < end); kept = v; } });</script>",
      );
      expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual(["button-name"]);
      await page.close();
    },
  );

  it("reaches into a frame of an opaque origin (about:srcdoc)", async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="fr-CA"><title>t</title><main><iframe title="onglet" srcdoc="<!doctype html><html lang=fr-CA><title>f</title><main><button></button></main></html>"></iframe></main></html>',
    );
    await page.frames()[1]!.locator("button").waitFor({ state: "attached" });
    expect((await seriousAxeViolations(page)).map((v) => v.id)).toEqual(["button-name"]);
    await page.close();
  });
});
