import { describe, expect, it } from "vitest";
import type { EncounterSummary } from "../../bot/src/domain/encounter.js";
import { evaluationStatus, followUpFacts, noteFacts, toActivityRow } from "../../bot/src/domain/activityStats.js";
import { ActivityAccumulator, bucketSizeFor } from "../../bot/src/domain/activityTotals.js";

const END = "2026-03-10T15:00:00.000Z";
const NOW = new Date("2026-03-20T12:00:00.000Z");

function summary(overrides: Partial<EncounterSummary> = {}): EncounterSummary {
  return {
    encounterId: "e1",
    startedAt: "2026-03-10T14:30:00.000Z",
    endedAt: END,
    status: "closed",
    modality: "video",
    durationMinutes: 30,
    consentStatus: "valid",
    consentKind: "verbal",
    planAgreed: true,
    incidentsCount: 0,
    noteStatus: "due",
    clinicianId: "c1",
    teamKey: "t",
    ...overrides,
  };
}

describe("note within 24 h (003 §1.1, §8.8)", () => {
  it("filed within 24 h of the end is on time; after, late", () => {
    expect(noteFacts(summary({ noteStatus: "filed", noteStatusAt: "2026-03-11T15:00:00.000Z" }), NOW)).toEqual({
      state: "onTime",
      filedAt: "2026-03-11T15:00:00.000Z",
      deadline: "2026-03-11T15:00:00.000Z",
    });
    expect(noteFacts(summary({ noteStatus: "filed", noteStatusAt: "2026-03-11T15:00:00.001Z" }), NOW).state).toBe(
      "late",
    );
  });

  it("not filed: open until the deadline, overdue after it (or when the reminders marked it overdue)", () => {
    expect(noteFacts(summary(), new Date("2026-03-11T14:59:00.000Z")).state).toBe("open");
    expect(noteFacts(summary(), new Date("2026-03-11T15:00:01.000Z")).state).toBe("overdue");
    expect(noteFacts(summary({ noteStatus: "overdue" }), new Date("2026-03-10T16:00:00.000Z")).state).toBe("overdue");
    expect(noteFacts(summary({ status: "open", endedAt: undefined, noteStatus: "notDue" }), NOW)).toEqual({
      state: "open",
    });
  });
});

describe("in-person follow-up for a new patient (003 §2.3)", () => {
  it("is past due once Québec's today is after the due date", () => {
    expect(followUpFacts(summary({ inPersonFollowUpDue: "2026-03-20" }), "2026-03-20")).toEqual({
      dueDate: "2026-03-20",
      pastDue: false,
    });
    expect(followUpFacts(summary({ inPersonFollowUpDue: "2026-03-20" }), "2026-03-21")?.pastDue).toBe(true);
    expect(followUpFacts(summary(), "2026-03-21")).toBeUndefined();
  });
});

describe("activity rows", () => {
  it("dates the encounter in Québec time and never carries more than ids, kinds, counts and times", () => {
    const row = toActivityRow(
      summary({
        startedAt: "2026-03-11T02:00:00.000Z",
        learners: [{ learnerId: "l1", role: "resident", participation: "led" }],
      }),
      NOW,
      () => ["residentNotDesignated"],
    );
    expect(row.date).toBe("2026-03-10");
    expect(row.consent).toEqual({ recorded: true, complete: true, status: "valid", kind: "verbal" });
    expect(row.flags).toEqual(["residentNotDesignated"]);
    expect(row.learners[0]).toMatchObject({ learnerId: "l1", flags: ["residentNotDesignated"] });
    expect(Object.keys(row).sort()).toEqual([
      "clinicianId",
      "consent",
      "date",
      "durationMinutes",
      "encounterId",
      "endedAt",
      "flags",
      "incidentsCount",
      "learners",
      "modality",
      "note",
      "planAgreed",
      "startedAt",
      "status",
    ]);
  });
});

describe("consent in the activity view says what was noted", () => {
  // 003 §1.1, §1.3: a consent noted with gaps (identity not checked, limits not explained) was recorded but is
  // incomplete; only an encounter with no consent at all is "not recorded".
  it.each([
    ["valid", "verbal", { recorded: true, complete: true }],
    ["missing", "verbal", { recorded: true, complete: false }],
    ["missing", undefined, { recorded: false, complete: false }],
    ["withdrawn", "written", { recorded: true, complete: true }],
    ["emergencyException", "emergencyException", { recorded: true, complete: true }],
  ] as const)("status %s, kind %s", (consentStatus, consentKind, expected) => {
    const row = toActivityRow(summary({ consentStatus, consentKind }), NOW, () => []);
    expect(row.consent).toMatchObject(expected);
  });
});

