/** Geometry for the .pptx deck, in inches on a 16:9 slide (10 × 5.625). */
export const SLIDE = { width: 10, height: 5.625 } as const;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The largest box with the image's aspect ratio that fits inside `box`, centred. */
export function fitImage(pixelWidth: number, pixelHeight: number, box: Box): Box {
  if (pixelWidth <= 0 || pixelHeight <= 0) return box;
  const scale = Math.min(box.w / pixelWidth, box.h / pixelHeight);
  const w = pixelWidth * scale;
  const h = pixelHeight * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}

/** Tiles in rows of up to `maxColumns`, filling `box` with `gap` between them. */
export function tileGrid(count: number, box: Box, maxColumns = 4, gap = 0.15): Box[] {
  if (count <= 0) return [];
  const columns = Math.min(maxColumns, count);
  const rows = Math.ceil(count / columns);
  const w = (box.w - gap * (columns - 1)) / columns;
  const h = Math.min(1.3, (box.h - gap * (rows - 1)) / rows);
  return Array.from({ length: count }, (_, i) => ({
    x: box.x + (i % columns) * (w + gap),
    y: box.y + Math.floor(i / columns) * (h + gap),
    w,
    h,
  }));
}
