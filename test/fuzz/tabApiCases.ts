/**
 * Requests for the fuzz of the tab's API (/api/*): every route with a valid request as its template, then
 * hostile path parameters (well-formed escapes of nasty strings, malformed percent-encodings, huge keys),
 * query strings (repeated keys, wrong types, prototype keys), headers (tokens of several personas or none or
 * garbage, If-Match, Accept-Language, content types and encodings, oversized values), bodies (the valid one
 * mutated field by field, any JSON, text that is not JSON, deep nesting, past the 256 KB limit) and methods;
 * and a share of raw requests Node itself must refuse.
 */
import fc from "fast-check";
import { DEFAULT_TEAM_CONFIGURATION } from "../../bot/src/domain/teamConfig.js";
import type { FuzzCase } from "./fuzzBatch.js";
import {
  applyMutations,
  deepNestingText,
  jsonText,
  mutations,
  nastyJson,
  nastyString,
  PROTOTYPE_KEYS,
  type FieldPath,
} from "./hostileValues.js";

/** The service's state the valid templates name (a team where the pilot installed Balises, a learner…). */
export interface ApiWorld {
  teamKey: string;
  tokens: Record<"pilote" | "clinicien" | "etudiant" | "superviseur" | "autre", string>;
  oids: Record<"etudiant" | "superviseur" | "resident" | "clinicien", string>;
  configEtag: string;
}

type Param = "teamKey" | "oid" | "userId" | "meetingId" | "encounterId" | "period";

interface Route {
  method: string;
  /** The path with {param} placeholders. */
  path: string;
  query?: string;
  body?: (world: ApiWorld) => unknown;
  paths?: FieldPath[];
  ifMatch?: boolean;
}

const learnerBody = (w: ApiWorld) => ({
  oid: w.oids.resident,
  role: "resident",
  supervisors: [w.oids.superviseur],
  trainingSite: "GMF-U Maizerets",
  observationThreshold: 3,
});
const LEARNER_PATHS: FieldPath[] = [
  ["oid"],
  ["role"],
  ["supervisors"],
  ["supervisors", 0],
  ["trainingSite"],
  ["observationThreshold"],
];
const ACTIVITY_QUERY = "?from=2026-11-01&to=2026-11-30&view=team&pageSize=5";

