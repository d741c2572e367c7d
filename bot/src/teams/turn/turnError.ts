/**
 * The adapter's last resort when a turn throws. It logs the error's name and message (never the activity),
 * answers the person in their language without repeating the internal message (a message gets a sentence,
 * an invoke a refusal with a status, never an empty 501), and never throws itself, whatever the activity
 * carries: a failure here would make botbuilder answer the raw message with a 500.
 */
import { INVOKE_RESPONSE_KEY, type Activity, type TurnContext } from "botbuilder";
import { loggedError, type Logger } from "../../logger.js";
import { errorMessages, errorText } from "./errorText.js";
import { invokeRefusal } from "./invokeRefusal.js";
import { turnLocale } from "./turnLocale.js";

async function answer(context: TurnContext, error: unknown): Promise<void> {
  const received: unknown = context.activity;
  const activity: Partial<Activity> = typeof received === "object" && received !== null ? received : {};
  const locale = turnLocale(activity);
  if (activity.type === "message") {
    await context.sendActivity(errorText(error, locale)).catch(() => undefined);
  } else if (activity.type === "invoke" && !context.turnState.get(INVOKE_RESPONSE_KEY)) {
    const { code, messages } = errorMessages(error);
    await context.sendActivity({ type: "invokeResponse", value: invokeRefusal(code, messages, locale) });
  }
}

export function turnErrorHandler(logger: Pick<Logger, "error">): (context: TurnContext, error: Error) => Promise<void> {
  return async (context, error) => {
    try {
      const type: unknown = (context.activity as Partial<Activity> | undefined)?.type;
      logger.error(
        { err: loggedError(error), activityType: typeof type === "string" ? type.slice(0, 64) : undefined },
        "bot turn failed",
      );
      await answer(context, error);
    } catch (failure) {
      try {
        logger.error({ err: loggedError(failure) }, "bot turn error handler failed");
      } catch {
        // Nothing left to tell: the turn ends with what was already answered.
      }
    }
  };
}
