/**
 * The 17 administrative regions of Québec (codes 01–17): the only place Balises records for where a patient is
 * during a visit (004, 001: resources near where the person is; DESIGN, privacy: never an address or a
 * municipality). Their official names are the same in French and in English.
 */

export const QUEBEC_REGIONS = {
  "01": "Bas-Saint-Laurent",
  "02": "Saguenay–Lac-Saint-Jean",
  "03": "Capitale-Nationale",
  "04": "Mauricie",
  "05": "Estrie",
  "06": "Montréal",
  "07": "Outaouais",
  "08": "Abitibi-Témiscamingue",
  "09": "Côte-Nord",
  "10": "Nord-du-Québec",
  "11": "Gaspésie–Îles-de-la-Madeleine",
  "12": "Chaudière-Appalaches",
  "13": "Laval",
  "14": "Lanaudière",
  "15": "Laurentides",
  "16": "Montérégie",
  "17": "Centre-du-Québec",
} as const;

export type RegionCode = keyof typeof QUEBEC_REGIONS;

/** In code order: JavaScript lists the keys "10"–"17" (integer-like) before "01"–"09", so they are sorted. */
export const REGION_CODES = (Object.keys(QUEBEC_REGIONS) as RegionCode[]).sort() as [RegionCode, ...RegionCode[]];

/** "06 — Montréal": how people and the chart read a region. */
export function regionLabel(code: RegionCode): string {
  return `${code} — ${QUEBEC_REGIONS[code]}`;
}

/** Lower case, no accents, words only, "St" read as "Saint": « Saguenay-Lac-St-Jean » names region 02. */
function words(text: string): string {
  const plain = text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return ` ${plain} `.replace(/ st /g, " saint ").replace(/ ste /g, " sainte ");
}

const REGION_WORDS = REGION_CODES.map((code) => [code, words(QUEBEC_REGIONS[code])] as const);

/**
 * The regions a team's free-text "region" names, by name or code (« Mauricie », « 06 », « Mauricie et
 * Centre-du-Québec »). None: the text names no region (« Québec », « Tout le Québec », a local name), so the
 * line is read as serving every region — a line Balises cannot place is never hidden.
 */
export function regionsNamedBy(text: string): RegionCode[] {
  const said = words(text);
  return REGION_WORDS.filter(([code, name]) => said.includes(name) || said.includes(` ${code} `)).map(([code]) => code);
}
