import sharp from 'sharp';

export interface IptcFields {
  caption?: string;
  credit?: string;
  byline?: string;
  copyright?: string;
}

export type IptcEncoding = 'utf-8' | 'latin-1';

function dataset(record: number, tag: number, value: Uint8Array): Uint8Array {
  const header = new Uint8Array([0x1c, record, tag, value.length >> 8, value.length & 0xff]);
  return concat([header, value]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function encode(text: string, encoding: IptcEncoding): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  return Uint8Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    if (code > 0xff) throw new Error(`"${char}" cannot be written in Latin-1`);
    return code;
  });
}

/**
 * An APP13 "Photoshop 3.0" segment holding one 8BIM 0x0404 (IPTC-IIM) resource, written by hand
 * because sharp cannot write IPTC. `declareUtf8` adds 1:90 CodedCharacterSet = ESC % G.
 */
export function iptcApp13(fields: IptcFields, encoding: IptcEncoding, declareUtf8: boolean): Uint8Array {
  const datasets: Uint8Array[] = [];
  if (declareUtf8) datasets.push(dataset(1, 90, new Uint8Array([0x1b, 0x25, 0x47])));
  datasets.push(dataset(2, 0, new Uint8Array([0x00, 0x04])));
  if (fields.byline !== undefined) datasets.push(dataset(2, 80, encode(fields.byline, encoding)));
  if (fields.credit !== undefined) datasets.push(dataset(2, 110, encode(fields.credit, encoding)));
  if (fields.copyright !== undefined) datasets.push(dataset(2, 116, encode(fields.copyright, encoding)));
  if (fields.caption !== undefined) datasets.push(dataset(2, 120, encode(fields.caption, encoding)));
  const iptc = concat(datasets);
  const padding = iptc.length % 2 === 1 ? new Uint8Array([0]) : new Uint8Array();
  const size = new Uint8Array([(iptc.length >>> 24) & 0xff, (iptc.length >>> 16) & 0xff, (iptc.length >>> 8) & 0xff, iptc.length & 0xff]);
  const resource = concat([new TextEncoder().encode('8BIM'), new Uint8Array([0x04, 0x04, 0x00, 0x00]), size, iptc, padding]);
  const body = concat([new TextEncoder().encode('Photoshop 3.0\u0000'), resource]);
  const length = body.length + 2;
  return concat([new Uint8Array([0xff, 0xed, length >> 8, length & 0xff]), body]);
}

/** A real JPEG from sharp with the IPTC block inserted right after SOI. */
export async function jpegWithIptc(fields: IptcFields, encoding: IptcEncoding, declareUtf8: boolean, width = 2000, height = 1200): Promise<Uint8Array> {
  const jpeg = await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 90 } } }).jpeg({ quality: 70 }).toBuffer();
  const app13 = iptcApp13(fields, encoding, declareUtf8);
  return concat([jpeg.subarray(0, 2), app13, jpeg.subarray(2)]);
}
