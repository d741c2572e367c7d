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

export type { Logger };
