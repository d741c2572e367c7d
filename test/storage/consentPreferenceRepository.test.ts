/**
 * Contract of the Preferences table against Azurite: a clinician's usual consent choices, one row per clinician in
 * a partition that starts with the tenant, holding those choices and a time — nothing about a patient or a meeting.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConsentPreferenceRepository } from "../../bot/src/storage/consentPreferenceRepository.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { USUAL_CONSENT as USUAL } from "../support/consentFixtures.js";

const TENANT = "00000000-0000-4000-8000-0000000c0a01";
const OTHER_TENANT = "00000000-0000-4000-8000-0000000c0a02";
const CLINICIAN = "00000000-0000-4000-8000-00000000c111";
let azurite: RunningAzurite;
let gateway: TableGateway;
let preferences: ConsentPreferenceRepository;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("Preferences"));
  preferences = new ConsentPreferenceRepository(gateway);
});
afterAll(() => azurite.stop());

describe("ConsentPreferenceRepository over Azurite", () => {
  it("reads back the clinician's last choices, per tenant, the row holding only them and a time", async () => {
    expect(await preferences.get(TENANT, CLINICIAN)).toBeUndefined();
    await preferences.save(TENANT, CLINICIAN, USUAL, "2026-11-23T14:00:00.000Z");
    await preferences.save(TENANT, CLINICIAN, { ...USUAL, method: "written" }, "2026-11-24T14:00:00.000Z");
    expect(await preferences.get(TENANT, CLINICIAN)).toEqual({ ...USUAL, method: "written" });
    expect(await preferences.get(OTHER_TENANT, CLINICIAN)).toBeUndefined();
    const row = await gateway.get(`${TENANT}|consentPreferences`, CLINICIAN);
    expect(Object.keys(row!.value).sort()).toEqual([...Object.keys(USUAL), "at", "partitionKey", "rowKey"].sort());
  });

  it("writes nothing when the choices repeat what this instance last read or wrote (a click keeps its one write)", async () => {
    const clinician = "00000000-0000-4000-8000-00000000c222";
    const at = (s: number) => `2026-11-25T14:00:0${s}.000Z`;
    const stamp = async () => (await gateway.get(`${TENANT}|consentPreferences`, clinician))!.value.at;
    await preferences.save(TENANT, clinician, USUAL, at(0));
    await preferences.save(TENANT, clinician, USUAL, at(1));
    expect(await stamp()).toBe(at(0));
    // Another instance changes them: this one writes again once it has read the change, or its own choices change.
    const other = new ConsentPreferenceRepository(gateway);
    await other.save(TENANT, clinician, { ...USUAL, method: "written" }, at(2));
    await preferences.get(TENANT, clinician);
    await preferences.save(TENANT, clinician, USUAL, at(3));
    expect(await stamp()).toBe(at(3));
    await preferences.save(TENANT, clinician, { ...USUAL, limitsExplained: false }, at(4));
    expect(await preferences.get(TENANT, clinician)).toEqual({ ...USUAL, limitsExplained: false });
  });

  it("reads a row that does not fit the choices as none", async () => {
    await gateway.upsert({ partitionKey: `${TENANT}|consentPreferences`, rowKey: "someone", method: "telepathy" });
    expect(await preferences.get(TENANT, "someone")).toBeUndefined();
  });
});
