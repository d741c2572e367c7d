/** Québec French dates: « le 1er octobre », as the Office québécois de la langue française writes the first day. */
import { describe, expect, it } from "vitest";
import { withFirstOfMonth } from "../../bot/src/i18n/frenchDates.js";
import { chartLabels } from "../../tab/src/components/ActivityPage/chartLayout.js";
import { longDate, dateTime } from "../../tab/src/components/shared/dates.js";
import { formatDate } from "../../bot/src/domain/auditValues.js";
import { localDateTime } from "../../bot/src/cards/noteObligation/noteObligationCard.js";

describe("the first of the month in French", () => {
  it("writes 1er, and leaves 11, 21, 31 and English alone", () => {
    expect(withFirstOfMonth("1 octobre 2026", "fr-CA")).toBe("1er octobre 2026");
    expect(withFirstOfMonth("le 1 févr. 2027, 09 h 00", "fr-CA")).toBe("le 1er févr. 2027, 09 h 00");
    for (const day of ["11 octobre 2026", "21 octobre 2026", "31 octobre 2026"])
      expect(withFirstOfMonth(day, "fr-CA")).toBe(day);
    expect(withFirstOfMonth("October 1, 2026", "en")).toBe("October 1, 2026");
  });

  it("is what the tab, the audit trail and the note card write", () => {
    expect(longDate("2026-10-01", "fr-CA")).toBe("1er octobre 2026");
    expect(dateTime("2026-10-01T13:05:00Z", "fr-CA")).toMatch(/^1er oct\. 2026/);
    expect(formatDate("2027-02-01", "fr-CA")).toBe("1er février 2027");
    expect(localDateTime("2026-12-01T19:00:00.000Z", "fr-CA")).toMatch(/^mardi 1er décembre 2026/);
    expect(longDate("2026-10-01", "en")).toBe("October 1, 2026");
  });

  it("keeps a French time on one line in the tab: « 09 h 05 » with non-breaking spaces", () => {
    expect(dateTime("2026-10-01T13:05:00Z", "fr-CA")).toBe("1er oct. 2026, 09\u00a0h\u00a005");
    expect(dateTime("2026-10-01T13:05:00Z", "en")).toBe("Oct 1, 2026, 09:05");
  });
});

describe("the activity chart's labels", () => {
  const chart = (starts: string[], bucketSize: string) => ({ buckets: starts.map((start) => ({ start })), bucketSize });

  it("give the year of a period by month over more than one year on its first month and each January", () => {
    const months = chart(["2025-11-01", "2025-12-01", "2026-01-01", "2026-02-01", "2026-11-01"], "month");
    expect(chartLabels(months, "fr-CA")).toEqual(["nov. 2025", "déc.", "janv. 2026", "févr.", "nov."]);
    expect(chartLabels(months, "en")).toEqual(["Nov 2025", "Dec", "Jan 2026", "Feb", "Nov"]);
    expect(chartLabels(chart(["2026-01-01", "2026-02-01"], "month"), "fr-CA")).toEqual(["janv.", "févr."]);
    expect(chartLabels(chart(["2025-12-29", "2026-01-05"], "week"), "fr-CA")).toEqual(["29 déc.", "5 janv."]);
  });
});
