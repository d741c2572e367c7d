/**
 * What Node's HTTP server answers by itself, before Express sees a request, answered like every other
 * error of the service: the bilingual JSON error body (errors.ts codes and statuses), in French first since
 * no request locale can be read. It covers a request line or headers Node cannot parse (400, 431 when the
 * headers are too large), an HTTP/1.1 request without Host (400), an Expect other than 100-continue (417)
 * and CONNECT (405), which Node would otherwise answer with an empty body or a dropped connection.
 */
import { STATUS_CODES, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from "node:http";
import type { Duplex } from "node:stream";
import { errorBody, httpStatusOf, type ErrorCode } from "../errors.js";
import type { Localized } from "../i18n/locale.js";

const MALFORMED: Localized = {
  "fr-CA": "La requête HTTP est mal formée (ligne de requête, en-têtes ou corps illisibles).",
  en: "The HTTP request is malformed (unreadable request line, headers or body).",
};
const HEADERS_TOO_LARGE: Localized = {
  "fr-CA": "Les en-têtes de la requête sont trop volumineux.",
  en: "The request headers are too large.",
};
const TIMEOUT: Localized = {
  "fr-CA": "La requête est arrivée trop lentement.",
  en: "The request arrived too slowly.",
};
const NO_HOST: Localized = {
  "fr-CA": "En-tête Host manquant (obligatoire en HTTP/1.1).",
  en: "Missing Host header (required in HTTP/1.1).",
};
const EXPECTATION: Localized = {
  "fr-CA": "En-tête Expect non pris en charge : seul « 100-continue » l'est.",
  en: "Unsupported Expect header: only “100-continue” is supported.",
};
const NO_CONNECT: Localized = {
  "fr-CA": "La méthode CONNECT n'est pas prise en charge.",
  en: "The CONNECT method is not supported.",
};

/** No request locale can be read here: French first, both languages in `messages`. */
const bodyText = (code: ErrorCode, messages: Localized) => JSON.stringify(errorBody(code, messages, "fr-CA"));

/**
 * A whole HTTP response written on a socket Node gave up parsing (or never handed to Express); the answer
 * to a HEAD request has the headers of the body, not the body.
 */
function writeRaw(socket: Duplex, code: ErrorCode, messages: Localized, head = false): void {
  const status = httpStatusOf[code];
  const body = bodyText(code, messages);
  socket.end(
    `HTTP/1.1 ${String(status)} ${STATUS_CODES[status] ?? ""}\r\n` +
      "Content-Type: application/json; charset=utf-8\r\n" +
      `Content-Length: ${String(Buffer.byteLength(body))}\r\n` +
      "X-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n" +
      (head ? "" : body),
  );
}

function send(res: ServerResponse, code: ErrorCode, messages: Localized): void {
  res.writeHead(httpStatusOf[code], { "Content-Type": "application/json; charset=utf-8", Connection: "close" });
  res.end(bodyText(code, messages));
}

/** Node's parser errors (llhttp codes) as the service names them. */
function clientFault(error: { code?: unknown }): [ErrorCode, Localized] {
  if (error.code === "HPE_HEADER_OVERFLOW") return ["headers_too_large", HEADERS_TOO_LARGE];
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return ["request_timeout", TIMEOUT];
  return ["malformed_request", MALFORMED];
}

/** Node's server options for the guards: a request without Host reaches `guarded` (and its refusal). */
export const serverOptions = { requireHostHeader: false } as const;

/** The app behind the Host check Node would otherwise make with an empty 400. */
export function guarded(app: RequestListener): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.httpVersion === "1.1" && !req.headers.host) {
      send(res, "malformed_request", NO_HOST);
      return;
    }
    app(req, res);
  };
}

export function installNodeGuards(server: Server): void {
  server.on("clientError", (error: Error & { code?: unknown; rawPacket?: unknown }, socket: Duplex) => {
    const started = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent;
    if (error.code === "ECONNRESET" || !socket.writable || started) {
      socket.destroy();
      return;
    }
    const [code, messages] = clientFault(error);
    const head = Buffer.isBuffer(error.rawPacket) && error.rawPacket.subarray(0, 5).toString("latin1") === "HEAD ";
    writeRaw(socket, code, messages, head);
  });
  server.on("checkExpectation", (_req: IncomingMessage, res: ServerResponse) => {
    send(res, "expectation_failed", EXPECTATION);
  });
  server.on("connect", (_req: IncomingMessage, socket: Duplex) => {
    writeRaw(socket, "method_not_allowed", NO_CONNECT);
  });
}
