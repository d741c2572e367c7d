/**
 * A section of the tab built as its own chunk (React.lazy over a named export), so the matrix view does not
 * download every other section first (issue 14). A chunk that does not arrive (network, or a redeployment
 * replaced it) rejects with SectionLoadError, which LazySection answers; other errors stay errors.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

export class SectionLoadError extends Error {
  constructor(cause: unknown) {
    super("a section of the tab could not be downloaded", { cause });
    this.name = "SectionLoadError";
  }
}

export function loadSection<P extends object, K extends string>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    load().then(
      (module) => ({ default: module[name] }),
      (cause: unknown) => {
        throw new SectionLoadError(cause);
      },
    ),
  );
}
