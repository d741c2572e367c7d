/**
 * People table: the display names of staff, so the tab shows people by name (never by object id), also
 * after they left a team. PK = tenant|people, RK = <Entra object id>. Names come from the rosters of the
 * teams where Balises is installed (staff only: guests, patients and meeting participants are never
 * written here), and from the signed-in user's own token.
 */
import type { StaffMember } from "../domain/teams.js";
import { compositeKey, escapeKeyPart } from "./keys.js";
import type { TableGateway } from "./tableGateway.js";
import { textOf } from "./columns.js";

/** Distinct people looked up at once for one answer (each is a point read). */
export const MAX_NAME_LOOKUPS = 200;

export class PeopleRepository {
  constructor(private readonly table: TableGateway) {}

  private static partition(tenantId: string): string {
    return compositeKey(tenantId, "people");
  }

  async save(tenantId: string, people: readonly StaffMember[], at: string): Promise<void> {
    const named = people.filter((p) => p.name !== "");
    await Promise.all(
      named.map((p) =>
        this.table.upsert({
          partitionKey: PeopleRepository.partition(tenantId),
          rowKey: escapeKeyPart(p.oid),
          name: p.name,
          at,
        }),
      ),
    );
  }

  /** Names of the given people (those never seen are absent from the map). */
  async names(tenantId: string, oids: Iterable<string>): Promise<Map<string, string>> {
    const distinct = [...new Set(oids)].slice(0, MAX_NAME_LOOKUPS);
    const rows = await Promise.all(
      distinct.map((oid) => this.table.get(PeopleRepository.partition(tenantId), escapeKeyPart(oid))),
    );
    const out = new Map<string, string>();
    distinct.forEach((oid, i) => {
      const name = textOf(rows[i]?.value.name);
      if (name !== "") out.set(oid, name);
    });
    return out;
  }
}