describe("totals, rates and chart", () => {
  it("counts consent (§1.1), plan (§3), notes within 24 h among settled notes, follow-ups and flags", () => {
    const acc = new ActivityAccumulator("2026-03-01", "2026-04-01");
    const rows = [
      summary({
        noteStatus: "filed",
        noteStatusAt: "2026-03-10T16:00:00.000Z",
        learners: [{ learnerId: "s1", role: "medicalStudent", participation: "led" }],
      }),
      summary({
        encounterId: "e2",
        consentStatus: "missing",
        consentKind: undefined,
        planAgreed: false,
        noteStatus: "filed",
        noteStatusAt: "2026-03-12T16:00:00.000Z",
        modality: "phone",
        incidentsCount: 2,
      }),
      summary({
        encounterId: "e3",
        consentStatus: "emergencyException",
        consentKind: "emergencyException",
        noteStatus: "overdue",
        inPersonFollowUpDue: "2026-03-15",
      }),
      summary({
        encounterId: "e4",
        startedAt: "2026-03-20T11:00:00.000Z",
        endedAt: "2026-03-20T11:30:00.000Z",
        noteStatus: "due",
        inPersonFollowUpDue: "2026-06-20",
      }),
    ];
    rows.forEach((r, i) => acc.add(toActivityRow(r, NOW, () => (i === 0 ? ["studentLed"] : []))));
    const { totals, rates, buckets, bucketSize } = acc.result();
    expect(totals).toMatchObject({
      encounters: 4,
      video: 3,
      phone: 1,
      minutes: 120,
      consentRecorded: 3,
      planAgreed: 3,
      incidents: 2,
      encountersWithIncidents: 1,
      followUpsDue: 2,
      followUpsPastDue: 1,
      flagged: 1,
    });
    expect(totals.consentByKind).toEqual({ verbal: 2, emergencyException: 1 });
    expect(totals.notes).toEqual({ onTime: 1, late: 1, open: 1, overdue: 1 });
    expect(rates).toEqual({ consentRecorded: 0.75, planAgreed: 0.75, notesWithin24h: 0.333 });
    expect(bucketSize).toBe("week");
    expect(buckets[0]!.start).toBe("2026-02-23");
    expect(buckets.reduce((n, b) => n + b.encounters, 0)).toBe(4);
  });

  it("rates are null, not zero, without encounters", () => {
    expect(new ActivityAccumulator("2026-03-01", "2026-03-08").result().rates).toEqual({
      consentRecorded: null,
      planAgreed: null,
      notesWithin24h: null,
    });
  });

  it("picks days, weeks or months for the chart", () => {
    expect(bucketSizeFor("2026-03-01", "2026-03-08")).toBe("day");
    expect(bucketSizeFor("2026-03-01", "2026-04-01")).toBe("week");
    const year = new ActivityAccumulator("2026-01-01", "2027-01-01").result();
    expect(year.bucketSize).toBe("month");
    expect(year.buckets.map((b) => b.start)).toHaveLength(12);
  });
});

describe("yearly evaluation (003 §11)", () => {
  it("is due more than a year after the last one, and when there never was one", () => {
    expect(evaluationStatus(null, "2026-05-01")).toEqual({ state: "never" });
    expect(evaluationStatus("2025-05-01", "2026-05-01")).toEqual({ state: "current", nextDue: "2026-05-01" });
    expect(evaluationStatus("2025-05-01", "2026-05-02").state).toBe("due");
  });
});

