import type { Services } from "../../services.js";
import type { TeamResolver } from "./teamContext.js";

/** What the bot's commands and card actions receive: the services, and how to find a channel's team. */
export type BotServices = Services & { teamResolver: TeamResolver };
