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
];

export function securityHeaders(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("Content-Security-Policy", `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    next();
  };
}
