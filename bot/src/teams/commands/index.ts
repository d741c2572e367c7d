import type { BotCommand } from "./botCommand.js";
import type { Locale } from "../../i18n/locale.js";
import { helpCommand } from "./helpCommand.js";
import { matrixCommand } from "./matrixCommand.js";
import { consentCommand } from "./consentCommand.js";
import { contingencyCommand } from "./contingencyCommand.js";
import { closeEncounterCommand } from "./closeEncounterCommand.js";
import { teamCommand } from "./teamCommand.js";

/** Every text command the bot answers. Add a command by adding a file and listing it here. */
export const COMMANDS: BotCommand[] = [
  helpCommand,
  matrixCommand,
  consentCommand,
  contingencyCommand,
  closeEncounterCommand,
  teamCommand,
];

/** The command typed and the language it was typed in (undefined for a name both languages share). */
export interface FoundCommand {
  command: BotCommand;
  locale: Locale | undefined;
}

export function findCommand(normalizedText: string, commands: BotCommand[] = COMMANDS): FoundCommand | undefined {
  const firstWord = normalizedText.split(" ")[0] ?? "";
  const typed = (names: readonly string[] | undefined) =>
    names !== undefined && (names.includes(normalizedText) || names.includes(firstWord));
  for (const command of commands) {
    if (typed(command.names["fr-CA"])) return { command, locale: "fr-CA" };
    if (typed(command.names.en)) return { command, locale: "en" };
    if (typed(command.names.either)) return { command, locale: undefined };
  }
  return undefined;
}
