import type { RequestHandler } from "express";

/** Teams (web, desktop, mobile, Outlook, M365) must be able to frame the tab; nobody else may. */
const FRAME_ANCESTORS = [
  "'self'",
  "https://teams.microsoft.com",
  "https://*.teams.microsoft.com",
  "https://*.teams.microsoft.us",
  "https://*.cloud.microsoft",
  "https://*.office.com",
  "https://*.microsoft365.com",
  "https://*.skype.com",
  "https://outlook.office.com",
  "https://outlook.office365.com",
];

/** One year; production only, where App Service serves nothing but HTTPS (infra: httpsOnly). */
const HSTS = "max-age=31536000";

export function securityHeaders(options: { httpsOnly: boolean }): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Content-Security-Policy", `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`);
    if (options.httpsOnly) res.setHeader("Strict-Transport-Security", HSTS);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  };
}
