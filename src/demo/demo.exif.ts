// EXIF for a demo photo, written with piexifjs: a camera that says it is synthetic, the capture time
// and, where the photo has one, its GPS position.
import piexif from 'piexifjs';
import { exifDateTime } from './demo.dates.ts';
import type { DemoPhoto } from './demo.types.ts';

/** Degrees as EXIF degrees, minutes and seconds (to a thousandth of a second). */
export function toDmsRationals(degrees: number): Array<[number, number]> {
  const abs = Math.abs(degrees);
  const d = Math.floor(abs);
  const minutes = (abs - d) * 60;
  const m = Math.floor(minutes);
  return [
    [d, 1],
    [m, 1],
    [Math.round((minutes - m) * 60 * 1000), 1000],
  ];
}

export function withExif(jpeg: Buffer, photo: DemoPhoto): Buffer {
  const { ImageIFD, ExifIFD, GPSIFD } = piexif;
  const exif = {
    '0th': {
      [ImageIFD.Make]: 'Teardown demo',
      [ImageIFD.Model]: 'synthetic',
      [ImageIFD.ImageDescription]: 'synthetic demo data',
    },
    Exif: { [ExifIFD.DateTimeOriginal]: exifDateTime(photo.capturedAt) },
    GPS: photo.gps
      ? {
          [GPSIFD.GPSVersionID]: [2, 3, 0, 0],
          [GPSIFD.GPSLatitudeRef]: photo.gps.latitude < 0 ? 'S' : 'N',
          [GPSIFD.GPSLatitude]: toDmsRationals(photo.gps.latitude),
          [GPSIFD.GPSLongitudeRef]: photo.gps.longitude < 0 ? 'W' : 'E',
          [GPSIFD.GPSLongitude]: toDmsRationals(photo.gps.longitude),
        }
      : {},
  };
  return Buffer.from(piexif.insert(piexif.dump(exif), jpeg.toString('binary')), 'binary');
}
