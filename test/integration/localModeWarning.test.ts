import { describe, expect, it } from "vitest";
import { loadConfig } from "../../bot/src/config.js";
import { createApp } from "../../bot/src/server.js";
import { capturedLogger } from "../support/capturedLogger.js";

describe("local mode", () => {
  it("warns loudly that bot authentication is off when no MicrosoftAppId is set", () => {
    const { logger, lines } = capturedLogger();
    createApp(loadConfig({}), { logger });
    expect(lines.some((l) => l.level === 40 && /BOT AUTHENTICATION IS OFF/.test(l.msg))).toBe(true);
  });

  it("does not warn when the bot has an app id", () => {
    const { logger, lines } = capturedLogger();
    createApp(loadConfig({ MicrosoftAppId: "00000000-0000-4000-8000-0000000000b1", MicrosoftAppType: "MultiTenant" }), {
      logger,
    });
    expect(lines.some((l) => /BOT AUTHENTICATION IS OFF/.test(l.msg))).toBe(false);
  });
});
