import { describe, expect, it } from "vitest";
import {
  crisisResourceName,
  crisisResourcesShown,
  DEFAULT_CRISIS_RESOURCES,
} from "../../bot/src/domain/crisisResources.js";
import type { CrisisResource } from "../../bot/src/domain/teamConfig.js";

const regional = (n: number): CrisisResource => ({
  id: `r${n}`,
  region: "Mauricie",
  name: `Ligne régionale ${n}`,
  phone: `819 555-01${String(n).padStart(2, "0")}`,
});

describe("crisis resources shown with the contingency plan (003 §3)", () => {
  it("a team with no list: 9-1-1, Info-Santé and Info-Social 811, then suicide prevention by phone, text and chat", () => {
    expect(crisisResourcesShown([]).map((r) => [r.id, r.phone])).toEqual([
      ["911", "911"],
      ["811-sante", "811"],
      ["811-social", "811"],
      ["suicide-phone", "1 866 APPELLE (1 866 277-3553)"],
      ["suicide-text", "535353"],
      ["suicide-chat", "suicide.ca"],
    ]);
  });

  it("a team cannot remove 9-1-1 nor the suicide-prevention lines; it comes first", () => {
    expect(crisisResourcesShown([regional(1)]).map((r) => r.id)).toEqual([
      "911",
      "r1",
      "suicide-phone",
      "suicide-text",
      "suicide-chat",
    ]);
  });

  it("every line the team lists is shown, not the first five", () => {
    const many = [...DEFAULT_CRISIS_RESOURCES, ...[1, 2, 3, 4, 5, 6].map(regional)];
    expect(crisisResourcesShown(many)).toHaveLength(many.length + 3);
  });

  it("a line the team already lists is not shown twice", () => {
    const ownSuicideLine = { ...regional(9), id: "suicide-phone" };
    expect(crisisResourcesShown([ownSuicideLine]).filter((r) => r.id === "suicide-phone")).toHaveLength(1);
  });

  it("Québec-wide lines are named in the reader's language (9-1-1 in French); a team's own words are kept", () => {
    const emergency = crisisResourcesShown([])[0]!;
    expect(crisisResourceName(emergency, "fr-CA")).toBe("Urgence 9-1-1");
    expect(crisisResourceName(emergency, "en")).toBe("Emergency 911");
    // The name earlier versions stored for the line, mixing both languages, is read in one.
    expect(crisisResourceName({ ...emergency, name: "Urgence / Emergency 911" }, "fr-CA")).toBe("Urgence 9-1-1");
    expect(crisisResourceName({ ...emergency, name: "Urgences — composez le 911" }, "en")).toBe(
      "Urgences — composez le 911",
    );
    expect(crisisResourceName(regional(1), "en")).toBe("Ligne régionale 1");
  });
});

describe("crisis resources of the patient's region (004; 003 §3)", () => {
  const line = (id: string, region: string): CrisisResource => ({
    id,
    region,
    name: `Ligne ${id}`,
    phone: "819 555-0100",
  });
  const team = [
    ...DEFAULT_CRISIS_RESOURCES,
    line("mauricie", "Mauricie"),
    line("mcq", "Mauricie et Centre-du-Québec"),
    line("mtl", "Montréal"),
    line("local", "Secteur ouest"),
  ];

  it("shows the lines of the patient's region, the Québec-wide ones and those Balises cannot place", () => {
    expect(crisisResourcesShown(team, "06").map((r) => r.id)).toEqual([
      "911",
      "811-sante",
      "811-social",
      "mtl",
      "local",
      "suicide-phone",
      "suicide-text",
      "suicide-chat",
    ]);
    expect(crisisResourcesShown(team, "17").map((r) => r.id)).toContain("mcq");
    expect(crisisResourcesShown(team, "17").map((r) => r.id)).not.toContain("mauricie");
  });

  it("shows every line of the team while the region is not confirmed", () => {
    expect(crisisResourcesShown(team)).toHaveLength(team.length + 3);
  });

  it("keeps 9-1-1 first and the suicide-prevention lines whatever region the team gave them", () => {
    const elsewhere = [{ ...line("911", "Laval"), phone: "911" }, { ...line("suicide-phone", "Laval") }];
    const shown = crisisResourcesShown(elsewhere, "06").map((r) => r.id);
    expect(shown[0]).toBe("911");
    expect(shown).toEqual(["911", "suicide-phone", "suicide-text", "suicide-chat"]);
  });
});
