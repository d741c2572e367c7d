/**
 * SEED_DEMO=on (development only, refused in production): fills the demo team (demoTeam.ts) once, so a
 * newcomer's `npm start` opens on a team with a month of activity. Everything goes through the real
 * repositories, built by the domain's own transitions: the team and its roster (as the bot learns them when
 * installed), the staff names, the learners, the encounters with their activity index rows and the note
 * obligations still open, and last the configuration with its audit entries. The configuration is the "already seeded" mark: it is written last,
 * so a seed cut short runs again at the next start (every earlier write is an upsert or create-if-absent).
 */
import { AlreadyExistsError } from "../errors.js";
import { diffValues } from "../domain/configDiff.js";
import { DEFAULT_TEAM_CONFIGURATION } from "../domain/teamConfig.js";
import type { Logger } from "../logger.js";
import type { AuditRepository } from "../storage/auditRepository.js";
import type { Encounter } from "../domain/encounter.js";
import type { EncounterRepository } from "../storage/encounterRepository.js";
import type { LearnerRepository } from "../storage/learnerRepository.js";
import type { NoteObligationRepository } from "../storage/noteObligationRepository.js";
import type { PeopleRepository } from "../storage/peopleRepository.js";
import type { TeamConfigRepository } from "../storage/teamConfigRepository.js";
import type { TeamRepository } from "../storage/teamRepository.js";
import { demoConfiguration } from "./demoConfiguration.js";
import { demoEncounters } from "./demoEncounters.js";
import { demoLearners } from "./demoLearners.js";
import { demoObligations } from "./demoObligations.js";
import { DEMO_TEAM, DEMO_TENANT_ID, PLAYGROUND_CONNECTOR_URL, demoPersona, demoStaff } from "./demoTeam.js";

/** The repositories the seed writes through, as the service uses them. */
export interface SeedServices {
  teams: TeamRepository;
  people: PeopleRepository;
  teamConfigs: TeamConfigRepository;
  audit: AuditRepository;
  learners: LearnerRepository;
  encounters: EncounterRepository;
  reminders: { obligations: Pick<NoteObligationRepository, "create"> };
  logger: Logger;
  now: () => Date;
}

export interface DemoSeedResult {
  seeded: boolean;
  members: number;
  learners: number;
  encounters: number;
}

const DAY_MS = 86_400_000;
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS).toISOString();
/** Writes at a time: Azurite (and the 2-core machine) stay responsive at start. */
const CONCURRENCY = 4;

async function seedTeamAndRoster(services: SeedServices, installedAt: string, now: string): Promise<number> {
  const staff = demoStaff();
  await services.teams.saveInstalled(DEMO_TENANT_ID, {
    groupId: DEMO_TEAM.groupId,
    threadId: DEMO_TEAM.threadId,
    name: DEMO_TEAM.name,
    serviceUrl: PLAYGROUND_CONNECTOR_URL,
    installedAt,
    installedBy: demoPersona("pilote").oid,
  });
  await services.teams.putMembers(DEMO_TENANT_ID, DEMO_TEAM.groupId, staff, now);
  await services.teams.patch(DEMO_TENANT_ID, DEMO_TEAM.groupId, { rosterSyncedAt: now, memberCount: staff.length });
  await services.people.save(DEMO_TENANT_ID, staff, now);
  return staff.length;
}

async function seedLearners(services: SeedServices, registeredAt: string, designatedAt: string): Promise<number> {
  let created = 0;
  for (const learner of demoLearners(registeredAt, designatedAt)) {
    try {
      await services.learners.create(DEMO_TENANT_ID, learner);
      created++;
    } catch (error) {
      if (!(error instanceof AlreadyExistsError)) throw error;
    }
  }
  return created;
}

async function seedEncounters(services: SeedServices, encounters: readonly Encounter[]): Promise<number> {
  let created = 0;
  for (let i = 0; i < encounters.length; i += CONCURRENCY) {
    const results = await Promise.all(encounters.slice(i, i + CONCURRENCY).map((e) => services.encounters.create(e)));
    created += results.filter((r) => r.created).length;
  }
  return created;
}

/** The obligations of the notes still owed (create-if-absent, like the encounters). */
async function seedObligations(services: SeedServices, encounters: readonly Encounter[], now: Date): Promise<void> {
  const obligations = demoObligations(encounters, demoConfiguration(now).reminderPolicy);
  for (let i = 0; i < obligations.length; i += CONCURRENCY)
    await Promise.all(obligations.slice(i, i + CONCURRENCY).map((o) => services.reminders.obligations.create(o)));
}

/** The configuration with both pilots, and the audit entries the tab's pilot would have left (install, second pilot). */
async function seedConfiguration(services: SeedServices, now: Date, installedAt: string): Promise<void> {
  const configuration = demoConfiguration(now);
  const pilote = demoPersona("pilote").oid;
  const pilots = [pilote, demoPersona("pilote2").oid];
  await services.teamConfigs.create(DEMO_TENANT_ID, DEMO_TEAM.groupId, {
    configuration,
    pilots,
    at: installedAt,
    by: pilote,
  });
  const install = [
    ...diffValues(DEFAULT_TEAM_CONFIGURATION, configuration),
    { path: "pilots", before: [], after: [pilote] },
  ];
  await services.audit.append(DEMO_TENANT_ID, DEMO_TEAM.groupId, {
    at: installedAt,
    by: pilote,
    action: "config.install",
    changes: install,
  });
  const secondPilotAt = new Date(Date.parse(installedAt) + 3_600_000).toISOString();
  await services.audit.append(DEMO_TENANT_ID, DEMO_TEAM.groupId, {
    at: secondPilotAt,
    by: pilote,
    action: "pilot.add",
    changes: [{ path: "pilots", before: [pilote], after: pilots }],
  });
}

/** Seeds the demo team unless it already has its configuration; logs what it did either way. */
export async function seedDemoTeam(services: SeedServices): Promise<DemoSeedResult> {
  const where = { tenantId: DEMO_TENANT_ID, teamKey: DEMO_TEAM.groupId, team: DEMO_TEAM.name };
  if (await services.teamConfigs.get(DEMO_TENANT_ID, DEMO_TEAM.groupId)) {
    services.logger.info(where, "demo team already seeded (SEED_DEMO=on): nothing added");
    return { seeded: false, members: 0, learners: 0, encounters: 0 };
  }
  const now = services.now();
  const installedAt = daysBefore(now, 56);
  const members = await seedTeamAndRoster(services, installedAt, now.toISOString());
  const learners = await seedLearners(services, daysBefore(now, 55), daysBefore(now, 42));
  const visits = demoEncounters(now);
  const encounters = await seedEncounters(services, visits);
  await seedObligations(services, visits, now);
  try {
    await seedConfiguration(services, now, installedAt);
  } catch (error) {
    // Someone configured the team meanwhile (the Playground's install, a pilot in the tab): theirs stays.
    if (!(error instanceof AlreadyExistsError)) throw error;
  }
  services.logger.info(
    { ...where, members, learners, encounters, pilots: 2 },
    "demo team seeded (SEED_DEMO=on): team, roster, configuration, learners, a month of encounters",
  );
  return { seeded: true, members, learners, encounters };
}
