import type { TurnContext } from "botbuilder";
import type { BotPorts } from "../turn/botPorts.js";
import type { Locale } from "../../i18n/locale.js";

/**
 * A text command: its names (already normalised: lower case, no accents) in French, in English, and those that are
 * the same in both. A command typed in one language is answered in it, whatever the client's locale.
 */
export interface BotCommand {
  names: { "fr-CA": readonly string[]; en: readonly string[]; either?: readonly string[] };
  handle: (context: TurnContext, services: BotPorts, locale: Locale) => Promise<void>;
}
