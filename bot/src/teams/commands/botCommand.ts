import type { TurnContext } from "botbuilder";
import type { BotPorts } from "../turn/botPorts.js";
import type { Locale } from "../../i18n/locale.js";

/** A text command: its names (already normalised: lower case, no accents) in French and English. */
export interface BotCommand {
  names: string[];
  handle: (context: TurnContext, services: BotPorts, locale: Locale) => Promise<void>;
}
