/** Contract of TeamConfigRepository against Azurite: one row per team, checked JSON columns, ETags. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import { StoredConfigurationInvalidError, TeamConfigRepository } from "../../bot/src/storage/teamConfigRepository.js";
import { AlreadyExistsError, EtagConflictError, ValidationError } from "../../bot/src/errors.js";
import { DEFAULT_TEAM_CONFIGURATION, type TeamConfiguration } from "../../bot/src/domain/teamConfig.js";
import { escapeKeyPart } from "../../bot/src/storage/keys.js";
import { LIMITS } from "../../bot/src/domain/teamConfigSchema.js";
import { FREE_TEXT_FIELDS as F } from "../../bot/src/domain/freeTextFields.js";

const TENANT = "11111111-1111-4111-8111-111111111111";
const OTHER_TENANT = "22222222-2222-4222-8222-222222222222";
const PILOT = "aaaaaaaa-0000-4000-8000-000000000001";
const PILOT2 = "aaaaaaaa-0000-4000-8000-000000000002";

let azurite: RunningAzurite;
let gateway: TableGateway;
let repo: TeamConfigRepository;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("TeamConfig"));
  repo = new TeamConfigRepository(gateway);
});
afterAll(() => azurite.stop());

const write = (configuration: TeamConfiguration = DEFAULT_TEAM_CONFIGURATION, pilots = [PILOT]) => ({
  configuration,
  pilots,
  at: "2026-11-23T15:00:00.000Z",
  by: PILOT,
});
const withCorridor = (name: string): TeamConfiguration => ({
  ...structuredClone(DEFAULT_TEAM_CONFIGURATION),
  corridors: [{ id: "c1", name, kind: "gmf", contact: "poste 1" }],
});

describe("TeamConfigRepository", () => {
  it("creates, reads back and reports absence", async () => {
    expect(await repo.get(TENANT, "team-a")).toBeUndefined();
    const created = await repo.create(TENANT, "team-a", write());
    expect(created).toMatchObject({
      teamKey: "team-a",
      configuration: DEFAULT_TEAM_CONFIGURATION,
      pilots: [PILOT],
      version: 1,
      updatedBy: PILOT,
    });
    expect(created.etag).toMatch(/^W\/"/);
    expect(await repo.get(TENANT, "team-a")).toEqual(created);
  });

  it("never overwrites on create", async () => {
    await repo.create(TENANT, "team-b", write());
    await expect(repo.create(TENANT, "team-b", write(withCorridor("GMF")))).rejects.toBeInstanceOf(AlreadyExistsError);
    expect((await repo.get(TENANT, "team-b"))?.configuration.corridors).toEqual([]);
  });

  it("replaces with the current ETag, and turns a stale ETag into a typed conflict that keeps the first write", async () => {
    const created = await repo.create(TENANT, "team-c", write());
    const first = await repo.replace(
      TENANT,
      "team-c",
      write(withCorridor("GMF premier"), [PILOT, PILOT2]),
      created.etag,
      created.version,
    );
    expect(first).toMatchObject({ version: 2, pilots: [PILOT, PILOT2] });
    await expect(
      repo.replace(TENANT, "team-c", write(withCorridor("GMF second")), created.etag, created.version),
    ).rejects.toBeInstanceOf(EtagConflictError);
    expect((await repo.get(TENANT, "team-c"))?.configuration.corridors[0]?.name).toBe("GMF premier");
  });

  it("validates on write with every rule (003 §4 here) and writes nothing invalid", async () => {
    await expect(repo.create(TENANT, "team-d", write(withCorridor("Urgence de l'hôpital")))).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      repo.create(TENANT, "team-d", write(DEFAULT_TEAM_CONFIGURATION, ["pas-un-guid"])),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(await repo.get(TENANT, "team-d")).toBeUndefined();
  });

  it("validates on read: a row that does not fit the schema is a typed error, not garbage", async () => {
    const created = await repo.create(TENANT, "team-e", write());
    const row = (await gateway.get(TENANT, escapeKeyPart("team-e")))!;
    await gateway.replace(
      { ...row.value, partitionKey: TENANT, rowKey: escapeKeyPart("team-e"), corridors: '[{"id":"c1"}]' },
      created.etag,
    );
    await expect(repo.get(TENANT, "team-e")).rejects.toBeInstanceOf(StoredConfigurationInvalidError);
  });

  it("keeps tenants apart: same team key, two tenants, two rows", async () => {
    await repo.create(TENANT, "team-f", write(withCorridor("GMF locataire 1")));
    expect(await repo.get(OTHER_TENANT, "team-f")).toBeUndefined();
    await repo.create(OTHER_TENANT, "team-f", write(withCorridor("GMF locataire 2")));
    expect((await repo.get(TENANT, "team-f"))?.configuration.corridors[0]?.name).toBe("GMF locataire 1");
  });

  it("stores keys that Azure forbids (/ \\ # ?) and OData-looking strings verbatim", async () => {
    const key = "19:a/b\\c#d?e' or PartitionKey ne '@thread.tacv2";
    await repo.create(TENANT, key, write(withCorridor("O'Brien ' or true or '")));
    const read = await repo.get(TENANT, key);
    expect(read?.teamKey).toBe(key);
    expect(read?.configuration.corridors[0]?.name).toBe("O'Brien ' or true or '");
  });

  it("stores a configuration at every list limit, with French text, past Azure's 64 KiB per string column", async () => {
    const big = structuredClone(DEFAULT_TEAM_CONFIGURATION);
    const fill = (n: number) =>
      'Réservé aux « patients connus » — appelez d\'abord; "urgent" \\ 📞 '.repeat(20).slice(0, n);
    big.corridors = Array.from({ length: LIMITS.corridors }, (_, i) => ({
      // Many 4-byte characters: Azurite breaks one that straddles two network chunks unless the JSON is ASCII.
      id: `c${i}`,
      name: `GMF ${i} ${fill(F.corridorName.max - 10)}`,
      kind: "gmf" as const,
      contact: "📞".repeat(F.corridorContact.max),
      address: fill(F.corridorAddress.max),
      hours: fill(F.corridorHours.max),
      conditions: fill(F.corridorConditions.max),
      whoMayRefer: fill(F.corridorWhoMayRefer.max),
    }));
    big.interpreters = Array.from({ length: LIMITS.interpreters }, (_, i) => ({
      id: `i${i}`,
      name: fill(F.interpreterName.max),
      contact: fill(F.interpreterContact.max),
      languages: fill(F.interpreterLanguages.max),
    }));
    expect(JSON.stringify(big.corridors).length).toBeGreaterThan(64 * 1024);
    const created = await repo.create(TENANT, "team-big", write(big));
    expect((await repo.get(TENANT, "team-big"))?.configuration).toEqual(big);
    expect(created.version).toBe(1);
  });

  it("refuses, as the caller's error, a configuration too large for one Azure entity, and writes nothing", async () => {
    const huge = structuredClone(DEFAULT_TEAM_CONFIGURATION);
    huge.corridors = Array.from({ length: LIMITS.corridors }, (_, i) => ({
      id: `c${i}`,
      name: "🏥".repeat(F.corridorName.max),
      kind: "gmf" as const,
      contact: "📞".repeat(F.corridorContact.max),
      address: "🏥".repeat(F.corridorAddress.max),
      hours: "🕘".repeat(F.corridorHours.max),
      conditions: "📋".repeat(F.corridorConditions.max),
      whoMayRefer: "👩".repeat(F.corridorWhoMayRefer.max),
    }));
    const refused = await repo.create(TENANT, "team-huge", write(huge)).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((i) => i.path)).toEqual([""]);
    expect(await repo.get(TENANT, "team-huge")).toBeUndefined();
  });
});
