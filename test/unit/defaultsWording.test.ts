/**
 * Words are facts: a team with nothing configured gets Balises' defaults (domain/teamConfig.ts), of which only the
 * baseline matrix is the MSSS's (003 §2.3) — the call-back delay, the crisis lines and the reminders are Balises'.
 * Every text that tells a clinician or a pilot which defaults apply says so.
 */
import { describe, expect, it } from "vitest";
import { TEAM_CARD_STRINGS } from "../../bot/src/cards/team/team.strings.js";
import { TEAM_LINE_STRINGS } from "../../bot/src/cards/encounter/teamLine.strings.js";
import { TEAM_NOTICES } from "../../bot/src/domain/teams.js";
import { MEETING_TEAM_STRINGS } from "../../tab/src/components/MeetingTeam/MeetingTeamCard.strings.js";
import { NOT_INSTALLED_STRINGS } from "../../tab/src/components/NotInstalledNote/NotInstalledNote.strings.js";

const texts = [TEAM_CARD_STRINGS, TEAM_LINE_STRINGS, TEAM_NOTICES, MEETING_TEAM_STRINGS, NOT_INSTALLED_STRINGS].flatMap(
  (strings) => Object.values(strings).flatMap((t) => Object.values(t as Record<string, string>)),
);

describe("which defaults apply", () => {
  it("credits Balises with its defaults, never the MSSS", () => {
    for (const text of texts) expect(text).not.toMatch(/défaut du MSSS|MSSS defaults/);
    expect(texts.filter((t) => /par défaut de Balises|ses valeurs par défaut/.test(t)).length).toBeGreaterThanOrEqual(
      4,
    );
    expect(texts.filter((t) => /Balises'? defaults|Balises uses its defaults/.test(t)).length).toBeGreaterThanOrEqual(
      4,
    );
  });
});
