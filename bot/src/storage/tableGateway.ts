/**
 * The one place that speaks Azure Tables. It creates its table lazily (again after a failure, so the
 * service recovers without restart), turns 404 into "absent", 412 into EtagConflictError, 409 on
 * create into AlreadyExistsError and transport failures into StorageUnavailableError.
 * Every call has a deadline (STORAGE_DEADLINES): a storage that stops answering costs a person seconds, not
 * a hung request. Queries are single-partition, built with the `odata` tag so values are always escaped.
 */
import { odata, type TableClient, type TableEntity, type TableEntityResult } from "@azure/data-tables";
import { AlreadyExistsError, BalisesError, EtagConflictError, StorageUnavailableError } from "../errors.js";
import {
  currentUrgency,
  withinAttempt,
  DeadlineExceededError,
  withAbortDeadline,
  withRetries,
  type Urgency,
} from "../outbound/deadline.js";
import { prefixUpperBound } from "./keys.js";

export type Row = Record<string, unknown>;

export interface Stored<T> {
  value: T;
  etag: string;
}

export interface Page<T> {
  items: T[];
  continuationToken?: string;
}

export interface RowKeyRange {
  /** Inclusive lower bound. */
  from?: string;
  /** Exclusive upper bound. */
  to?: string;
  /** Shorthand for [prefix, prefix + U+FFFF). */
  prefix?: string;
}

export interface StorageDeadlines {
  /** Longest wait for one request (the SDK's own quick retries of a refused connection included). */
  attemptMs: number;
  /** Longest wait for a whole call: creating the table when needed, the request, its retry. */
  callMs: number;
  /** Attempts of a call that is safe to repeat (a read, an upsert, a delete) when an attempt got no answer. */
  attempts: number;
}

/** The deadlines of a call, by who waits on it (outbound/deadline.ts `currentUrgency`). */
export type StorageDeadlinesByUrgency = Record<Urgency, StorageDeadlines>;

/**
 * A person waits at most 4 s on a storage that stopped answering (then reads a 503): 3 s for an attempt, and
 * a read gets a second one within the 4 s (a pooled connection the network dropped silently answers on a new
 * one). A write that got no answer is not sent again: it may have been applied, and a second create or
 * conditional replace would then report a false conflict. Background work (the job scheduler) waits longer
 * rather than turn a slow storage into failed jobs and retries; a frozen storage still cannot hold it forever.
 */
export const STORAGE_DEADLINES: StorageDeadlinesByUrgency = {
  person: { attemptMs: 3_000, callMs: 4_000, attempts: 2 },
  background: { attemptMs: 10_000, callMs: 20_000, attempts: 2 },
};
/** /healthz answers within a second whatever the storage: one short attempt. */
export const PING_DEADLINES: StorageDeadlines = { attemptMs: 700, callMs: 700, attempts: 1 };

/** Whether a call, when it goes unanswered, may be sent again: repeating it gives the same result. */
type Repeatable = "repeatable" | "once";

/** What every SDK operation receives: the signal that aborts it at its deadline. */
interface OperationOptions {
  abortSignal: AbortSignal;
}

/** Azurite reports the code only inside the OData error body, Azure in `code`: accept either. */
function isTableMissing(error: unknown): boolean {
  if (typeof error !== "object" || error === null || statusOf(error) !== 404) return false;
  const { code, message } = error as { code?: string; message?: string };
  return code === "TableNotFound" || (message ?? "").includes('"TableNotFound"');
}

function statusOf(error: unknown): number | undefined {
  return typeof error === "object" && error !== null && "statusCode" in error
    ? (error as { statusCode?: number }).statusCode
    : undefined;
}

/**
 * `unanswered`: what a call that got no answer in time means for the person — nothing saved (a read, or a
 * write that never left), or an unknown outcome (a write that was sent).
 */
export function translateStorageError(
  error: unknown,
  unanswered: StorageUnavailableError["outcome"] = "notSaved",
): Error {
  if (error instanceof BalisesError) return error;
  if (error instanceof DeadlineExceededError) return new StorageUnavailableError(error, unanswered);
  const status = statusOf(error);
  if (status === 412) return new EtagConflictError();
  if (status === 409) return new AlreadyExistsError();
  if (status === undefined || status >= 500 || status === 408) return new StorageUnavailableError(error);
  return error instanceof Error ? error : new Error(String(error));
}

export function stripMetadata(entity: TableEntityResult<Row>): Row {
  const { etag: _etag, timestamp: _timestamp, "odata.metadata": _m, ...rest } = entity as Row;
  return rest;
}

export class TableGateway {
  private ready?: Promise<void>;
  private losses = 0;

  constructor(
    private readonly client: TableClient,
    private readonly deadlines: StorageDeadlinesByUrgency = STORAGE_DEADLINES,
  ) {}

  get tableName(): string {
    return this.client.tableName;
  }

  /** How many times the table was found gone (a storage reset) and created again: what was in it is not. */
  get tableLosses(): number {
    return this.losses;
  }
  /**
   * One call to storage within its deadline: the table first (once), then the request; a table that disappeared
   * (storage reset) is created again once. Failures come back translated.
   */
  private async call<T>(
    repeatable: Repeatable,
    request: (options: OperationOptions) => Promise<T>,
    deadlines: StorageDeadlines = this.deadlines[currentUrgency()],
  ): Promise<T> {
    // Whether the request left (the table exists): a write that then goes unanswered has an unknown outcome.
    const progress = { sent: false };
    try {
      return await withAbortDeadline(`Azure Tables ${this.tableName}`, deadlines.callMs, async (signal) => {
        await this.ensureTable(signal, deadlines);
        progress.sent = true;
        try {
          return await this.attempts(repeatable, request, signal, deadlines);
        } catch (error) {
          if (!isTableMissing(error)) throw error;
          this.losses += 1;
          this.ready = undefined;
          progress.sent = false;
          await this.ensureTable(signal, deadlines);
          progress.sent = true;
          return await this.attempts(repeatable, request, signal, deadlines);
        }
      });
    } catch (error) {
      throw translateStorageError(error, progress.sent && repeatable === "once" ? "unknown" : "notSaved");
    }
  }

