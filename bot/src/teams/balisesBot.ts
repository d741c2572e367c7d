/**
 * The Teams activity handler: it routes, the commands and card actions do the work, the domain decides.
 */
import {
  CardFactory,
  TeamsActivityHandler,
  TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
} from "botbuilder";
import { z } from "zod";
import { BalisesError, isOutage } from "../errors.js";
import { loggedError } from "../logger.js";
import { encounterIdFor, ENCOUNTER_ID_PATTERN } from "../domain/encounter.js";
import { buildWelcomeCard } from "../cards/welcome/welcomeCard.js";
import { turnLocale } from "./turn/turnLocale.js";
import { normalizeCommand } from "./turn/commandText.js";
import { findCommand } from "./commands/index.js";
import { findCardAction } from "./actions/index.js";
import { errorMessages } from "./turn/errorText.js";
import { rememberConversation } from "./turn/rememberConversation.js";
import { registerMeetingHandlers } from "./meeting/registerMeetingHandlers.js";
import type { BotPorts } from "./turn/botPorts.js";
import { activityConversation, activityRecipientId, tenantIdsDisagree } from "./turn/conversationScope.js";
import { invokeRefusal, invokeRefusalBody } from "./turn/invokeRefusal.js";
import type { Locale } from "../i18n/locale.js";

const NOT_UNDERSTOOD = {
  "fr-CA": "Je n'ai pas compris. Écrivez « aide » pour voir ce que Balises peut faire.",
  en: 'I did not understand. Type "help" to see what Balises can do.',
};
const UNKNOWN_ACTION = { "fr-CA": "Action de carte inconnue.", en: "Unknown card action." };
/** Said to a person: the fields the data got wrong are the log's (internal names), not theirs. */
const INVALID_ACTION_DATA = {
  "fr-CA":
    "Les données de la carte sont invalides (une valeur hors limites, ou une carte périmée) : rouvrez-la et réessayez.",
  en: "The card data is invalid (a value out of bounds, or an outdated card): reopen it and try again.",
};
const NO_CARD_ACTION = {
  "fr-CA": "Cette action de carte n'a pas pu être lue : rouvrez la carte et réessayez.",
  en: "This card action could not be read: reopen the card and try again.",
};
const UNSUPPORTED_INVOKE = {
  "fr-CA": "Balises ne traite pas cette demande de Teams.",
  en: "Balises does not handle this Teams request.",
};

/** Whether Balises can name an encounter after this meeting and time (domain/encounter.ts). */
function encounterable(meetingId: unknown, at: unknown): boolean {
  if (typeof meetingId !== "string" || typeof at !== "string" || !meetingId) return false;
  try {
    return ENCOUNTER_ID_PATTERN.test(encounterIdFor(meetingId, at));
  } catch {
    return false;
  }
}

/**
 * What botbuilder requires of a meeting start or end event (it throws otherwise), with a meeting id and a
 * time an encounter can be named after.
 */
const meetingEventShape = (time: "StartTime" | "EndTime") =>
  z
    .object({ Id: z.string(), JoinUrl: z.string(), MeetingType: z.string(), Title: z.string(), [time]: z.string() })
    .loose()
    .refine((event) => encounterable(event.Id, event[time]));
const MEETING_START = meetingEventShape("StartTime");
const MEETING_END = meetingEventShape("EndTime");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The Action.Execute of an adaptiveCard/action invoke, if its value really carries one. */
function executeAction(value: unknown): AdaptiveCardInvokeValue | undefined {
  if (!isRecord(value) || !isRecord(value.action) || value.action.type !== "Action.Execute") return undefined;
  return value as unknown as AdaptiveCardInvokeValue;
}

export class BalisesBot extends TeamsActivityHandler {
  constructor(private readonly services: BotPorts) {
    super();

    this.onMembersAdded(async (context, next) => {
      const botId = activityRecipientId(context.activity);
      if (context.activity.membersAdded?.some((m) => m.id === botId)) {
        await rememberConversation(context.activity, this.services);
        await context.sendActivity({
          attachments: [CardFactory.adaptiveCard(buildWelcomeCard(turnLocale(context.activity)))],
        });
      }
      await next();
    });

    registerMeetingHandlers(this, this.services);

    this.onInstallationUpdateAdd(async (context, next) => {
      await rememberConversation(context.activity, this.services);
      await next();
    });

    this.onMessage(async (context, next) => {
      if (activityConversation(context.activity)?.conversationType === "personal")
        await rememberConversation(context.activity, this.services);
      const found = findCommand(normalizeCommand(context.activity.text));
      // The answer (and the cards it posts) is in the language the command was typed in.
      const locale = found?.locale ?? turnLocale(context.activity);
      if (found) await found.command.handle(context, this.services, locale);
      else if (context.activity.text) await context.sendActivity(NOT_UNDERSTOOD[locale]);
      await next();
    });
  }

