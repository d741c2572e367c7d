/**
 * The rendered Teams manifest (env/.env.local and env/.env.dev + provision outputs) against the official
 * schema bundled in @microsoft/app-manifest, and the app's own requirements (issues: fr-CA first, meeting
 * tab contexts, RSC for meeting events, SSO).
 */
import { describe, expect, it } from "vitest";
import { validateAppPackage } from "../../scripts/render-manifest.js";
import { COMMAND_CATALOG } from "../../bot/src/cards/commandCatalog.js";
import { ENVIRONMENTS, provisionedValues, renderProvisioned } from "./environments.js";

interface Manifest {
  manifestVersion: string;
  $schema: string;
  id: string;
  name: { short: string; full: string };
  localizationInfo: { defaultLanguageTag: string; additionalLanguages: { languageTag: string; file: string }[] };
  bots: {
    botId: string;
    scopes: string[];
    supportsFiles: boolean;
    isNotificationOnly: boolean;
    commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
  }[];
  configurableTabs: {
    configurationUrl: string;
    canUpdateConfiguration: boolean;
    scopes: string[];
    context: string[];
  }[];
  staticTabs: { entityId: string; name?: string; contentUrl?: string; scopes: string[] }[];
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
  authorization: { permissions: { resourceSpecific: { name: string; type: string }[] } };
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
}

describe.each(ENVIRONMENTS)("rendered manifest for env/.env.%s", (env) => {
  const values = provisionedValues(env);
  const rendered = renderProvisioned(env);
  const manifest = rendered.manifest as unknown as Manifest;
  const domain = values.BOT_DOMAIN as string;

  it("passes the official manifest and localization schemas and the app rules with zero problems", () => {
    expect(validateAppPackage(rendered)).toEqual([]);
  });

  it("leaves no ${{…}} placeholder in any file of the package", () => {
    for (const file of rendered.files.filter((f) => f.name.endsWith(".json"))) {
      expect(file.content.toString("utf8"), file.name).not.toMatch(/\$\{\{/);
    }
  });

  it("is French (fr-CA) first, with en.json for en and en-us", () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe("fr-ca");
    expect(manifest.localizationInfo.additionalLanguages).toEqual([
      { languageTag: "en", file: "en.json" },
      { languageTag: "en-us", file: "en.json" },
    ]);
    expect(Object.keys(rendered.localizations)).toEqual(["en.json"]);
    expect(manifest.name.short).toBe(`Balises télésanté${values.APP_NAME_SUFFIX}`);
    expect(manifest.staticTabs[0]?.name).toBe("Mes rencontres");
    expect(rendered.localizations["en.json"]?.["staticTabs[0].name"]).toBe("My encounters");
  });

  it("declares the bot in personal, team and group chat with the French commands", () => {
    const bot = manifest.bots[0];
    expect(manifest.bots).toHaveLength(1);
    expect(bot?.botId).toBe(values.BOT_ID);
    expect(bot?.scopes).toEqual(["personal", "team", "groupChat"]);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.isNotificationOnly).toBe(false);
    // The commands Teams suggests are those the bot answers, described as its help card describes them: "note"
    // closes the encounter, which a description that only promised the note block did not say.
    expect(bot?.commandLists[0]?.commands).toEqual(
      COMMAND_CATALOG.map((c) => ({ title: c.name["fr-CA"], description: c.description["fr-CA"] })),
    );
    const en = rendered.localizations["en.json"] ?? {};
    COMMAND_CATALOG.forEach((c, i) => {
      const key = `bots[0].commandLists[0].commands[${i}]`;
      expect({ title: en[`${key}.title`], description: en[`${key}.description`] }, `command ${i} in English`).toEqual({
        title: c.name.en,
        description: c.description.en,
      });
    });
  });

  it("offers the configurable tab in channels, chats and every meeting surface", () => {
    const tab = manifest.configurableTabs[0];
    expect(tab?.configurationUrl.startsWith(`https://${domain}/config?`)).toBe(true);
    expect(tab?.canUpdateConfiguration).toBe(true);
    expect(tab?.scopes).toEqual(["team", "groupChat"]);
    expect(tab?.context).toEqual(
      expect.arrayContaining([
        "channelTab",
        "privateChatTab",
        "meetingChatTab",
        "meetingDetailsTab",
        "meetingSidePanel",
      ]),
    );
  });

  it("has the personal tab « mes-rencontres » on the service's domain", () => {
    const personal = manifest.staticTabs.find((t) => t.entityId === "mes-rencontres");
    expect(personal?.scopes).toEqual(["personal"]);
    expect(personal?.contentUrl?.startsWith(`https://${domain}/?view=personal`)).toBe(true);
  });

  it("asks for the RSC permissions that meeting start/end events and meeting details need", () => {
    expect(manifest.authorization.permissions.resourceSpecific).toEqual(
      expect.arrayContaining([
        { name: "OnlineMeeting.ReadBasic.Chat", type: "Application" },
        { name: "ChannelMeeting.ReadBasic.Group", type: "Application" },
      ]),
    );
  });

  it("points SSO at the Entra app, which is also the bot (RSC goes to webApplicationInfo)", () => {
    expect(manifest.webApplicationInfo).toEqual({
      id: values.AAD_APP_CLIENT_ID,
      resource: `api://${domain}/${values.AAD_APP_CLIENT_ID}`,
    });
    expect(manifest.webApplicationInfo.id).toBe(manifest.bots[0]?.botId);
    expect(manifest.validDomains).toEqual([domain]);
    expect(manifest.id).toBe(values.TEAMS_APP_ID);
  });

  it("names the publisher and its privacy and terms pages on the service", () => {
    expect(manifest.developer).toEqual({
      name: "Balises télésanté",
      websiteUrl: `https://${domain}/`,
      privacyUrl: `https://${domain}/privacy`,
      termsOfUseUrl: `https://${domain}/terms`,
    });
  });

  it("uses a schema version bundled by @microsoft/app-manifest, not devPreview", () => {
    expect(manifest.manifestVersion).toMatch(/^1\.\d+$/);
    expect(manifest.$schema).toBe(
      `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`,
    );
  });
});
