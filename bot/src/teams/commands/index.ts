import type { BotCommand } from "./botCommand.js";
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

export function findCommand(normalizedText: string, commands: BotCommand[] = COMMANDS): BotCommand | undefined {
  const firstWord = normalizedText.split(" ")[0] ?? "";
  return commands.find((c) => c.names.includes(normalizedText) || c.names.includes(firstWord));
}
