// Typings for the parts of piexifjs (no typings of its own) that the demo photos use. piexifjs works
// on "binary strings": one character per byte.
declare module 'piexifjs' {
  type ExifValue = string | number | number[] | Array<[number, number]>;
  type Ifd = Record<number, ExifValue>;
  interface ExifDict {
    '0th'?: Ifd;
    Exif?: Ifd;
    GPS?: Ifd;
    Interop?: Ifd;
    '1st'?: Ifd;
    thumbnail?: string | null;
  }
  interface Piexif {
    dump(exif: ExifDict): string;
    insert(exif: string, jpeg: string): string;
    load(jpeg: string): ExifDict;
    ImageIFD: Record<string, number>;
    ExifIFD: Record<string, number>;
    GPSIFD: Record<string, number>;
  }
  const piexif: Piexif;
  export default piexif;
}
