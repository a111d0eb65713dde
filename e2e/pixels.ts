import { PNG } from "pngjs";

/** A pixel is a drawn mark when it is clearly coloured: text, axes, grid and background are greys. */
const SATURATION = 50;

export interface MarkCount {
  marks: number;
  rows: number;
}

/** Coloured pixels of a PNG region (and the rows they span); axes, grid lines, text and white are not counted. */
export function countMarks(png: PNG, region = { x: 0, y: 0, w: png.width, h: png.height }): MarkCount {
  let marks = 0;
  const rows = new Set<number>();
  for (let y = region.y; y < region.y + region.h; y++) {
    for (let x = region.x; x < region.x + region.w; x++) {
      const i = (png.width * y + x) * 4;
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a < 128) continue;
      if (Math.max(r, g, b) - Math.min(r, g, b) >= SATURATION) {
        marks++;
        rows.add(y);
      }
    }
  }
  return { marks, rows: rows.size };
}

/** At 2× a legend of up to six swatches stays under this; a drawn bar series or line is well above it. */
export const MIN_MARK_PIXELS = 3000;

export function readPng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}
