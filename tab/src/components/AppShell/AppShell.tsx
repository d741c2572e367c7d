/**
 * Page frame: title, who is signed in, the development banner when simulated, then the page. A control that
 * disappears outside any section (a conflict bar, a retry) leaves the focus on the heading of the section after it.
 */
import { useCallback, useRef, type ReactNode } from "react";
import { RESCUE_ATTRIBUTE, useFocusRescue } from "../Section/useFocusRescue.js";
import { format, useStrings } from "../../i18n/localeContext.js";
import { useAppShellStyles } from "./AppShell.styles.js";
import { APP_SHELL_STRINGS } from "./AppShell.strings.js";

export interface AppShellProps {
  userName?: string;
  banner?: ReactNode;
  nav?: ReactNode;
  children: ReactNode;
}

export function AppShell({ userName, banner, nav, children }: AppShellProps) {
  const styles = useAppShellStyles();
  const text = useStrings(APP_SHELL_STRINGS);
  const mainRef = useRef<HTMLElement>(null);
  useFocusRescue(
    mainRef,
    useCallback((removal: MutationRecord) => nearestHeading(mainRef.current, removal), []),
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.title}</h1>
        {userName && <span className={styles.who}>{format(text.signedInAs, { name: userName })}</span>}
      </header>
      {banner}
      {nav}
      <main ref={mainRef} className={styles.main} {...{ [RESCUE_ATTRIBUTE]: "" }}>
        {children}
      </main>
    </div>
  );
}

/** The heading of the first section after where the removed control was, else of the last one before it. */
function nearestHeading(main: HTMLElement | null, removal: MutationRecord): HTMLElement | undefined {
  const headings = [...(main?.querySelectorAll<HTMLElement>(`[${RESCUE_ATTRIBUTE}] > :is(h2, h3)`) ?? [])];
  const follows = (node: Node, h: HTMLElement) =>
    (node.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  // At or after the node that took the removed one's place; else after its parent's end.
  const next = removal.nextSibling;
  const after = (h: HTMLElement) =>
    next
      ? next === h || next.contains(h) || follows(next, h)
      : follows(removal.target, h) && !removal.target.contains(h);
  return headings.find(after) ?? headings.at(-1);
}
