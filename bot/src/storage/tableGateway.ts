/**
 * The one place that speaks Azure Tables. It creates its table lazily (again after a failure, so the
 * service recovers without restart), turns 404 into "absent", 412 into EtagConflictError, 409 on
 * create into AlreadyExistsError and transport failures into StorageUnavailableError.
 * Queries are single-partition, built with the `odata` tag so values are always escaped.
 */
import { odata, type TableClient, type TableEntity, type TableEntityResult } from "@azure/data-tables";
import { AlreadyExistsError, BalisesError, EtagConflictError, StorageUnavailableError } from "../errors.js";
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

export function translateStorageError(error: unknown): Error {
  if (error instanceof BalisesError) return error;
  const status = statusOf(error);
  if (status === 412) return new EtagConflictError();
  if (status === 409) return new AlreadyExistsError();
  if (status === undefined || status >= 500 || status === 408) return new StorageUnavailableError(error);
  return error instanceof Error ? error : new Error(String(error));
}

function stripMetadata(entity: TableEntityResult<Row>): Row {
  const { etag: _etag, timestamp: _timestamp, "odata.metadata": _m, ...rest } = entity as Row;
  return rest;
}

export class TableGateway {
  private ready?: Promise<void>;

  constructor(private readonly client: TableClient) {}

  get tableName(): string {
    return this.client.tableName;
  }

  private ensureTable(): Promise<void> {
    this.ready ??= this.client.createTable().then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw translateStorageError(error);
      },
    );
    return this.ready;
  }

  /** Runs an operation once the table exists; a table that disappeared (storage reset) is created again once. */
  private async withTable<T>(operation: () => Promise<T>): Promise<T> {
    await this.ensureTable();
    try {
      return await operation();
    } catch (error) {
      if (!isTableMissing(error)) throw error;
      this.ready = undefined;
      await this.ensureTable();
      return operation();
    }
  }

  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await this.withTable(operation);
    } catch (error) {
      throw translateStorageError(error);
    }
  }

  async get(partitionKey: string, rowKey: string): Promise<Stored<Row> | undefined> {
    try {
      const entity = await this.withTable(() => this.client.getEntity<Row>(partitionKey, rowKey));
      return { value: stripMetadata(entity), etag: entity.etag };
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw translateStorageError(error);
    }
  }

  async create(entity: TableEntity<Row>): Promise<string> {
    const response = await this.call(() => this.client.createEntity(entity));
    return response.etag ?? "";
  }

  /** Replaces the row only if it still carries `etag`. */
  async replace(entity: TableEntity<Row>, etag: string): Promise<string> {
    const response = await this.call(() => this.client.updateEntity(entity, "Replace", { etag }));
    return response.etag ?? "";
  }

  /** Merges the given columns only if the row still carries `etag`. */
  async merge(entity: TableEntity<Row>, etag: string): Promise<string> {
    const response = await this.call(() => this.client.updateEntity(entity, "Merge", { etag }));
    return response.etag ?? "";
  }

  async upsert(entity: TableEntity<Row>): Promise<string> {
    const response = await this.call(() => this.client.upsertEntity(entity, "Replace"));
    return response.etag ?? "";
  }

  async delete(partitionKey: string, rowKey: string, etag = "*"): Promise<void> {
    try {
      await this.withTable(() => this.client.deleteEntity(partitionKey, rowKey, { etag }));
    } catch (error) {
      if (statusOf(error) === 404) return;
      throw translateStorageError(error);
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
    return this.call(async () => {
      const pages = this.client
        .listEntities<Row>({ queryOptions: { filter: this.filterFor(partitionKey, range) } })
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

  /** Every row of a single-partition range, page by page. */
  async *list(partitionKey: string, range: RowKeyRange = {}): AsyncGenerator<Stored<Row>> {
    let token: string | undefined;
    do {
      const page = await this.page(partitionKey, range, 1000, token);
      yield* page.items;
      token = page.continuationToken;
    } while (token);
  }

  /** A point read that proves the table is reachable. */
  async ping(): Promise<void> {
    await this.get("health", "ping");
  }
}
