import { pino, type Logger } from "pino";

/**
 * JSON logs. Tokens and secrets are redacted by path; the app never logs activity text or card data,
 * which is where patient information could appear.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "balises" },
    redact: {
      paths: [
        "req.headers.authorization",
        "headers.authorization",
        "authorization",
        "token",
        "*.token",
        "password",
        "*.password",
        "connectionString",
      ],
      censor: "[redacted]",
    },
  });
}

/**
 * An error as the logs keep it: its name and message, never a stack or what it carries — except the internal reason
 * a Balises error keeps as text (errors.ts `details`): an outage's cause (« connect ECONNREFUSED … », a managed
 * identity refused), a refused token's reason. Without it a storage that never answers cannot be diagnosed.
 */
export function loggedError(error: unknown): { name: string; message?: string; cause?: string } {
  if (!(error instanceof Error)) return { name: typeof error };
  const { details } = error as { details?: unknown };
  return { name: error.name, message: error.message, ...(typeof details === "string" ? { cause: details } : {}) };
}

export type { Logger };
