/**
 * Which team an encounter belongs to, and who is staff on a roster (DESIGN: "an encounter belongs to the
 * team of its organiser/clinician, known from the rosters of the teams where Balises is installed, chosen
 * by the clinician when several"; a patient or guest is never indexed).
 */
import { describe, expect, it } from "vitest";
import { assignTeam, canChooseTeam, isGroupId, normalizeGroupId, staffOf } from "../../bot/src/domain/teams.js";

const G = "f3ec8cd2-e704-4344-8c47-9a3a21d683c0";
const H = "02ce3874-dd86-41ba-bddc-013f34019978";

describe("a team is known by its Entra group id", () => {
  it("accepts a GUID in any case and gives it in lower case", () => {
    expect(normalizeGroupId(G.toUpperCase())).toBe(G);
  });

  it("refuses the bot's team thread, a meeting chat and made-up keys", () => {
    for (const key of [
      "19:zFLSDFWsesfzcmKArqKJ-65aOXJz@sgf462H2wz41@thread.tacv2",
      "19:meeting_NjkxMTViNDQtMDliMi00NzcwLTg2MDAtNTU5ZDRlMWI5Y2Ni@thread.v2",
      "equipe-demo",
      "",
      undefined,
      42,
    ]) {
      expect(isGroupId(key)).toBe(false);
    }
  });
});

describe("staff of a roster", () => {
  it("keeps users with an Entra object id, in lower case, with a clean name", () => {
    expect(staffOf([{ aadObjectId: G.toUpperCase(), name: "  Marie\u0000 Tremblay ", userRole: "user" }])).toEqual([
      { oid: G, name: "Marie Tremblay" },
    ]);
  });

  it("never keeps a guest, an anonymous participant or an account without object id", () => {
    expect(
      staffOf([
        { aadObjectId: G, name: "Invité", userRole: "guest" },
        { aadObjectId: H, userRole: "anonymous" },
        { name: "Sans id" },
      ]),
    ).toEqual([]);
  });

  it("merges duplicates", () => {
    expect(
      staffOf([
        { aadObjectId: G, name: "A" },
        { aadObjectId: G, name: "A" },
      ]),
    ).toHaveLength(1);
  });
});

describe("the team of an encounter", () => {
  it("is the channel's team in a channel meeting, whatever the organiser's teams", () => {
    expect(assignTeam({ channelTeam: H, organizerTeams: [G] })).toEqual({ teamKey: H, source: "channel" });
  });

  it("is the organiser's only team", () => {
    expect(assignTeam({ organizerTeams: [G] })).toEqual({ teamKey: G, source: "onlyTeam" });
  });

  it("is the team they picked last when they have several and it is still theirs", () => {
    expect(assignTeam({ organizerTeams: [G, H], preferred: H })).toEqual({ teamKey: H, source: "preferred" });
  });

  it("must be chosen when they have several and no remembered choice (or it is no longer theirs)", () => {
    expect(assignTeam({ organizerTeams: [H, G], preferred: "5b7c0e7a-3f1d-4a55-9e2b-0c1d2e3f4a5b" })).toEqual({
      source: "pending",
      candidates: [H, G].sort(),
    });
  });

  it("is none when Balises is in none of their teams", () => {
    expect(assignTeam({ organizerTeams: [] })).toEqual({ source: "none" });
  });

  it("follows a choice made for the meeting beforehand only if the organiser is in that team", () => {
    expect(assignTeam({ organizerTeams: [G, H], meetingChoice: H, preferred: G })).toEqual({
      teamKey: H,
      source: "chosen",
    });
    expect(assignTeam({ organizerTeams: [G], meetingChoice: H })).toEqual({ teamKey: G, source: "onlyTeam" });
  });

  it("can be chosen only among the chooser's own teams", () => {
    expect(canChooseTeam([G], G)).toBe(true);
    expect(canChooseTeam([G], H)).toBe(false);
  });
});
