/** The configurable tab's save contract with Teams (pages.config): validity, then setConfig on save. */
import { pages } from "@microsoft/teams-js";

export interface TabInstance {
  view: string;
}

export function tabInstanceConfig(
  instance: TabInstance,
  origin: string = window.location.origin,
): pages.InstanceConfig {
  const view = encodeURIComponent(instance.view);
  return {
    entityId: `balises-${instance.view}`,
    contentUrl: `${origin}/?view=${view}&locale={locale}&theme={theme}`,
    websiteUrl: `${origin}/?view=${view}`,
    suggestedDisplayName: "Balises",
  };
}

/** The view a reopened configuration page (canUpdateConfiguration) starts from, from the saved entity id. */
export function viewFromEntityId(entityId: string | undefined): string | undefined {
  return entityId?.startsWith("balises-") ? entityId.slice("balises-".length) : undefined;
}

export function setConfigValidity(valid: boolean): void {
  pages.config.setValidityState(valid);
}

/** Teams' Save button: `prepare` (install on the server) runs first; a failure keeps the dialog open. */
export function onConfigSave(
  getInstance: () => TabInstance,
  prepare: () => Promise<void>,
  failureMessage: (error: unknown) => string,
): void {
  pages.config.registerOnSaveHandler((saveEvent) => {
    prepare()
      .then(() => pages.config.setConfig(tabInstanceConfig(getInstance())))
      .then(
        () => saveEvent.notifySuccess(),
        (error: unknown) => saveEvent.notifyFailure(failureMessage(error)),
      );
  });
}
