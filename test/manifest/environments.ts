/** The committed env files plus a stand-in for what `provision` writes, as the manifest tests use them. */
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  loadEnvironment,
  renderAppPackage,
  type EnvValues,
  type RenderedPackage,
} from "../../scripts/render-manifest.js";

export const PROVISIONED_FIXTURE = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "fixtures",
  "provisioned.env",
);

/** The toolkit environments this repository commits (env/.env.<name>). */
export const ENVIRONMENTS = ["local", "dev"] as const;

export function provisionedValues(env: string): EnvValues {
  // `overrides: {}`: never let the test runner's own environment leak into the render.
  return loadEnvironment(env, { extraFiles: [PROVISIONED_FIXTURE], overrides: {} });
}

export function renderProvisioned(env: string): RenderedPackage {
  return renderAppPackage(provisionedValues(env));
}

export function clonePackage(rendered: RenderedPackage): RenderedPackage {
  return {
    manifest: structuredClone(rendered.manifest),
    localizations: structuredClone(rendered.localizations),
    files: rendered.files.map((f) => ({ name: f.name, content: Buffer.from(f.content) })),
  };
}
