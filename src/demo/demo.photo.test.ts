import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { PHOTO_HEIGHT, PHOTO_WIDTH, renderDemoPhoto } from './demo.photo.ts';
import type { DemoPhoto } from './demo.types.ts';

const photo: DemoPhoto = {
  demoKey: 'item:0001:p1',
  fileName: 'DEMO-2024-0001-1.jpg',
  seed: 4242,
  capturedAt: '2024-03-07T14:20:05Z',
  gps: { latitude: 48.71234, longitude: 36.55555 },
  subject: 'FC board, top side (synthetic demo data)',
};

describe('renderDemoPhoto', () => {
  it('draws a JPEG of 640×480 with the yellow SYNTHETIC band', async () => {
    const image = jpeg.decode(await renderDemoPhoto(photo), { useTArray: true });
    expect([image.width, image.height]).toEqual([PHOTO_WIDTH, PHOTO_HEIGHT]);
    let yellow = 0;
    for (let y = PHOTO_HEIGHT - 52; y < PHOTO_HEIGHT; y++) {
      for (let x = 0; x < PHOTO_WIDTH; x++) {
        const p = (y * PHOTO_WIDTH + x) * 4;
        if (image.data[p] > 200 && image.data[p + 1] > 160 && image.data[p + 2] < 90) yellow++;
      }
    }
    expect(yellow).toBeGreaterThan(1000);
  });

  it('writes EXIF time, camera, description and GPS that exifr reads back', async () => {
    const buffer = await renderDemoPhoto(photo);
    const tags = await exifr.parse(buffer, { reviveValues: false });
    expect(tags.DateTimeOriginal).toBe('2024:03:07 14:20:05');
    expect(tags.Make).toBe('Teardown demo');
    expect(tags.Model).toBe('synthetic');
    expect(tags.ImageDescription).toBe('synthetic demo data');
    const gps = await exifr.gps(buffer);
    expect(Math.abs(gps.latitude - 48.71234)).toBeLessThan(1e-4);
    expect(Math.abs(gps.longitude - 36.55555)).toBeLessThan(1e-4);
  });

  it('writes southern and western positions with their references, and no GPS where there is none', async () => {
    const south = await renderDemoPhoto({ ...photo, gps: { latitude: -33.45678, longitude: -70.66543 } });
    const gps = await exifr.gps(south);
    expect(Math.abs(gps.latitude + 33.45678)).toBeLessThan(1e-4);
    expect(Math.abs(gps.longitude + 70.66543)).toBeLessThan(1e-4);
    const none = await exifr.parse(await renderDemoPhoto({ ...photo, gps: undefined }));
    expect(none.latitude).toBeUndefined();
    expect(none.DateTimeOriginal).toBeDefined();
  });

  it('draws the same picture for the same seed and another for another seed', async () => {
    expect((await renderDemoPhoto(photo)).equals(await renderDemoPhoto(photo))).toBe(true);
    expect((await renderDemoPhoto(photo)).equals(await renderDemoPhoto({ ...photo, seed: 4243 }))).toBe(
      false,
    );
  });
});
