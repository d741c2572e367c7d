/** The committed icons follow Teams' rules: color 192×192, outline 32×32 white on transparent. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MANIFEST_DIR, TEMPLATE_FILE } from "../../scripts/render-manifest.js";
import { decodePng } from "./pngReader.js";

const color = decodePng(readFileSync(path.join(MANIFEST_DIR, "color.png")));
const outline = decodePng(readFileSync(path.join(MANIFEST_DIR, "outline.png")));
const template = JSON.parse(readFileSync(path.join(MANIFEST_DIR, TEMPLATE_FILE), "utf8")) as { accentColor: string };

function pixel(png: typeof color, x: number, y: number): number[] {
  const o = (y * png.width + x) * 4;
  return [...png.pixels.subarray(o, o + 4)];
}

describe("icons", () => {
  it("color.png is a 192×192 RGBA PNG, fully opaque, its background the manifest's accentColor", () => {
    expect([color.width, color.height, color.bitDepth, color.colorType]).toEqual([192, 192, 8, 6]);
    const translucent: number[] = [];
    for (let i = 3; i < color.pixels.length; i += 4) if (color.pixels[i] !== 255) translucent.push((i - 3) / 4);
    expect(translucent).toEqual([]);
    const hex =
      "#" +
      pixel(color, 2, 2)
        .slice(0, 3)
        .map((c) => c.toString(16).padStart(2, "0"))
        .join("")
        .toUpperCase();
    expect(hex).toBe(template.accentColor.toUpperCase());
  });

  it("color.png keeps the mark inside the central 96×96 (48 px padding)", () => {
    const background = pixel(color, 0, 0).join(",");
    const markedOutside: string[] = [];
    let markedInside = 0;
    for (let y = 0; y < 192; y++) {
      for (let x = 0; x < 192; x++) {
        const inside = x >= 48 && x < 144 && y >= 48 && y < 144;
        const isBackground = pixel(color, x, y).join(",") === background;
        if (!inside && !isBackground) markedOutside.push(`${x},${y}`);
        if (inside && !isBackground) markedInside++;
      }
    }
    expect(markedOutside).toEqual([]);
    expect(markedInside).toBeGreaterThan(1000);
  });

  it("outline.png is 32×32, only white or transparent pixels, with a visible mark and transparent corners", () => {
    expect([outline.width, outline.height, outline.bitDepth, outline.colorType]).toEqual([32, 32, 8, 6]);
    let opaque = 0;
    const notWhite: number[] = [];
    for (let i = 0; i < outline.pixels.length; i += 4) {
      const [r, g, b, a] = [...outline.pixels.subarray(i, i + 4)];
      if (a === 0) continue;
      if (r !== 255 || g !== 255 || b !== 255) notWhite.push(i / 4);
      if (a === 255) opaque++;
    }
    expect(notWhite).toEqual([]);
    expect(opaque).toBeGreaterThan(100);
    expect(pixel(outline, 0, 0)[3]).toBe(0);
    expect(pixel(outline, 31, 31)[3]).toBe(0);
  });
});
