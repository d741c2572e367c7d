import { TableClient, TableServiceClient, type TableServiceClientOptions } from "@azure/data-tables";
import { DefaultAzureCredential } from "@azure/identity";
import type { AppConfig } from "../config.js";

export type TableName =
  "TeamConfig" | "Conversations" | "Encounters" | "Reminders" | "Learners" | "Audit" | "Health" | "Teams" | "People";

/** Creates the TableClient of each table from the storage settings: a connection string locally, the managed identity in Azure. */
export interface TableClientFactory {
  client: (name: TableName) => TableClient;
}

// Fail fast when storage is down so callers can answer "degraded" instead of hanging on retries.
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
