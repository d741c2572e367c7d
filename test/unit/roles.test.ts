import { describe, expect, it } from "vitest";
import {
  LAST_PILOT,
  NOT_A_PILOT,
  addPilot,
  canConfigure,
  isPilot,
  removePilot,
  resolveRoles,
} from "../../bot/src/domain/roles.js";

const A = "aaaaaaaa-0000-4000-8000-000000000001";
const B = "aaaaaaaa-0000-4000-8000-000000000002";

describe("roles", () => {
  it("makes every authenticated user a clinician, and adds what the sources know", () => {
    expect(resolveRoles([])).toEqual(["clinician"]);
    expect(resolveRoles([{ pilot: true }, { supervisor: true }])).toEqual(["pilot", "supervisor", "clinician"]);
    expect(resolveRoles([{ pilot: false }, { learner: true }])).toEqual(["learner", "clinician"]);
  });

  // 003 §11: the pilots coordinate; only they change the team's configuration.
  it("lets only pilots configure", () => {
    expect(canConfigure(["pilot", "clinician"])).toBe(true);
    expect(canConfigure(["supervisor", "clinician"])).toBe(false);
    expect(isPilot([A], A)).toBe(true);
    expect(isPilot([A], B)).toBe(false);
    expect(NOT_A_PILOT["fr-CA"]).toMatch(/pilotes/);
    expect(NOT_A_PILOT.en).toMatch(/pilots/);
  });

  it("adds a pilot once and never removes the last one", () => {
    expect(addPilot([A], B)).toEqual({ ok: true, pilots: [A, B], changed: true });
    expect(addPilot([A], A)).toEqual({ ok: true, pilots: [A], changed: false });
    expect(removePilot([A, B], A)).toEqual({ ok: true, pilots: [B], changed: true });
    expect(removePilot([A], A)).toEqual({ ok: false, reason: "lastPilot" });
    expect(removePilot([A], B)).toEqual({ ok: true, pilots: [A], changed: false });
    expect(LAST_PILOT.en).toMatch(/at least one/);
  });

  it("caps the number of pilots", () => {
    const many = Array.from({ length: 50 }, (_, i) => `aaaaaaaa-0000-4000-8000-${String(i).padStart(12, "0")}`);
    expect(addPilot(many, "bbbbbbbb-0000-4000-8000-000000000001")).toEqual({ ok: false, reason: "tooMany" });
  });
});
