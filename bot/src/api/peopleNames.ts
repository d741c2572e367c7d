/**
 * Staff are shown by name, never by object id: each API answer that mentions people carries
 * `people: { <oid>: <display name> }` for them (names from the rosters of the teams where Balises is
 * installed, and the caller's own from their token). Someone never seen on a roster is absent: the tab
 * then says "unknown member", never shows the id.
 */
import type { Identity } from "../auth/tokenValidator.js";
import type { People } from "../contract/index.js";

/** Where names come from (PeopleRepository). */
export interface NameDirectory {
  names: (tenantId: string, oids: Iterable<string>) => Promise<Map<string, string>>;
}

export async function peopleOf(
  directory: NameDirectory,
  who: Identity,
  oids: Iterable<string | undefined>,
): Promise<People> {
  const wanted = [...new Set([...oids].filter((o): o is string => typeof o === "string" && o !== ""))];
  const names = await directory.names(who.tenantId, wanted);
  const people: People = Object.fromEntries(names);
  if (who.name && wanted.includes(who.userId) && !people[who.userId]) people[who.userId] = who.name;
  return people;
}

/** Names looked up as rows stream by (an export): each person is read once per answer. */
export class NameBook {
  readonly people: People = {};
  private readonly asked = new Set<string>();

  constructor(
    private readonly directory: NameDirectory,
    private readonly who: Identity,
  ) {}

  async know(oids: Iterable<string | undefined>): Promise<void> {
    const missing = [...oids].filter((o): o is string => typeof o === "string" && o !== "" && !this.asked.has(o));
    if (missing.length === 0) return;
    for (const oid of missing) this.asked.add(oid);
    Object.assign(this.people, await peopleOf(this.directory, this.who, missing));
  }
}

/** The people an activity row mentions. */
export const rowPeople = (row: { clinicianId?: string; learners: { learnerId: string }[] }) => [
  row.clinicianId,
  ...row.learners.map((l) => l.learnerId),
];