const ROUTES: Route[] = [
  { method: "GET", path: "/api/matrix/baseline" },
  { method: "GET", path: "/api/me", query: "?team={teamKey}" },
  { method: "GET", path: "/api/me/teams" },
  { method: "PUT", path: "/api/me/preferred-team", body: (w) => ({ teamKey: w.teamKey }), paths: [["teamKey"]] },
  { method: "GET", path: "/api/me/encounters-without-team" },
  { method: "GET", path: "/api/me/encounters" },
  { method: "POST", path: "/api/me/notes/{encounterId}/filed" },
  { method: "POST", path: "/api/me/notes/{encounterId}/remind-later" },
  { method: "GET", path: "/api/meetings/{meetingId}/team" },
  {
    method: "PUT",
    path: "/api/meetings/{meetingId}/team",
    body: (w) => ({ teamKey: w.teamKey }),
    paths: [["teamKey"]],
  },
  { method: "PUT", path: "/api/encounters/{encounterId}/team", body: (w) => ({ teamKey: w.teamKey }) },
  { method: "GET", path: "/api/teams/{teamKey}/members", query: "?search=a&limit=5" },
  { method: "GET", path: "/api/teams/{teamKey}/config" },
  {
    method: "PUT",
    path: "/api/teams/{teamKey}/config",
    body: () => ({ configuration: structuredClone(DEFAULT_TEAM_CONFIGURATION) }),
    paths: [
      ["configuration"],
      ["configuration", "matrix"],
      ["configuration", "reminderPolicy"],
      ["configuration", "corridor"],
      ["configuration", "version"],
      ["configuration", "themes"],
      ["extra"],
    ],
    ifMatch: true,
  },
  { method: "POST", path: "/api/teams/{teamKey}/install" },
  {
    method: "POST",
    path: "/api/teams/{teamKey}/pilots",
    body: (w) => ({ userId: w.oids.clinicien }),
    paths: [["userId"]],
  },
  { method: "DELETE", path: "/api/teams/{teamKey}/pilots/{userId}" },
  { method: "GET", path: "/api/teams/{teamKey}/audit", query: "?pageSize=5" },
  { method: "GET", path: "/api/teams/{teamKey}/learners", query: "?pageSize=10" },
  { method: "POST", path: "/api/teams/{teamKey}/learners", body: learnerBody, paths: LEARNER_PATHS },
  { method: "GET", path: "/api/teams/{teamKey}/learners/{oid}" },
  {
    method: "PUT",
    path: "/api/teams/{teamKey}/learners/{oid}",
    body: learnerBody,
    paths: LEARNER_PATHS,
    ifMatch: true,
  },
  { method: "DELETE", path: "/api/teams/{teamKey}/learners/{oid}", ifMatch: true },
  { method: "PUT", path: "/api/teams/{teamKey}/learners/{oid}/designation", ifMatch: true },
  { method: "DELETE", path: "/api/teams/{teamKey}/learners/{oid}/designation", ifMatch: true },
  { method: "GET", path: "/api/teams/{teamKey}/supervision-settings" },
  {
    method: "PUT",
    path: "/api/teams/{teamKey}/supervision-settings",
    body: () => ({ observationThreshold: 3 }),
    paths: [["observationThreshold"]],
    ifMatch: true,
  },
  { method: "GET", path: "/api/teams/{teamKey}/activity", query: ACTIVITY_QUERY },
  { method: "GET", path: "/api/teams/{teamKey}/activity/summary", query: ACTIVITY_QUERY },
  { method: "GET", path: "/api/teams/{teamKey}/activity/export.csv", query: ACTIVITY_QUERY },
  {
    method: "POST",
    path: "/api/teams/{teamKey}/activity/reconcile",
    body: () => ({ view: "team", month: "2026-03" }),
    paths: [["view"], ["subject"], ["month"]],
  },
  {
    method: "PUT",
    path: "/api/encounters/{encounterId}/learners/{oid}",
    body: () => ({ participation: "observed", atTrainingSite: true }),
    paths: [["participation"], ["atTrainingSite"]],
  },
  { method: "DELETE", path: "/api/encounters/{encounterId}/learners/{oid}" },
  {
    method: "PUT",
    path: "/api/encounters/{encounterId}/new-patient",
    body: () => ({ vulnerable: true }),
    paths: [["vulnerable"]],
  },
  { method: "DELETE", path: "/api/encounters/{encounterId}/new-patient" },
  {
    method: "PUT",
    path: "/api/encounters/{encounterId}/follow-up-offered",
    body: () => ({ offered: true }),
    paths: [["offered"]],
  },
  { method: "GET", path: "/api/meetings/{meetingId}/encounter" },
  {
    method: "POST",
    path: "/api/encounters/{encounterId}/location",
    body: () => ({ planRev: 0, regionCode: "06", confidential: "yes" }),
    paths: [["planRev"], ["regionCode"], ["confidential"]],
  },
  { method: "POST", path: "/api/encounters/{encounterId}/consent/withdraw", body: () => ({ consentRev: 0 }) },
  { method: "GET", path: "/api/activity/share/{period}" },
  {
    method: "PUT",
    path: "/api/activity/share/{period}",
    body: () => ({ inPerson: 3 }),
    paths: [["inPerson"]],
    ifMatch: true,
  },
  { method: "GET", path: "/api/nothing-here" },
];

/** Bytes as a path segment: unreserved characters kept, the rest %XX (lone surrogates become U+FFFD). */
export function pctEncode(value: string): string {
  let out = "";
  for (const byte of Buffer.from(value, "utf8")) {
    const c = String.fromCharCode(byte);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** Segments as written on the wire, never re-encoded: malformed escapes, traversal, huge keys, latin-1 bytes. */
const RAW_SEGMENTS = [
  "%zz",
  "%",
  "%E0%A4%A",
  "%C0%AF",
  "%00",
  "%2e%2e",
  "..",
  ".",
  "%2F",
  "a%2Fb",
  "%7C".repeat(256),
  "%FF%FE",
  "%uD800",
  "%ED%A0%80",
  "\u00e9\u00ff",
  "a".repeat(3_000),
  "%20",
  "%0d%0a",
  "__proto__",
  "constructor",
  "%5F%5Fproto%5F%5F",
];

const validParam = (w: ApiWorld, param: Param): string =>
  ({
    teamKey: w.teamKey,
    oid: w.oids.etudiant,
    userId: w.oids.clinicien,
    meetingId: "MCMxOTptZWV0aW5nX2Z1eno",
    encounterId: "MCMxOTptZWV0aW5nX2Z1eno.1795446000000",
    period: "2026-11",
  })[param];

const paramValue = (w: ApiWorld, param: Param): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(validParam(w, param)) },
    { weight: 2, arbitrary: nastyString.map(pctEncode) },
    { weight: 2, arbitrary: fc.constantFrom(...RAW_SEGMENTS) },
  );

