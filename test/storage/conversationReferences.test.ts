import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAzurite, type RunningAzurite } from "../support/azurite.js";
import { createTableClientFactory } from "../../bot/src/storage/tableClients.js";
import { TableGateway } from "../../bot/src/storage/tableGateway.js";
import {
  ConversationReferenceRepository,
  minimalReference,
} from "../../bot/src/storage/conversationReferenceRepository.js";

let azurite: RunningAzurite;
let repo: ConversationReferenceRepository;
let gateway: TableGateway;

beforeAll(async () => {
  azurite = await startAzurite();
  gateway = new TableGateway(createTableClientFactory(azurite.storage()).client("Conversations"));
  repo = new ConversationReferenceRepository(gateway);
});
afterAll(() => azurite.stop());

const raw = {
  channelId: "msteams",
  serviceUrl: "https://smba.trafficmanager.net/amer/",
  conversation: {
    id: "19:meeting_Zm9v/YmFy@thread.v2",
    conversationType: "groupChat",
    name: "Suivi Mme Tremblay",
    tenantId: "t1",
  },
  bot: { id: "28:bot", name: "Balises" },
  user: { id: "29:user", aadObjectId: "oid-1", name: "Dre Clinicienne" },
};

describe("ConversationReferenceRepository over Azurite", () => {
  it("stores a conversation under its tenant and reads it back", async () => {
    const reference = minimalReference(raw, "t1");
    await repo.saveConversation("t1", { reference, scope: "meeting", installedAt: "2026-11-23T10:00:00.000Z" });
    expect((await repo.getConversation("t1", raw.conversation.id))?.reference).toEqual(reference);
    expect(await repo.getConversation("t2", raw.conversation.id)).toBeUndefined();
  });

  it("drops names, which may carry a patient's name (meeting titles)", () => {
    const reference = minimalReference(raw, "t1");
    expect(JSON.stringify(reference)).not.toContain("Tremblay");
    expect(JSON.stringify(reference)).not.toContain("Clinicienne");
  });

  it("finds a user's personal chat by Entra object id", async () => {
    const reference = minimalReference(
      { ...raw, conversation: { id: "a:personal", conversationType: "personal" } },
      "t1",
    );
    await repo.savePersonal("t1", "oid-1", { reference, scope: "personal", installedAt: "2026-11-23T10:00:00.000Z" });
    expect((await repo.getPersonal("t1", "oid-1"))?.reference.conversation.id).toBe("a:personal");
    expect(await repo.getPersonal("t1", "oid-2")).toBeUndefined();
  });

  it("takes the tenant from the caller, not from the reference", () => {
    expect(
      minimalReference({ ...raw, conversation: { ...raw.conversation, tenantId: "spoofed" } }, "t1").conversation
        .tenantId,
    ).toBe("t1");
  });

  it("reads a chat found in the last seconds from memory, never a chat not found, and forgets one saved or removed", async () => {
    const id = "19:meeting_cmVjZW50/cmVhZHM=@thread.v2";
    const reference = minimalReference({ ...raw, conversation: { ...raw.conversation, id } }, "t1");
    let reads = 0;
    const get = gateway.get.bind(gateway);
    gateway.get = (...args) => {
      reads += 1;
      return get(...args);
    };
    try {
      expect(await repo.getConversation("t1", id)).toBeUndefined();
      await repo.saveConversation("t1", { reference, scope: "meeting", installedAt: "2026-11-23T10:00:00.000Z" });
      const first = await repo.getConversation("t1", id);
      expect(first?.reference).toEqual(reference);
      expect(reads).toBe(2);
      // Each caller gets its own copy.
      first!.reference.serviceUrl = "https://changed.example/";
      expect((await repo.getConversation("t1", id))?.reference).toEqual(reference);
      expect(reads).toBe(2);
      await repo.removeConversation("t1", id);
      expect(await repo.getConversation("t1", id)).toBeUndefined();
      expect(reads).toBe(3);
    } finally {
      gateway.get = get;
    }
  });
});
