/**
 * Contract of the SendBudget table against Azurite: one row per tenant, in a partition that starts with the tenant;
 * every write conditional, so two instances never both spend the same slots.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlreadyExistsError, EtagConflictError } from "../../bot/src/errors.js";
import { SendBudgetRepository, type SendSlotLog } from "../../bot/src/storage/sendBudgetRepository.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";

const TENANT = "00000000-0000-4000-8000-0000000b0d9f";
const OTHER_TENANT = "00000000-0000-4000-8000-0000000b0da0";
const LOG: SendSlotLog = {
  batches: [{ id: "a1b2c3d4-1", at: 1_800_000_000_000, until: 1_800_000_000_300, count: 10 }],
  pausedUntil: 0,
};

let azurite: RunningAzurite;
let gateway: TableGateway;
let budgets: SendBudgetRepository;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("SendBudget"));
  budgets = new SendBudgetRepository(gateway);
});
afterAll(() => azurite.stop());

describe("SendBudgetRepository over Azurite", () => {
  it("reads back the log it created, in a partition that starts with the tenant", async () => {
    expect(await budgets.get(TENANT)).toBeUndefined();
    const etag = await budgets.save(TENANT, LOG, undefined);
    expect(await budgets.get(TENANT)).toEqual({ log: LOG, etag });
    expect((await gateway.get(`${TENANT}|sendBudget`, "teams"))?.value.pausedUntil).toBe(0);
    expect(await budgets.get(OTHER_TENANT)).toBeUndefined();
  });

  it("writes only over the version it read: a stale ETag or a second create loses", async () => {
    const first = await budgets.save(OTHER_TENANT, LOG, undefined);
    await expect(budgets.save(OTHER_TENANT, LOG, undefined)).rejects.toBeInstanceOf(AlreadyExistsError);
    const paused = { ...LOG, pausedUntil: 1_800_000_002_000 };
    const second = await budgets.save(OTHER_TENANT, paused, first);
    await expect(budgets.save(OTHER_TENANT, LOG, first)).rejects.toBeInstanceOf(EtagConflictError);
    expect(await budgets.get(OTHER_TENANT)).toEqual({ log: paused, etag: second });
  });
});
