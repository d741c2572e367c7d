/**
 * Page frame: title, who is signed in, the development banner when simulated, then the page. A control that
 * disappears outside any section (a conflict bar, a retry) leaves the focus on the page's first section heading.
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
    useCallback(() => mainRef.current?.querySelector<HTMLElement>(`[${RESCUE_ATTRIBUTE}] > :is(h2, h3)`), []),
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
