/** Theme and language around whatever the host allows: Teams, the dev identity, or a clear refusal. */
import { useEffect } from "react";
import { FluentProvider, Spinner } from "@fluentui/react-components";
import { pick, resolveLocale } from "@shared/i18n/locale.js";
import { readLaunchParams } from "./host/launchParams.js";
import { FLUENT_THEMES, resolveThemeName } from "./host/themeName.js";
import { useHost } from "./hooks/useHost.js";
import { useThemeName } from "./hooks/useThemeName.js";
import { LocaleContext } from "./i18n/localeContext.js";
import { SignedIn } from "./components/SignedIn/SignedIn.js";
import { Unavailable } from "./components/Unavailable/Unavailable.js";
import { useAppStyles } from "./App.styles.js";
import { APP_STRINGS } from "./App.strings.js";

const params = readLaunchParams();

export function App() {
  const styles = useAppStyles();
  const host = useHost(params);
  const themeName = useThemeName(host, resolveThemeName(params.theme));
  const locale = host?.locale ?? resolveLocale(params.locale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  return (
    <LocaleContext.Provider value={locale}>
      <FluentProvider
        theme={FLUENT_THEMES[themeName]}
        className={themeName !== "light" ? styles.dark : undefined}
        data-theme={themeName}
      >
        <div className={styles.page}>
          {host === null ? (
            <Spinner className={styles.boot} label={pick(APP_STRINGS, locale).loading} />
          ) : host.kind === "unavailable" ? (
            <Unavailable />
          ) : (
            <SignedIn host={host} params={params} />
          )}
        </div>
      </FluentProvider>
    </LocaleContext.Provider>
  );
}
