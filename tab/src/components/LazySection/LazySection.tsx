/**
 * Where a section built as its own chunk (loadSection) appears: a spinner while the chunk arrives, in a region
 * marked aria-busy so that assistive technologies (and tests) know the page is not complete yet; if the chunk
 * never arrives, the load error with a retry that reloads the tab (a redeployment may have replaced the chunk).
 */
import { Component, Suspense, type ReactNode } from "react";
import { Spinner } from "@fluentui/react-components";
import { useStrings } from "../../i18n/localeContext.js";
import { LoadError } from "../LoadError/LoadError.js";
import { LAZY_SECTION_STRINGS } from "./LazySection.strings.js";
import { SectionLoadError } from "./loadSection.js";

/** `fallback`: what stands in while the chunk arrives, a spinner unless the page has better. */
export function LazySection({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const text = useStrings(LAZY_SECTION_STRINGS);
  return (
    <SectionLoadBoundary>
      <Suspense fallback={<div aria-busy="true">{fallback ?? <Spinner label={text.loading} />}</div>}>
        {children}
      </Suspense>
    </SectionLoadBoundary>
  );
}

interface Caught {
  caught?: { error: unknown };
}

class SectionLoadBoundary extends Component<{ children: ReactNode }, Caught> {
  override state: Caught = {};

  static getDerivedStateFromError(error: unknown): Caught {
    return { caught: { error } };
  }

  override render(): ReactNode {
    const error = this.state.caught?.error;
    if (!this.state.caught) return this.props.children;
    // Only a chunk that did not arrive is this boundary's to explain: anything else goes up as before.
    if (!(error instanceof SectionLoadError)) throw error;
    return <LoadError error={error} onRetry={() => window.location.reload()} />;
  }
}
