/** The checks refuse broken packages: each mutation below must be reported (so the zero-problem result means something). */
import { describe, expect, it } from "vitest";
import { validateAppPackage, type RenderedPackage } from "../../scripts/render-manifest.js";
import { clonePackage, renderProvisioned } from "./environments.js";

const good = renderProvisioned("dev");

type Key = string | number;

/** Sets (or, with `undefined`, deletes) the value at a JSON path inside a parsed document. */
function edit(root: unknown, pathKeys: Key[], value: unknown): void {
  let node = root as Record<Key, unknown>;
  for (const key of pathKeys.slice(0, -1)) node = node[key] as Record<Key, unknown>;
  const last = pathKeys[pathKeys.length - 1] as Key;
  if (value === undefined) Reflect.deleteProperty(node, last);
  else node[last] = value;
}

function problemsAfter(mutate: (p: RenderedPackage) => void): string[] {
  const copy = clonePackage(good);
  mutate(copy);
  return validateAppPackage(copy);
}

describe("validateAppPackage", () => {
  it("reports a manifest that breaks the official schema, with the JSON path", () => {
    const problems = problemsAfter((p) => {
      edit(p.manifest, ["bots", 0, "scopes"], ["everywhere"]);
    });
    expect(problems.some((m) => m.startsWith("manifest.json/bots/0/scopes/0"))).toBe(true);
  });

  it("reports a missing required manifest field", () => {
    const problems = problemsAfter((p) => {
      edit(p.manifest, ["developer"], undefined);
    });
    expect(problems.join("\n")).toMatch(/developer/);
  });

  it("reports a localization key the official localization schema does not allow", () => {
    const problems = problemsAfter((p) => {
      edit(p.localizations, ["en.json", "configurableTabs[0].name"], "Team");
    });
    expect(problems.some((m) => m.startsWith("en.json"))).toBe(true);
  });

  it("reports a localization file without its required keys", () => {
    const problems = problemsAfter((p) => {
      edit(p.localizations, ["en.json", "description.short"], undefined);
    });
    expect(problems.join("\n")).toMatch(/en\.json.*description\.short/);
  });

  it("refuses a bot id different from webApplicationInfo.id (meeting RSC would not reach the bot)", () => {
    const problems = problemsAfter((p) => {
      edit(p.manifest, ["bots", 0, "botId"], "11111111-2222-3333-4444-555555555555");
    });
    expect(problems.join("\n")).toMatch(/webApplicationInfo\.id .* must equal bots\[0\]\.botId/);
  });

  it("refuses a tab URL outside validDomains", () => {
    const problems = problemsAfter((p) => {
      edit(p.manifest, ["staticTabs", 0, "contentUrl"], "https://elsewhere.example/?view=personal");
    });
    expect(problems.join("\n")).toMatch(/elsewhere\.example.*validDomains/);
  });

  it("refuses an icon of the wrong size", () => {
    const problems = problemsAfter((p) => {
      const outline = p.files.find((f) => f.name === "outline.png");
      const color = p.files.find((f) => f.name === "color.png");
      if (outline && color) outline.content = Buffer.from(color.content);
    });
    expect(problems).toContain("icon outline.png must be 32×32, found 192×192");
  });

  it("refuses a manifestVersion whose schema is not bundled", () => {
    const problems = problemsAfter((p) => {
      edit(p.manifest, ["manifestVersion"], "9.99");
    });
    expect(problems.join("\n")).toMatch(/no bundled schema for manifestVersion 9\.99/);
  });
});