const QUERY_KEYS = [
  "pageSize",
  "continuationToken",
  "from",
  "to",
  "view",
  "subject",
  "search",
  "limit",
  "team",
  "locale",
];

const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.oneof(
          fc.constantFrom(...QUERY_KEYS, ...PROTOTYPE_KEYS, "a[b]", "__proto__[x]", "constructor[prototype][x]"),
          nastyString.map(pctEncode),
        ),
        fc.oneof(nastyString.map(pctEncode), fc.constantFrom(...RAW_SEGMENTS)),
      ),
      { minLength: 1, maxLength: 5 },
    )
    .map((pairs) => "?" + pairs.map(([k, v]) => `${k}=${v}`).join("&")),
  fc.constantFrom(
    "?locale=en&locale=fr",
    "?pageSize=1&pageSize=2",
    "?x=%zz",
    "?" + "a=1&".repeat(2_000),
    "?&&&=",
    "?=",
    "?%",
  ),
);

const headerSafe = (value: string): string => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "?").slice(0, 4_000);

function authorization(w: ApiWorld): fc.Arbitrary<Record<string, string>> {
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
  return fc.oneof(
    { weight: 10, arbitrary: fc.constant(bearer(w.tokens.pilote)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(bearer(w.tokens.clinicien), bearer(w.tokens.etudiant), bearer(w.tokens.superviseur)),
    },
    { weight: 1, arbitrary: fc.constant(bearer(w.tokens.autre)) },
    { weight: 1, arbitrary: fc.constant({}) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom(
            "Bearer",
            "Bearer ",
            "Basic YTpi",
            "Bearer a.b.c",
            `Bearer ${w.tokens.pilote}x`,
            "bearer eyJhbGciOiJub25lIn0.e30.",
          ),
          nastyString.map((s) => "Bearer " + headerSafe(s)),
        )
        .map((value) => ({ authorization: value })),
    },
  );
}

