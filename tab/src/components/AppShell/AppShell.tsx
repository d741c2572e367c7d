/** Page frame: title, who is signed in, the development banner when simulated, then the page. */
import type { ReactNode } from "react";
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
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <h1 className={styles.title}>{text.title}</h1>
        {userName && <span className={styles.who}>{format(text.signedInAs, { name: userName })}</span>}
      </header>
      {banner}
      {nav}
      <main className={styles.main}>{children}</main>
    </div>
  );
}
