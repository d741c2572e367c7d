/**
 * fetch() for the tab's REST API: bearer token on every call, ETags in and out, errors as ApiError (the
 * contract's error body). Answers are typed with the contract's types (bot/src/contract, through
 * `@shared`), the same ones the bot's routes answer with. Every answer's `people` map (names of the staff
 * it mentions) goes to `onPeople`, so no page has to remember to pass names along and no page ever falls
 * back to showing an object id.
 */
import type { People } from "@shared/contract/common.js";
import { ApiError, apiErrorFrom } from "./apiError.js";
import { contractSchemas, type ContractSchemas } from "./contractSchemas.js";

export interface ApiResult<T> {
  data: T;
  etag?: string;
}

export interface Preconditions {
  ifMatch?: string | null;
  /** "*" creates only when nothing is stored yet; on a GET, the ETag of the answer the page already has. */
  ifNoneMatch?: string;
}

export interface ApiClient {
  get: <T>(path: string) => Promise<ApiResult<T>>;
  /** A poll: the answer, or undefined while the service says it is still the one with this ETag (304). */
  getIfChanged: <T>(path: string, etag: string | undefined) => Promise<ApiResult<T> | undefined>;
  send: <T>(
    method: "POST" | "PUT" | "DELETE",
    path: string,
    body?: unknown,
    preconditions?: Preconditions,
  ) => Promise<ApiResult<T>>;
  /** A file of `type` the service writes (a CSV export), with the same token and the same errors. */
  getFile: (path: string, type: string) => Promise<Blob>;
}

const TOKEN_UNAVAILABLE = {
  "fr-CA":
    "Impossible d'obtenir votre identité (authentification unique de Teams). Fermez puis rouvrez l'onglet; si le problème persiste, votre administrateur doit consentir à l'application Balises.",
  en: "Could not get your identity (Teams single sign-on). Close and reopen the tab; if it persists, your administrator must consent to the Balises app.",
};

export function createApiClient(
  getToken: () => Promise<string>,
  onPeople: (people: People) => void = () => undefined,
): ApiClient {
  /** The service's answer, refused ones thrown as ApiError; a 304 as is. */
  async function request(
    method: string,
    path: string,
    accept: string,
    body?: unknown,
    preconditions: Preconditions = {},
  ): Promise<{ response: Response; schemas: ContractSchemas }> {
    let token: string;
    try {
      token = await getToken();
    } catch {
      throw new ApiError(0, "token_unavailable", TOKEN_UNAVAILABLE);
    }
    const headers: Record<string, string> = { accept, authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    if (preconditions.ifMatch) headers["if-match"] = preconditions.ifMatch;
    if (preconditions.ifNoneMatch) headers["if-none-match"] = preconditions.ifNoneMatch;
    let response: Response;
    let schemas: ContractSchemas;
    // The page's own If-None-Match reaches the service, and its 304 the page, only past the browser's cache.
    const cache = method === "GET" && preconditions.ifNoneMatch ? "no-store" : undefined;
    try {
      [response, schemas] = await Promise.all([
        fetch(`/api${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache }),
        contractSchemas(),
      ]);
    } catch {
      throw new ApiError(0, "network_error", undefined);
    }
    if (response.status !== 304 && !response.ok) throw await apiErrorFrom(response, schemas);
    return { response, schemas };
  }

  async function call<T>(
    method: string,
    path: string,
    body?: unknown,
    preconditions: Preconditions = {},
  ): Promise<ApiResult<T> | undefined> {
    const { response, schemas } = await request(method, path, "application/json", body, preconditions);
    if (response.status === 304) return undefined;
    const text = await response.text();
    const data = (text ? JSON.parse(text) : undefined) as T;
    const people = schemas.peopleSchema.safeParse((data as { people?: unknown } | undefined)?.people);
    if (people.success) onPeople(people.data);
    return { data, etag: response.headers.get("etag") ?? undefined };
  }
  return {
    get: <T>(path: string) => call<T>("GET", path).then(definite),
    getIfChanged: (path, etag) => call("GET", path, undefined, etag ? { ifNoneMatch: etag } : {}),
    send: <T>(method: string, path: string, body?: unknown, preconditions?: Preconditions) =>
      call<T>(method, path, body, preconditions).then(definite),
    getFile: async (path: string, type: string) => fileOf((await request("GET", path, type)).response, type),
  };
}

/** The file of `type` the service answered, whole: not a 304, nor a page some proxy answered in its place. */
async function fileOf(response: Response, type: string): Promise<Blob> {
  const answered = response.headers.get("content-type") ?? "";
  if (response.status !== 200 || !answered.startsWith(type))
    throw new ApiError(response.status, `http_${response.status}`, undefined);
  // A file cut short (the service stops writing it) is an error, never a partial download.
  return response.blob().catch(() => Promise.reject(new ApiError(0, "network_error", undefined)));
}

/** Only a GET naming an ETag is answered 304; any other call has an answer. */
function definite<T>(result: ApiResult<T> | undefined): ApiResult<T> {
  if (!result) throw new ApiError(304, "not_modified", undefined);
  return result;
}

export function teamPath(teamKey: string, rest = ""): string {
  return `/teams/${encodeURIComponent(teamKey)}${rest}`;
}

export function encounterPath(encounterId: string, rest = ""): string {
  return `/encounters/${encodeURIComponent(encounterId)}${rest}`;
}

export function meetingPath(meetingId: string, rest = ""): string {
  return `/meetings/${encodeURIComponent(meetingId)}${rest}`;
}