  /** Card data its action's schema refuses: the person is told to reopen the card, the log names the fields. */
  private invalidData(verb: string, fields: string, locale: Locale): AdaptiveCardInvokeResponse {
    this.services.logger.warn({ verb, fields }, "card action data refused");
    return refusal("invalid_data", INVALID_ACTION_DATA, locale);
  }

  /** A meeting event Teams would never send malformed is ignored (and logged), rather than failing the turn. */
  private wellFormedMeetingEvent(context: TurnContext, shape: typeof MEETING_START): boolean {
    if (shape.safeParse(context.activity.value).success) return true;
    this.services.logger.warn({ name: context.activity.name }, "malformed meeting event ignored");
    return false;
  }

  /** Every turn: an activity refused for its tenant ids (it has none) is said in the log, or it would vanish unseen. */
  override async run(context: TurnContext): Promise<void> {
    const disagree = tenantIdsDisagree(context.activity);
    if (disagree)
      this.services.logger.warn({ type: context.activity.type, ...disagree }, "activity tenant ids disagree");
    await super.run(context);
  }

  protected override async onTeamsMeetingStart(context: TurnContext): Promise<void> {
    if (this.wellFormedMeetingEvent(context, MEETING_START)) await super.onTeamsMeetingStart(context);
  }

  protected override async onTeamsMeetingEnd(context: TurnContext): Promise<void> {
    if (this.wellFormedMeetingEvent(context, MEETING_END)) await super.onTeamsMeetingEnd(context);
  }

  /** Message edits and deletions: Balises has no use for them, and botbuilder reads their channelData unchecked. */
  protected override async dispatchMessageUpdateActivity(context: TurnContext): Promise<void> {
    if (isRecord(context.activity.channelData)) await super.dispatchMessageUpdateActivity(context);
  }

  protected override async dispatchMessageDeleteActivity(context: TurnContext): Promise<void> {
    if (isRecord(context.activity.channelData)) await super.dispatchMessageDeleteActivity(context);
  }

  /**
   * Every invoke gets an answer: card actions (adaptiveCard/action) are Balises's only invokes; any other
   * (task/fetch, composeExtension/*, signin/*, nameless card actions…) is refused with a 400, never the
   * 501 botbuilder gives an invoke nobody handles, and a malformed card action with a 400 of its own.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const locale = turnLocale(context.activity);
    if (context.activity.name !== "adaptiveCard/action")
      return invokeRefusal("unsupported_invoke", UNSUPPORTED_INVOKE, locale);
    const invokeValue = executeAction(context.activity.value);
    if (!invokeValue) return invokeRefusal("invalid_data", NO_CARD_ACTION, locale);
    const response = await this.onAdaptiveCardInvoke(context, invokeValue);
    return { status: response.statusCode, body: response };
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    invokeValue: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    const locale = turnLocale(context.activity);
    const verb: unknown = invokeValue.action.verb;
    const action = typeof verb === "string" ? findCardAction(verb) : undefined;
    if (!action) return refusal("unknown_action", UNKNOWN_ACTION, locale);
    const data: unknown = invokeValue.action.data;
    // Every card names its encounter by the id Balises gave it: anything else never reaches an action's storage.
    if (isRecord(data) && Object.hasOwn(data, "encounterId") && !ENCOUNTER_ID_PATTERN.test(String(data.encounterId)))
      return this.invalidData(action.verb, "encounterId", locale);
    const parsed = action.schema.safeParse(data ?? {});
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join(".") || "data"))].slice(0, 10).join(", ");
      return this.invalidData(action.verb, fields, locale);
    }
    try {
      return await action.handle(context, parsed.data, this.services, locale);
    } catch (error) {
      if (!(error instanceof BalisesError))
        this.services.logger.error({ err: loggedError(error), verb: action.verb }, "card action failed");
      // As the API's 503s: the clinician is told to try again, the operator reads why.
      else if (isOutage(error.code))
        this.services.logger.warn({ err: loggedError(error), verb: action.verb }, "card action answered 503");
      const { code, messages } = errorMessages(error);
      return refusal(code, messages, locale);
    }
  }
}

/** A card action refused by the bot itself: Teams' error shape with the bilingual error body. */
function refusal(code: Parameters<typeof invokeRefusalBody>[0], messages: Record<Locale, string>, locale: Locale) {
  return invokeRefusalBody(code, messages, locale) as AdaptiveCardInvokeResponse;
}
