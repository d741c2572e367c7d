// The activity chart at the width it is shown: labels at their own size, never overlapping.
import { describe, expect, it } from "vitest";
import type { ActivitySummary } from "../../tab/src/api/types.js";
import { chartLayout } from "../../tab/src/components/ActivityPage/chartLayout.js";

function summary(from: string, bucketSize: "week" | "month", starts: string[]): ActivitySummary {
  return {
    view: "team",
    from,
    to: "2026-11-29",
    bucketSize,
    buckets: starts.map((start) => ({ start, encounters: 1 })),
  } as unknown as ActivitySummary;
}

const WEEKS = ["2026-10-26", "2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23"];
const MONTHS = Array.from(
  { length: 13 },
  (_, i) => `${2025 + Math.floor((10 + i) / 12)}-${String(((10 + i) % 12) + 1).padStart(2, "0")}-01`,
);

describe("the activity chart's layout", () => {
  it("names a week that began before the period by the period's first day", () => {
    const { labels } = chartLayout(summary("2026-11-01", "week", WEEKS), 720, "fr-CA");
    expect(labels).toEqual(["1 nov.", "2 nov.", "9 nov.", "16 nov.", "23 nov."]);
  });

  it("is drawn at the width shown, between 240 and 720 px", () => {
    expect(chartLayout(summary("2026-10-26", "week", WEEKS), 320, "fr-CA").width).toBe(320);
    expect(chartLayout(summary("2026-10-26", "week", WEEKS), 1200, "fr-CA").width).toBe(720);
    expect(chartLayout(summary("2026-10-26", "week", WEEKS), 100, "fr-CA").width).toBe(240);
  });

  it("shows every label where each has room, else every n-th, so that none overlaps", () => {
    expect(chartLayout(summary("2026-10-26", "week", WEEKS), 720, "fr-CA").every).toBe(1);
    for (const shown of [280, 320, 400, 720]) {
      const { labels, slot, every } = chartLayout(summary("2025-11-01", "month", MONTHS), shown, "fr-CA");
      expect(labels[0]).toBe("nov. 2025");
      // Labels `every` slots apart, each at most 7 px a character at 12 px.
      expect(Math.max(...labels.map((l) => l.length)) * 7).toBeLessThan(slot * every);
    }
    expect(chartLayout(summary("2025-11-01", "month", MONTHS), 320, "fr-CA").every).toBeGreaterThan(1);
  });

  it("keeps every label inside the chart, the first and the last under their bars as near as they fit", () => {
    for (const shown of [280, 400, 720]) {
      const { labels, labelX, width, slot } = chartLayout(summary("2025-11-01", "month", MONTHS), shown, "fr-CA");
      labels.forEach((label, i) => {
        const half = (label.length * 7) / 2;
        expect(labelX[i]! - half).toBeGreaterThanOrEqual(0);
        expect(labelX[i]! + half).toBeLessThanOrEqual(width);
      });
      expect(labelX[6]).toBe(6.5 * slot);
    }
  });
});
