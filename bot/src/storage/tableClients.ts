import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import { DefaultAzureCredential } from "@azure/identity";
import type { AppConfig } from "../config.js";

/** Every table Balises keeps, each named after the deployment's prefix (STORAGE_TABLE_PREFIX). */
export const TABLE_NAMES = [
  "TeamConfig",
  "Conversations",
  "Encounters",
  "Reminders",
  "Learners",
  "Audit",
  "Health",
  "Teams",
  "People",
  "SendBudget",
  "Preferences",
] as const;

export type TableName = (typeof TABLE_NAMES)[number];

/** Creates the TableClient of each table from the storage settings: a connection string locally, the managed identity in Azure. */
export interface TableClientFactory {
  client: (name: TableName) => TableClient;
}

/**
 * The SDK's own retries: a refused or reset connection, a 5xx, a 408, tried again up to twice within 0.1–0.5 s
 * (a storage that is down answers "degraded" in about 0.3 s). They run inside the deadline TableGateway gives
 * each attempt (its abort signal also cuts a throttling Retry-After wait short); a request that gets no answer
 * at all is not retried here but by TableGateway, within the call's deadline.
 */
const retryOptions: TableServiceClientOptions["retryOptions"] = {
  maxRetries: 2,
  retryDelayInMs: 100,
  maxRetryDelayInMs: 500,
};

export function createTableClientFactory(storage: AppConfig["storage"]): TableClientFactory {
  if (storage.kind === "managedIdentity") {
    const credential = new DefaultAzureCredential();
    return {
      client: (name) => new TableClient(storage.endpoint, storage.tablePrefix + name, credential, { retryOptions }),
    };
  }
  // Plain HTTP is only ever Azurite on this machine; Azure endpoints are HTTPS.
  const allowInsecureConnection =
    /TableEndpoint=http:\/\//i.test(storage.connectionString) ||
    /UseDevelopmentStorage=true/i.test(storage.connectionString);
  return {
    client: (name) =>
      TableClient.fromConnectionString(storage.connectionString, storage.tablePrefix + name, {
        allowInsecureConnection,
        retryOptions,
      }),
  };
}

export function createTableServiceClient(storage: AppConfig["storage"]): TableServiceClient {
  if (storage.kind === "managedIdentity")
    return new TableServiceClient(storage.endpoint, new DefaultAzureCredential(), { retryOptions });
  const allowInsecureConnection = /TableEndpoint=http:\/\//i.test(storage.connectionString);
  return TableServiceClient.fromConnectionString(storage.connectionString, { allowInsecureConnection, retryOptions });
}
