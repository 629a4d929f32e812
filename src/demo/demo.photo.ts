// Draws a demo photo in memory: a circuit-board-like picture derived from the photo's seed, with a band
// reading "SYNTHETIC DEMO DATA", encoded as a JPEG with EXIF (time, GPS) that says it is synthetic.
import sharp from 'sharp';
import { withExif } from './demo.exif.ts';
import { eachLitPixel, GLYPH_HEIGHT, textWidth } from './demo.font.ts';
import { createRandom, type Random } from './demo.random.ts';
import type { DemoPhoto } from './demo.types.ts';

export const PHOTO_WIDTH = 640;
export const PHOTO_HEIGHT = 480;
const QUALITY = 80;
const LABEL = 'SYNTHETIC DEMO DATA';

type Rgb = readonly [number, number, number];

class Canvas {
  readonly pixels = new Uint8Array(PHOTO_WIDTH * PHOTO_HEIGHT * 4).fill(255);
  private readonly words = new Uint32Array(this.pixels.buffer);

  rect(x: number, y: number, w: number, h: number, [r, g, b]: Rgb): void {
    const x0 = Math.max(0, Math.round(x));
    const x1 = Math.min(PHOTO_WIDTH, Math.round(x + w));
    const y0 = Math.max(0, Math.round(y));
    const y1 = Math.min(PHOTO_HEIGHT, Math.round(y + h));
    if (x0 >= x1) return;
    // Uint32 words are little-endian on every platform Node runs on: bytes R, G, B, A.
    const word = ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0;
    for (let row = y0; row < y1; row++) this.words.fill(word, row * PHOTO_WIDTH + x0, row * PHOTO_WIDTH + x1);
  }
}

const shade = ([r, g, b]: Rgb, k: number): Rgb => [
  Math.min(255, Math.round(r * k)),
  Math.min(255, Math.round(g * k)),
  Math.min(255, Math.round(b * k)),
];

function drawBoard(c: Canvas, rng: Random): void {
  const board: Rgb = [rng.int(15, 40), rng.int(85, 120), rng.int(40, 70)];
  for (let y = 0; y < PHOTO_HEIGHT; y += 8)
    c.rect(0, y, PHOTO_WIDTH, 8, shade(board, 0.85 + (0.3 * y) / PHOTO_HEIGHT));
  const trace = shade(board, 1.35);
  for (let n = rng.int(30, 50); n > 0; n--) {
    const x = rng.int(0, PHOTO_WIDTH);
    const y = rng.int(0, PHOTO_HEIGHT);
    const run = rng.int(40, 260);
    c.rect(x, y, run, 2, trace);
    c.rect(x + run, y, 2, rng.int(20, 140), trace);
  }
  const gold: Rgb = [212, 175, 55];
  for (let n = rng.int(50, 90); n > 0; n--)
    c.rect(rng.int(0, PHOTO_WIDTH), rng.int(0, PHOTO_HEIGHT), 5, 5, gold);
  for (let n = rng.int(12, 24); n > 0; n--)
    c.rect(rng.int(0, PHOTO_WIDTH), rng.int(0, PHOTO_HEIGHT), 10, 5, [196, 160, 110]);
  for (let n = rng.int(1, 2); n > 0; n--) {
    const x = rng.int(0, PHOTO_WIDTH - 120);
    const y = rng.int(0, PHOTO_HEIGHT - 90);
    c.rect(x, y, rng.int(60, 120), 22, [235, 232, 220]);
    for (let h = x + 6; h < x + 56; h += 10) c.rect(h, y + 8, 5, 6, [40, 40, 40]);
  }
}

function drawChip(c: Canvas, rng: Random): void {
  const w = rng.int(40, 140);
  const h = rng.int(30, 100);
  const x = rng.int(10, PHOTO_WIDTH - w - 10);
  const y = rng.int(10, PHOTO_HEIGHT - h - 70);
  const pin: Rgb = [200, 200, 205];
  for (let px = x + 4; px < x + w - 4; px += 8) {
    c.rect(px, y - 6, 4, 6, pin);
    c.rect(px, y + h, 4, 6, pin);
  }
  c.rect(x, y, w, h, [rng.int(18, 35), rng.int(18, 35), rng.int(20, 38)]);
  c.rect(x + 5, y + 5, 4, 4, [150, 150, 150]);
  // Faint strokes where a marking would be printed.
  for (let line = 0; line < Math.min(3, Math.floor((h - 12) / 12)); line++) {
    c.rect(x + 12, y + 12 + line * 12, rng.int(Math.floor(w / 3), w - 20), 4, [110, 110, 115]);
  }
}

function drawLabel(c: Canvas): void {
  const scale = 4;
  const band = GLYPH_HEIGHT * scale + 24;
  c.rect(0, PHOTO_HEIGHT - band, PHOTO_WIDTH, band, [20, 20, 20]);
  const left = Math.floor((PHOTO_WIDTH - textWidth(LABEL) * scale) / 2);
  const top = PHOTO_HEIGHT - band + 12;
  eachLitPixel(LABEL, (x, y) => c.rect(left + x * scale, top + y * scale, scale, scale, [255, 214, 0]));
}

/** A JPEG of about 640×480 whose picture and EXIF both say that it is synthetic demo data. Encoded with
 * sharp (libvips): jpeg-js rebuilds its tables on every call and took about 70 ms a photo. */
export async function renderDemoPhoto(photo: DemoPhoto): Promise<Buffer> {
  const rng = createRandom(photo.seed);
  const canvas = new Canvas();
  drawBoard(canvas, rng);
  for (let n = rng.int(4, 9); n > 0; n--) drawChip(canvas, rng);
  drawLabel(canvas);
  const data = await sharp(canvas.pixels, { raw: { width: PHOTO_WIDTH, height: PHOTO_HEIGHT, channels: 4 } })
    .removeAlpha()
    .jpeg({ quality: QUALITY })
    .toBuffer();
  return withExif(data, photo);
}
