import { describe, expect, it } from "vitest";
import { parsePeriod, SHARE_STATUS_LABELS, telehealthShare } from "../../bot/src/domain/telehealthShare.js";

describe("share of telehealth (003 §5, §7)", () => {
  it("§5: 30–40 % is the reference", () => {
    expect(telehealthShare(30, 70, "year")).toMatchObject({
      share: 0.3,
      status: "withinReference",
      unacceptable: false,
    });
    expect(telehealthShare(40, 60, "year").status).toBe("withinReference");
    expect(telehealthShare(29, 71, "year").status).toBe("belowReference");
    expect(telehealthShare(41, 59, "year").status).toBe("aboveReference");
  });

  it("§5: more than 90 % is unacceptable; exactly 90 % is not", () => {
    expect(telehealthShare(90, 10, "year").status).toBe("aboveReference");
    expect(telehealthShare(91, 9, "year")).toMatchObject({ status: "unacceptable", unacceptable: true });
  });

  it("§7: telehealth only (no in-person activity) is not acceptable", () => {
    expect(telehealthShare(12, 0, "year")).toMatchObject({ share: 1, status: "telehealthOnly", unacceptable: true });
  });

  it("without activity there is no share", () => {
    expect(telehealthShare(0, 0, "year")).toEqual({
      telehealth: 0,
      inPerson: 0,
      share: null,
      status: "noActivity",
      unacceptable: false,
    });
    expect(telehealthShare(0, 5, "year").status).toBe("belowReference");
  });

  it("§5: a month's share is shown without a verdict, the reference being yearly", () => {
    expect(telehealthShare(12, 0, "month")).toMatchObject({ share: 1, status: "monthShare", unacceptable: false });
    expect(telehealthShare(30, 70, "month")).toMatchObject({ share: 0.3, status: "monthShare" });
    expect(telehealthShare(0, 0, "month").status).toBe("noActivity");
    expect(telehealthShare(12, 0, "year").status).toBe("telehealthOnly");
  });
});

describe("periods", () => {
  it("a year or a month in Québec time", () => {
    expect(parsePeriod("2026")).toEqual({
      id: "2026",
      kind: "year",
      from: "2026-01-01T05:00:00.000Z",
      to: "2027-01-01T05:00:00.000Z",
    });
    expect(parsePeriod("2026-07")).toEqual({
      id: "2026-07",
      kind: "month",
      from: "2026-07-01T04:00:00.000Z",
      to: "2026-08-01T04:00:00.000Z",
    });
  });

  it("refuses anything else", () => {
    for (const bad of ["26", "2026-13", "2026-1", "1999", "2026-03-01", "abc"])
      expect(parsePeriod(bad)).toBeUndefined();
  });
});

// 003 §5 sets a physician's yearly reference; §7 (telehealth only) is every professional's.
describe("the statuses' labels", () => {
  it("say that the §5 reference and its 90 % limit are a physician's", () => {
    for (const status of ["belowReference", "withinReference", "aboveReference", "unacceptable"] as const) {
      expect(SHARE_STATUS_LABELS[status]["fr-CA"]).toMatch(/médecin/);
      expect(SHARE_STATUS_LABELS[status].en).toMatch(/physician/);
    }
    expect(SHARE_STATUS_LABELS.telehealthOnly["fr-CA"]).not.toMatch(/médecin/);
  });
});
