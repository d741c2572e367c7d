/**
 * The crisis resources a patient is shown with the contingency plan (003 §3). A new team's list holds the
 * Québec-wide lines (9-1-1, Info-Santé and Info-Social 811); the team adds its regions' lines and every line it
 * lists for the patient's region is shown. Whatever the list, the patient always sees 9-1-1 first and the
 * suicide-prevention lines (1 866 APPELLE, text 535353, suicide.ca — where 9-8-8 calls from Québec are routed):
 * a team cannot remove them. Québec-wide lines are named in the reader's language; a team's own lines keep the words it typed.
 */
import type { Locale, Localized } from "../i18n/locale.js";
import type { CrisisResource } from "./teamConfig.js";
import { regionsNamedBy, type RegionCode } from "./quebecRegions.js";

export const EMERGENCY_RESOURCE_ID = "911";

interface DefaultResource extends CrisisResource {
  label: Localized;
  /** Names stored by earlier versions for this line: still shown in the reader's language. */
  formerNames?: string[];
}

const EMERGENCY: DefaultResource = {
  id: EMERGENCY_RESOURCE_ID,
  region: "Québec",
  name: "Urgence 9-1-1",
  phone: "911",
  label: { "fr-CA": "Urgence 9-1-1", en: "Emergency 911" },
  formerNames: ["Urgence / Emergency 911"],
};

const QUEBEC_RESOURCES: DefaultResource[] = [
  EMERGENCY,
  {
    id: "811-sante",
    region: "Québec",
    name: "Info-Santé 811 (option 1)",
    phone: "811",
    label: { "fr-CA": "Info-Santé 811 (option 1)", en: "Info-Santé 811 (option 1)" },
  },
  {
    id: "811-social",
    region: "Québec",
    name: "Info-Social 811 (option 2)",
    phone: "811",
    label: { "fr-CA": "Info-Social 811 (option 2)", en: "Info-Social 811 (option 2)" },
  },
  {
    id: "suicide-phone",
    region: "Québec",
    name: "Prévention du suicide, jour et nuit",
    phone: "1 866 APPELLE (1 866 277-3553)",
    label: { "fr-CA": "Prévention du suicide, jour et nuit", en: "Suicide prevention, day and night" },
  },
  {
    id: "suicide-text",
    region: "Québec",
    name: "Prévention du suicide par texto",
    phone: "535353",
    label: { "fr-CA": "Prévention du suicide par texto", en: "Suicide prevention by text message" },
  },
  {
    id: "suicide-chat",
    region: "Québec",
    name: "Prévention du suicide en clavardage",
    phone: "suicide.ca",
    label: { "fr-CA": "Prévention du suicide en clavardage", en: "Suicide prevention by chat" },
  },
];

const STORED_BY_DEFAULT = new Set([EMERGENCY_RESOURCE_ID, "811-sante", "811-social"]);
const stored = ({ id, region, name, phone }: DefaultResource): CrisisResource => ({ id, region, name, phone });

/** The Québec-wide lines a new team's configuration starts with (phone numbers a pilot can edit and save). */
export const DEFAULT_CRISIS_RESOURCES: CrisisResource[] = QUEBEC_RESOURCES.filter((r) =>
  STORED_BY_DEFAULT.has(r.id),
).map(stored);

/**
 * 004: the resources near where the person is. The regions a line serves, by what its region says: those it names,
 * or every region when it names none (« Québec », a local name) — a line Balises cannot place is never hidden.
 */
export function regionsServed(region: string): RegionCode[] | "every" {
  const named = regionsNamedBy(region);
  return named.length === 0 ? "every" : named;
}

function servesRegion(resource: CrisisResource, region: RegionCode): boolean {
  const served = regionsServed(resource.region);
  return served === "every" || served.includes(region);
}

/**
 * What the patient is shown: 9-1-1 first, the team's lines (the defaults when it has none) — those serving the
 * patient's region once it is recorded, all of them before — then suicide prevention.
 */
export function crisisResourcesShown(configured: readonly CrisisResource[], region?: RegionCode): CrisisResource[] {
  const list = configured.length > 0 ? [...configured] : [...DEFAULT_CRISIS_RESOURCES];
  const emergency = list.find((r) => r.id === EMERGENCY_RESOURCE_ID) ?? stored(EMERGENCY);
  const local = list.filter((r) => r !== emergency && (region === undefined || servesRegion(r, region)));
  const always = QUEBEC_RESOURCES.filter((r) => !STORED_BY_DEFAULT.has(r.id) && !local.some((l) => l.id === r.id));
  return [emergency, ...local, ...always.map(stored)];
}

/** A line's name for the reader: a Québec-wide line in their language, a team's own line as typed. */
export function crisisResourceName(resource: CrisisResource, locale: Locale): string {
  const known = QUEBEC_RESOURCES.find((d) => d.id === resource.id);
  const untouched = known && (resource.name === known.name || known.formerNames?.includes(resource.name));
  return untouched ? known.label[locale] : resource.name;
}

/** The lines as a reader sees them (cards and side panel): a Québec-wide line in their language, a team's own with its region. */
export function crisisLines(resources: readonly CrisisResource[], locale: Locale): { name: string; phone: string }[] {
  return resources.map((r) => {
    const name = crisisResourceName(r, locale);
    return { name: r.region && r.region !== "Québec" ? `${name} (${r.region})` : name, phone: r.phone };
  });
}
