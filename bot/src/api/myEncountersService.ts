/**
 * « Mes rencontres » as the API reads it: only the caller's own index partitions (as clinician, as learner)
 * over the last MY_ENCOUNTERS_DAYS days, the obligations of the notes the index says are still owed, and a
 * point read per listed encounter for its meeting chat. No scan; every list bounded (domain/myEncounters.ts).
 * "Note déposée" and "Me le rappeler plus tard" are NoteObligations' own, which the note card's buttons call
 * too: one implementation, the same authorisation (the clinician the obligation belongs to), two doors.
 */
import type { Identity } from "../auth/tokenValidator.js";
import type { MyEncounters, MyNote, NoteFiledAnswer, RemindLaterAnswer, TeamRef } from "../contract/index.js";
import { localDate } from "../domain/activityStats.js";
import type { EncounterSummary } from "../domain/encounter.js";
import { meetingChatLink } from "../domain/meetingChatLink.js";
import { byDeadline, followUpsDue, MY_ENCOUNTERS_DAYS, noteOwed, notesStillOwed } from "../domain/myEncounters.js";
import { runPool } from "../jobs/pool.js";
import type { NoteObligations } from "../reminders/noteObligations.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { IndexReader } from "../storage/encounterIndexReader.js";
import type { TeamRecord, TeamRepository } from "../storage/teamRepository.js";
import { myLearning, type LearningPorts } from "./myLearning.js";
import { recentEncounters } from "./recentEncounters.js";

export interface MyEncountersPorts extends LearningPorts {
  encounters: IndexReader & Pick<EncounterRepository, "get" | "readSource">;
  notes: Pick<NoteObligations, "statusOf" | "markFiled" | "snooze">;
  teams: Pick<TeamRepository, "teamsOf" | "get">;
  now: () => Date;
}

const DAY_MS = 86_400_000;
/** Rows of the caller's clinician partition read at most: four months of a full-time practice stay far below. */
const MAX_READ = 2000;
/** Point reads in flight at once for one answer. */
const READS_AT_ONCE = 8;

export type MyEncountersAnswer = Omit<MyEncounters, "people">;

export class MyEncountersService {
  constructor(private readonly ports: MyEncountersPorts) {}

  async list(who: Identity): Promise<MyEncountersAnswer> {
    const now = this.ports.now();
    const since = new Date(now.getTime() - MY_ENCOUNTERS_DAYS * DAY_MS).toISOString();
    const clinician = { by: "clinician", oid: who.userId } as const;
    const [mine, teams] = await Promise.all([
      recentEncounters(this.ports.encounters, who.tenantId, clinician, now, MY_ENCOUNTERS_DAYS, MAX_READ),
      this.ports.teams.teamsOf(who.tenantId, who.userId),
    ]);
    const [notes, learning] = await Promise.all([this.notesOwed(who, mine), myLearning(this.ports, who, teams, since)]);
    const followUps = followUpsDue(mine, localDate(now.toISOString()));
    const links = await this.chatLinks(who.tenantId, [...followUps, ...learning.parts]);
    const linked = <T extends { encounterId: string }>(item: T) => {
      const chatLink = links.get(item.encounterId);
      return chatLink ? { ...item, chatLink } : item;
    };
    const parts = learning.parts.map(linked);
    const keys = [...notes, ...followUps, ...parts, ...learning.standings].flatMap((i) =>
      i.teamKey ? [i.teamKey] : [],
    );
    return {
      since,
      days: MY_ENCOUNTERS_DAYS,
      notes,
      followUps: followUps.map(linked),
      parts,
      standings: learning.standings,
      teams: await this.teamRefs(who.tenantId, teams, keys),
    };
  }

  async fileNote(who: Identity, encounterId: string): Promise<NoteFiledAnswer> {
    const { filedAt, filedOnTime } = await this.ports.notes.markFiled(who.tenantId, encounterId, who.userId);
    if (filedAt === undefined || filedOnTime === undefined) throw new Error("the note came back not filed");
    return { encounterId, filedAt, filedOnTime };
  }

  async remindLater(who: Identity, encounterId: string): Promise<RemindLaterAnswer> {
    const { obligation, remindAt } = await this.ports.notes.snooze(who.tenantId, encounterId, who.userId);
    return { encounterId: obligation.encounterId, remindAt: remindAt?.toISOString() ?? null };
  }

  /** The notes the caller still owes, each by its obligation (whose deadline a team may have shortened). */
  private async notesOwed(who: Identity, mine: readonly EncounterSummary[]): Promise<MyNote[]> {
    const owed: MyNote[] = [];
    await runPool(notesStillOwed(mine), READS_AT_ONCE, async (s) => {
      const read = await this.ports.notes.statusOf(who.tenantId, s.encounterId);
      const note = read && noteOwed(s, { ...read.obligation, status: read.status }, who.userId);
      const chatLink = read && meetingChatLink(read.obligation.meetingConversationId);
      if (note) owed.push(chatLink ? { ...note, chatLink } : note);
    });
    return byDeadline(owed);
  }

  /** Each listed encounter's meeting chat link (a point read each; an encounter since purged has none). */
  private async chatLinks(tenantId: string, items: ReadonlyArray<{ encounterId: string }>) {
    const links = new Map<string, string>();
    const ids = [...new Set(items.map((i) => i.encounterId))];
    await runPool(ids, READS_AT_ONCE, async (id) => {
      const link = meetingChatLink((await this.ports.encounters.get(tenantId, id))?.encounter.conversationId);
      if (link) links.set(id, link);
    });
    return links;
  }

  /** The names of the teams the items name: the caller's own, else read (a team they have left). */
  private async teamRefs(tenantId: string, mine: readonly TeamRecord[], keys: string[]): Promise<TeamRef[]> {
    const refs = await Promise.all(
      [...new Set(keys)].map(async (groupId) => {
        const name =
          mine.find((t) => t.groupId === groupId)?.name ?? (await this.ports.teams.get(tenantId, groupId))?.team.name;
        return name === undefined ? [] : [{ groupId, name }];
      }),
    );
    return refs.flat();
  }
}
