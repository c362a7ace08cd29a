import sharp from 'sharp';

/** IPTC-IIM dataset: 1C, record, dataset number, 2-byte length, value. */
function dataset(record: number, number: number, value: Buffer): Buffer {
  const header = Buffer.from([0x1c, record, number, (value.length >> 8) & 0xff, value.length & 0xff]);
  return Buffer.concat([header, value]);
}

/** A Photoshop APP13 segment holding an IPTC block (8BIM resource 0x0404), UTF-8 declared. */
function iptcSegment(fields: { caption?: string; credit?: string; byline?: string; copyright?: string }, declareUtf8: boolean): Buffer {
  const parts: Buffer[] = [];
  if (declareUtf8) parts.push(dataset(1, 90, Buffer.from([0x1b, 0x25, 0x47])));
  parts.push(dataset(2, 0, Buffer.from([0x00, 0x04])));
  if (fields.byline) parts.push(dataset(2, 80, Buffer.from(fields.byline, 'utf8')));
  if (fields.credit) parts.push(dataset(2, 110, Buffer.from(fields.credit, 'utf8')));
  if (fields.copyright) parts.push(dataset(2, 116, Buffer.from(fields.copyright, 'utf8')));
  if (fields.caption) parts.push(dataset(2, 120, Buffer.from(fields.caption, 'utf8')));
  let iptc = Buffer.concat(parts);
  if (iptc.length % 2 === 1) iptc = Buffer.concat([iptc, Buffer.from([0])]);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(iptc.length);
  const resource = Buffer.concat([Buffer.from('8BIM'), Buffer.from([0x04, 0x04]), Buffer.from([0x00, 0x00]), size, iptc]);
  const payload = Buffer.concat([Buffer.from('Photoshop 3.0\0'), resource]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(payload.length + 2);
  return Buffer.concat([Buffer.from([0xff, 0xed]), length, payload]);
}

/** Inserts an APP13 segment right after SOI (and any APP0/APP1 segments sharp wrote). */
function withSegment(jpeg: Buffer, segment: Buffer): Buffer {
  let offset = 2;
  while (jpeg[offset] === 0xff && (jpeg[offset + 1] === 0xe0 || jpeg[offset + 1] === 0xe1)) {
    offset += 2 + jpeg.readUInt16BE(offset + 2);
  }
  return Buffer.concat([jpeg.subarray(0, offset), segment, jpeg.subarray(offset)]);
}

/** A small photo-like JPEG with EXIF (camera, GPS position) and, optionally, an IPTC block. */
export async function testJpeg(options: { width?: number; height?: number; iptc?: Parameters<typeof iptcSegment>[0]; declareUtf8?: boolean; gps?: boolean } = {}): Promise<Buffer> {
  const width = options.width ?? 64;
  const height = options.height ?? 48;
  let image = sharp({ create: { width, height, channels: 3, background: { r: 20, g: 120, b: 90 } } }).jpeg({ quality: 80 });
  if (options.gps !== false) {
    image = image.withExif({
      IFD0: { Make: 'TestCam', Model: 'Newsroom 1', Copyright: 'Test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '22/1 16/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '114/1 10/1 0/1' },
    });
  }
  const jpeg = await image.toBuffer();
  return options.iptc ? withSegment(jpeg, iptcSegment(options.iptc, options.declareUtf8 ?? true)) : jpeg;
}

/** A multipart/form-data body with one file field. */
export function multipartBody(bytes: Buffer, filename: string, contentType = 'image/jpeg'): { body: Buffer; headers: Record<string, string> } {
  const boundary = `----copydesk${Math.random().toString(16).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return { body: Buffer.concat([head, bytes, tail]), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

