/**
 * Headless Chromium for the tab's browser tests, driven by playwright-core (never `npx playwright install`:
 * the system's Chromium: Debian's chromium-headless-shell, else /usr/bin/chromium). One Chromium serves the whole run (started by test/support/globalSetup.ts,
 * reached over its WebSocket endpoint): on a busy 2-core machine, a Chromium per test file cost more than
 * the tests. Each test browser is a fresh context (its own cookies and storage), closed after use.
 * Locally, a missing Chromium skips the browser tests with a message; with CI=true they fail.
 */
import { existsSync } from "node:fs";
import { AxeBuilder } from "@axe-core/playwright";
import axe from "axe-core";
import { chromium, type BrowserContext, type BrowserServer, type Frame, type Page } from "playwright-core";
import { inject } from "vitest";

declare module "vitest" {
  export interface ProvidedContext {
    /** The shared Chromium's WebSocket endpoint, or "" when browser tests do not run. */
    chromiumEndpoint: string;
  }
}

/**
 * The headless shell is Chromium without the desktop browser around it (Playwright's own choice for headless runs):
 * on a loaded 2-core machine it spent half the CPU of the full browser on the same tests, most of it saved in the
 * browser process. The full browser runs the same tests where the shell is not installed.
 */
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const CHROMIUM_PATH =
  process.env.CHROMIUM_PATH ?? (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-dev-shm-usage",
  // Tests are offline: teams-js asks a CDN for its list of valid origins and falls back to its own. Names other
  // than the test's own servers do not resolve. (A Playwright route would do the same by pausing every request of
  // every page for a round trip to the test process: a tenth of the browser tests' time.)
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
];

/** True when the browser tests can run; false only locally without Chromium (CI always runs them). */
export function browserTestsEnabled(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === "true") return true; // launching fails loudly: CI must not skip
  console.warn(
    `Browser tests SKIPPED: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium-headless-shell, or set CHROMIUM_PATH).`,
  );
  return false;
}

export interface TestBrowser {
  context: BrowserContext;
  newPage: () => Promise<Page>;
  close: () => Promise<void>;
}

/** Starts the run's one Chromium (globalSetup). */
export function launchSharedChromium(): Promise<BrowserServer> {
  return chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}

export async function launchBrowser(options: { colorScheme?: "light" | "dark" } = {}): Promise<TestBrowser> {
  const endpoint = inject("chromiumEndpoint");
  if (!endpoint) throw new Error(`No shared Chromium for this run (is ${CHROMIUM_PATH} installed?)`);
  const browser = await chromium.connect(endpoint);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    locale: "fr-CA",
    timezoneId: "America/Montreal",
    reducedMotion: "reduce",
  });
  return {
    context,
    newPage: () => context.newPage(),
    close: async () => {
      await context.close();
      await browser.close();
    },
  };
}

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/**
 * Tabster (Fluent UI v9's focus manager) inserts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>`
 * sentinels that hand focus on at once; axe reports them as aria-hidden-focus. Fluent lists this as a known
 * false positive and Accessibility Insights suppresses exactly these nodes (microsoft/tabster#288,
 * microsoft/accessibility-insights-web#7605). Only those nodes of that rule are set aside.
 */
function isTabsterSentinel(ruleId: string, html: string): boolean {
  return ruleId === "aria-hidden-focus" && html.includes("data-tabster-dummy");
}

/** Axe's rules about colour: all that changes between Teams' themes (structure, names and roles do not). */
export const COLOUR_RULES = ["color-contrast", "link-in-text-block"];

/**
 * Every part of the tab built as its own chunk has arrived (none is aria-busy, tab/src/components/LazySection):
 * from then on, what the page does not show, it will not show. Checks that something is absent wait for this.
 */
export async function sectionsLoaded(page: Page | Frame): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
}

/**
 * axe-core on the whole page (or only the rules in `only`), once every frame has its lazily loaded parts (an audit
 * of a loading spinner would pass whatever the section holds); only serious and critical violations are returned.
 */
export async function seriousAxeViolations(page: Page, only?: readonly string[]): Promise<AxeViolation[]> {
  for (const frame of page.frames()) await sectionsLoaded(frame);
  // Only violations come back in full: the passing nodes of a whole page are megabytes of JSON to serialise
  // in the browser and parse here, for nothing. A frame gets 5 s to answer axe's ping, not 500 ms (see unaudited).
  const builder = new AxeBuilder({ page, axeSource: NAMED_AXE }).options({
    resultTypes: ["violations"],
    pingWaitTime: 5_000,
  });
  // Where every frame is the page's own origin (the tab alone, or in the Teams host stand-in, served by the same
  // service), axe.run in the page reaches them all: the same audit as the default's runPartial + finishRun, minus the
  // blank page the latter opens and injects axe into again — half the time of an audit (issue 15).
  const origin = originOf(page.url());
  if (page.frames().length === 1 || (origin && page.frames().every((f) => originOf(f.url()) === origin)))
    builder.setLegacyMode(true);
  if (only) builder.withRules([...only, FRAME_TESTED]);
  else builder.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]);
  let results = await builder.analyze();
  if (unaudited(results).length > 0) results = await builder.analyze();
  const missed = unaudited(results);
  if (missed.length > 0)
    throw new Error(`axe could not audit every frame of ${page.url()} (twice): ${missed.join(", ")}`);
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const FRAME_TESTED = "frame-tested";

/**
 * axe-core that names itself as `@axe-core/playwright` names it. axe's frames answer only the messages of axe under
 * the same name, and the library names a frame only when injecting axe there took less than 1 s: on a busy machine
 * the tab's frame in the Teams host stand-in took longer, kept axe's own name, ignored every ping from the page, and
 * the audit failed twice (issue 15). Named by the script itself, a frame is named whenever its injection ends.
 */
const NAMED_AXE = `${axe.source};axe.configure({ branding: { application: "playwright" } });`;

/**
 * The frames axe could not audit. It skips without a word a frame that does not answer its ping in time (too busy,
 * or holding axe under another name: see NAMED_AXE): on a busy machine the tab in the Teams host stand-in went
 * unaudited and its violations unseen (issue 15). Its frame-tested rule lists them as needing review.
 */
function unaudited(results: { incomplete: Array<{ id: string; nodes: Array<{ target: unknown[] }> }> }): string[] {
  return results.incomplete
    .filter((r) => r.id === FRAME_TESTED)
    .flatMap((r) => r.nodes.map((n) => n.target.map(String).join(" ")));
}

/** A URL's origin; undefined for an opaque one (about:, data:, a sandbox), which is never the same as another. */
function originOf(url: string): string | undefined {
  const origin = URL.canParse(url) ? new URL(url).origin : "null";
  return origin === "null" ? undefined : origin;
}

/**
 * A full-page screenshot for a human eye, at /tmp/balises-<name>.png. Not in CI, where no one looks at it and each
 * one costs the browser a tenth of a second of CPU (issue 15: the suite on a loaded 2-core machine).
 */
export async function screenshotForReview(page: Page, name: string): Promise<void> {
  if (process.env.CI === "true") return;
  await page.screenshot({ path: `/tmp/balises-${name}.png`, fullPage: true });
}

/**
 * Collects uncaught page errors and console errors, so a test can assert the tab did not crash.
 * "Failed to load resource" lines are the browser reporting HTTP answers (a refused 400 is expected) or
 * the aborted offline CDN request: the tab's own handling of those is what the tests check.
 */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
      errors.push(`console: ${message.text()}`);
  });
  return errors;
}