describe("CSV export cells", () => {
  it("quotes separators and neutralises spreadsheet formulas", async () => {
    const { csvCell } = await import("../../bot/src/domain/activityCsv.js");
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(undefined)).toBe("");
  });

  it("says when the person revoked a consent that had been recorded (003 §1.3.2)", async () => {
    const { csvHeader, csvLine } = await import("../../bot/src/domain/activityCsv.js");
    const column = csvHeader("en").trim().split(",").indexOf("Consent withdrawn");
    const cell = (s: Partial<EncounterSummary>) =>
      csvLine(toActivityRow(summary(s), NOW), "en", {})
        .trim()
        .split(",")[column];
    expect(column).toBeGreaterThan(0);
    expect(cell({ consentStatus: "withdrawn", consentKind: "written" })).toBe("yes");
    expect(cell({ consentStatus: "valid", consentKind: "verbal" })).toBe("no");
    expect(cell({ consentStatus: "missing", consentKind: undefined })).toBe("");
  });

  it("writes the start and the note's filing in Québec time, as the activity table shows them", async () => {
    const { csvHeader, csvLine } = await import("../../bot/src/domain/activityCsv.js");
    const header = csvHeader("fr-CA").trim().split(";");
    const cells = (s: Partial<EncounterSummary>) => {
      const line = csvLine(toActivityRow(summary(s), NOW), "fr-CA", {})
        .trim()
        .split(";");
      return [
        line[header.indexOf("Début (heure du Québec)")],
        line[header.indexOf("Note déposée le (heure du Québec)")],
      ];
    };
    // Standard time (UTC−5) in March before the 8th, daylight time (UTC−4) after; an evening in Québec is the next
    // day in UTC.
    expect(
      cells({
        startedAt: "2026-03-01T18:45:00.000Z",
        noteStatus: "filed",
        noteStatusAt: "2026-03-02T02:10:00.000Z",
      }),
    ).toEqual(["2026-03-01 13:45", "2026-03-01 21:10"]);
    expect(cells({ startedAt: "2026-07-01T18:45:00.000Z" })).toEqual(["2026-07-01 14:45", ""]);
  });

  it("names each learner with their role and part, mid-sentence after the comma (003 §9.3)", async () => {
    const { csvHeader, csvLine } = await import("../../bot/src/domain/activityCsv.js");
    const header = csvHeader("fr-CA").trim().split(";");
    const learners = [{ learnerId: "oid-resident", role: "resident" as const, participation: "wasObserved" as const }];
    const line = csvLine(toActivityRow(summary({ learners }), NOW), "fr-CA", { "oid-resident": "Dre Rosalie Côté" });
    expect(line.trim().split(";").slice(header.indexOf("Apprenants")).join(";")).toContain(
      "Dre Rosalie Côté (Résident ou résidente, a mené sous observation)",
    );
  });

  it("tells a note filed late from one not filed at all once its deadline passed (003 §1.1)", async () => {
    const { csvHeader, csvLine } = await import("../../bot/src/domain/activityCsv.js");
    const column = csvHeader("fr-CA").trim().split(";").indexOf("Note (24 h)");
    const note = (s: Partial<EncounterSummary>) =>
      csvLine(toActivityRow(summary(s), NOW), "fr-CA", {}).split(";")[column];
    expect(note({ noteStatus: "filed", noteStatusAt: "2026-03-12T15:00:00.000Z" })).toBe("déposée en retard");
    expect(note({ noteStatus: "overdue" })).toBe('"non déposée, en retard"');
  });

  it("separates the French file's columns by « ; », as a spreadsheet set to French (Canada) reads them, the English by commas", async () => {
    const { csvFileName, csvHeader, csvLine } = await import("../../bot/src/domain/activityCsv.js");
    // A row whose cells hold no comma, to count the columns by splitting.
    const row = toActivityRow(
      summary({ durationMinutes: 25, noteStatus: "filed", noteStatusAt: "2026-03-10T15:30:00.000Z" }),
      NOW,
    );
    const columns = csvHeader("fr-CA").trim().split(";");
    expect(columns.slice(0, 3)).toEqual(["Date", "Début (heure du Québec)", "Modalité"]);
    expect(csvLine(row, "fr-CA", {}).trim().split(";")).toHaveLength(columns.length);
    expect(csvHeader("en").trim().split(",").slice(0, 3)).toEqual(["Date", "Start (Québec time)", "Modality"]);
    expect(csvLine(row, "en", {}).trim().split(",")).toHaveLength(columns.length);
    expect(csvFileName("2026-03-01", "2026-03-31", "fr-CA")).toBe("balises-activite-2026-03-01-2026-03-31.csv");
    expect(csvFileName("2026-03-01", "2026-03-31", "en")).toBe("balises-activity-2026-03-01-2026-03-31.csv");
  });
});
