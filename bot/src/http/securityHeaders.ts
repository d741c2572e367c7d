import type { ServerResponse } from "node:http";
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

export interface SecurityHeaderOptions {
  httpsOnly: boolean;
}

/**
 * Who may frame the tab, and what no page of Balises uses: plugins, a <base> elsewhere, a form posted elsewhere.
 * Scripts and styles are not restricted here: Fluent UI writes its styles at run time.
 */
const CONTENT_POLICY = [
  `frame-ancestors ${FRAME_ANCESTORS.join(" ")}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/** The headers of every answer, with or without Express (the bot endpoint's plain posts: botEndpoint.ts). */
export function setSecurityHeaders(res: ServerResponse, options: SecurityHeaderOptions): void {
  res.setHeader("Content-Security-Policy", CONTENT_POLICY);
  if (options.httpsOnly) res.setHeader("Strict-Transport-Security", HSTS);
  res.setHeader("X-Content-Type-Options", "nosniff");
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
}

export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  return (_req, res, next) => {
    setSecurityHeaders(res, options);
    next();
  };
}
