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

/** An error as the logs keep it: its name and message, never a stack or what it carries. */
export function loggedError(error: unknown): { name: string; message?: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };
}

export type { Logger };