  private ensureTable(signal: AbortSignal, deadlines: StorageDeadlines): Promise<void> {
    this.ready ??= this.attempts("repeatable", (options) => this.client.createTable(options), signal, deadlines).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    return this.ready;
  }

  /** The request, each attempt within `attemptMs`; one that got no answer is sent again only when repeatable. */
  private attempts<T>(
    repeatable: Repeatable,
    request: (options: OperationOptions) => Promise<T>,
    callSignal: AbortSignal,
    deadlines: StorageDeadlines,
  ): Promise<T> {
    const retry = {
      attempts: repeatable === "repeatable" ? deadlines.attempts : 1,
      delayAfter: (error: unknown) => (error instanceof DeadlineExceededError && !callSignal.aborted ? 0 : undefined),
    };
    const attemptTimedOut = () => new DeadlineExceededError(`Azure Tables ${this.tableName}`, deadlines.attemptMs);
    return withRetries(retry, () =>
      withinAttempt(callSignal, deadlines.attemptMs, (abortSignal) => request({ abortSignal }), attemptTimedOut),
    );
  }

  private async read(
    partitionKey: string,
    rowKey: string,
    deadlines: StorageDeadlines,
  ): Promise<Stored<Row> | undefined> {
    try {
      const entity = await this.call(
        "repeatable",
        (options) => this.client.getEntity<Row>(partitionKey, rowKey, options),
        deadlines,
      );
      return { value: stripMetadata(entity), etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
  }

  get(partitionKey: string, rowKey: string): Promise<Stored<Row> | undefined> {
    return this.read(partitionKey, rowKey, this.deadlines[currentUrgency()]);
  }

  async create(entity: TableEntity<Row>): Promise<string> {
    const response = await this.call("once", (options) => this.client.createEntity(entity, options));
    return response.etag ?? "";
  }

  /** Replaces the row only if it still carries `etag`. */
  async replace(entity: TableEntity<Row>, etag: string): Promise<string> {
    const response = await this.call("once", (options) =>
      this.client.updateEntity(entity, "Replace", { ...options, etag }),
    );
    return response.etag ?? "";
  }

  /** Merges the given columns only if the row still carries `etag`. */
  async merge(entity: TableEntity<Row>, etag: string): Promise<string> {
    const response = await this.call("once", (options) =>
      this.client.updateEntity(entity, "Merge", { ...options, etag }),
    );
    return response.etag ?? "";
  }

  async upsert(entity: TableEntity<Row>): Promise<string> {
    const response = await this.call("repeatable", (options) => this.client.upsertEntity(entity, "Replace", options));
    return response.etag ?? "";
  }

  /**
   * A batch transaction (≤ 100 actions, one partition): all applied or none; a lost condition fails it as a single
   * write would (412, 409). Its deletes take no ETag (the SDK's): guard them with a conditional action beside them.
   * `repeatable` only for actions that may be applied twice, e.g. upserts.
   */
  async transaction(
    actions: Parameters<TableClient["submitTransaction"]>[0],
    repeatable: Repeatable = "once",
  ): Promise<void> {
    await this.call(repeatable, (options) => this.client.submitTransaction(actions, options));
  }

  async delete(partitionKey: string, rowKey: string, etag = "*"): Promise<void> {
    try {
      await this.call("repeatable", (options) => this.client.deleteEntity(partitionKey, rowKey, { ...options, etag }));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw error;
    }
  }

  private filterFor(partitionKey: string, range: RowKeyRange): string {
    const from = range.prefix ?? range.from;
    const to = range.prefix !== undefined ? prefixUpperBound(range.prefix) : range.to;
    let filter = odata`PartitionKey eq ${partitionKey}`;
    if (from !== undefined) filter += " and " + odata`RowKey ge ${from}`;
    if (to !== undefined) filter += " and " + odata`RowKey lt ${to}`;
    return filter;
  }

  /** One page of a single-partition range query; pass the returned token back for the next page. */
  async page(
    partitionKey: string,
    range: RowKeyRange,
    pageSize: number,
    continuationToken?: string,
  ): Promise<Page<Stored<Row>>> {
    return this.call("repeatable", async (options) => {
      const pages = this.client
        .listEntities<Row>({ ...options, queryOptions: { filter: this.filterFor(partitionKey, range) } })
        .byPage({ maxPageSize: pageSize, continuationToken });
      const next = await pages.next();
      if (next.done) return { items: [] };
      const page = next.value;
      return {
        items: page.map((e) => ({ value: stripMetadata(e), etag: e.etag })),
        continuationToken: page.continuationToken,
      };
    });
  }

  /** Every row of a single-partition range, page by page (each page its own call, with its own deadline). */
  async *list(partitionKey: string, range: RowKeyRange = {}): AsyncGenerator<Stored<Row>> {
    let token: string | undefined;
    do {
      const page = await this.page(partitionKey, range, 1000, token);
      yield* page.items;
      token = page.continuationToken;
    } while (token);
  }

  /** A point read that proves the table is reachable, with the short deadline of a health check. */
  async ping(): Promise<void> {
    await this.read("health", "ping", PING_DEADLINES);
  }
}