const extraHeaders: fc.Arbitrary<Record<string, string>> = fc.oneof(
  { weight: 8, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: nastyString.map((s) => ({ "accept-language": headerSafe(s) })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(
        "application/json; charset=latin1",
        "application/json; charset=utf-16",
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json;;;",
      )
      .map((type) => ({ "content-type": type })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("gzip", "deflate", "br", "x-unknown", "gzip, gzip", "identity")
      .map((encoding) => ({ "content-encoding": encoding })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Record<string, string>>(
      { "x-http-method-override": "DELETE" },
      { host: "evil.example" },
      { "x-forwarded-for": "1.2.3.4, ::1" },
      { "x-big": "a".repeat(20_000) },
      { expect: "100-continue" },
      { "transfer-encoding": "chunked" },
    ),
  },
);

const ifMatch = (w: ApiWorld): fc.Arbitrary<Record<string, string>> =>
  fc.oneof(
    fc.constant({ "if-match": w.configEtag }),
    fc.constant({}),
    fc.constantFrom("*", 'W/"x"', '"', "null").map((v) => ({ "if-match": v })),
    nastyString.map((s) => ({ "if-match": headerSafe(s) })),
  );

function bodyText(w: ApiWorld, route: Route): fc.Arbitrary<string | undefined> {
  const hostileText = fc.oneof(
    fc.constantFrom("", "{", "{oops", "null", "[]", "1", '"x"', "true", '{"__proto__":{"balisesFuzzPolluted":1}}'),
    deepNestingText,
    fc.integer({ min: 257, max: 400 }).map((kb) => JSON.stringify({ filler: "a".repeat(kb * 1024) })),
  );
  const template = route.body?.(w);
  return fc.oneof(
    {
      weight: template === undefined ? 1 : 6,
      arbitrary: mutations(route.paths ?? [[]]).map((m) =>
        template === undefined ? undefined : jsonText(applyMutations(template, m)),
      ),
    },
    { weight: template === undefined ? 6 : 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: nastyJson.map(jsonText) },
    { weight: 1, arbitrary: hostileText },
  );
}

const OTHER_METHODS = [
  "GET",
  "POST",
  "PUT",
  "DELETE",
  "PATCH",
  "HEAD",
  "OPTIONS",
  "TRACE",
  "PROPFIND",
  "PURGE",
  "M-SEARCH",
  "LINK",
];

function routeCase(w: ApiWorld, route: Route): fc.Arbitrary<FuzzCase> {
  const params = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as Param);
  return fc
    .record({
      method: fc.oneof(
        { weight: 9, arbitrary: fc.constant(route.method) },
        { weight: 1, arbitrary: fc.constantFrom(...OTHER_METHODS) },
      ),
      values: fc.tuple(...params.map((p) => paramValue(w, p))),
      query: fc.oneof({ weight: 4, arbitrary: fc.constant(route.query ?? "") }, { weight: 1, arbitrary: hostileQuery }),
      auth: authorization(w),
      extra: extraHeaders,
      precondition: route.ifMatch ? ifMatch(w) : fc.constant({}),
      body: bodyText(w, route),
    })
    .map(({ method, values, query, auth, extra, precondition, body }) => {
      let i = 0;
      const path = route.path.replace(/\{\w+\}/g, () => values[i++] ?? "") + query.replace("{teamKey}", w.teamKey);
      const headers = {
        ...auth,
        ...precondition,
        ...(body !== undefined ? { "content-type": "application/json" } : {}),
        ...extra,
      };
      return {
        label: `${route.method} ${route.path}`,
        request: { method, path, headers, ...(body !== undefined ? { body } : {}) },
      };
    });
}

/** Requests Node's parser refuses or answers itself (sent as raw bytes): [request line and headers, body]. */
const RAW_REQUESTS: Array<[string, string]> = [
  ["GET /api/me HTTP/1.1\r\nHost: x\r\nX: a\u0001b\r\n", ""],
  ["GET /api/m e HTTP/1.1\r\nHost: x\r\n", ""],
  [`GET /api/me HTTP/1.1\r\nHost: x\r\nX: ${"a".repeat(20_000)}\r\n`, ""],
  ["POST /api/teams/x/config HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n", ""],
  ["POST /api/me HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n", "0\r\n\r\n"],
  ["POST /api/me HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n", "zz\r\n{}\r\n0\r\n\r\n"],
  ["GET http://evil.example/api/me HTTP/1.1\r\nHost: x\r\n", ""],
  ["OPTIONS * HTTP/1.1\r\nHost: x\r\n", ""],
  ["PUT /api/me/preferred-team HTTP/1.1\r\nHost: x\r\nExpect: weird\r\nContent-Length: 2\r\n", "{}"],
  ["GET /api/me HTTP/1.0\r\n", ""],
  ["\u0000\u0001\u0002 hello\r\n", ""],
  ["GET /api/teams/\u00e9\u00ff/config HTTP/1.1\r\nHost: x\r\n", ""],
  ["GET /api/me HTTP/1.1\r\n", ""],
  ["GET //api//me HTTP/1.1\r\nHost: x\r\n", ""],
  ["FOO /api/me HTTP/1.1\r\nHost: x\r\n", ""],
  ["GET api/me HTTP/1.1\r\nHost: x\r\n", ""],
  ["GET /api/me HTTP/9.9\r\nHost: x\r\n", ""],
  ["CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n", ""],
];

const rawCase = (w: ApiWorld): fc.Arbitrary<FuzzCase> =>
  fc
    .oneof(
      fc.constantFrom(...RAW_REQUESTS),
      fc
        .tuple(fc.constantFrom("GET", "PUT", "DELETE"), nastyString)
        .map(([method, s]): [string, string] => [
          `${method} /api/teams/${s.replace(/[\r\n]/g, "")}/config HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${w.tokens.pilote}\r\n`,
          "",
        ]),
    )
    .map(([head, body]) => ({ label: "raw request", request: { raw: `${head}Connection: close\r\n\r\n${body}` } }));

export function apiCases(w: ApiWorld): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    { weight: 19, arbitrary: fc.oneof(...ROUTES.map((route) => routeCase(w, route))) },
    { weight: 1, arbitrary: rawCase(w) },
  );
}
