import exifr from 'exifr';
import { decodeIptcText } from '../../shared/media/decode-iptc-text';

export interface IptcText {
  caption: string;
  credit: string;
  byline: string;
  copyright: string;
}

/**
 * exifr reads only IPTC record 2, so the envelope's CodedCharacterSet (1:90) is found here in
 * the raw bytes: 1C 01 5A, a two-byte length, then ESC % G for UTF-8.
 */
export function declaresUtf8(bytes: Buffer): boolean {
  const marker = Buffer.from([0x1c, 0x01, 0x5a]);
  const searchIn = bytes.subarray(0, Math.min(bytes.length, 512 * 1024));
  let index = searchIn.indexOf(marker);
  while (index !== -1) {
    // A marker in the last bytes has no room for its length: it is not a dataset (and reading
    // on would throw past the end of the buffer, which crashed the upload with a 500).
    if (index + 5 > searchIn.length) return false;
    const length = searchIn.readUInt16BE(index + 3);
    const value = searchIn.subarray(index + 5, index + 5 + length);
    if (value.length >= 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47) return true;
    index = searchIn.indexOf(marker, index + 1);
  }
  return false;
}

/**
 * Many tools write UTF-8 IPTC without declaring it. Latin-1 text that is also valid multi-byte
 * UTF-8 is vanishingly rare, so valid UTF-8 is taken as UTF-8.
 */
function looksLikeUtf8(latin1: string): boolean {
  if (!/[\u0080-\u00ff]/.test(latin1)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(latin1, 'latin1'));
    return true;
  } catch {
    return false;
  }
}

function text(value: unknown, utf8: boolean): string {
  const joined = Array.isArray(value) ? value.filter((part) => typeof part === 'string').join('; ') : value;
  if (typeof joined !== 'string') return '';
  return decodeIptcText(joined, utf8 || looksLikeUtf8(joined)).replaceAll('\u0000', '').trim();
}

/** Caption, credit, byline and copyright from the image's IPTC block (empty when absent). */
export async function readIptc(bytes: Buffer): Promise<IptcText> {
  let parsed: Record<string, unknown> | undefined;
  try {
    parsed = await exifr.parse(bytes, { iptc: true, tiff: false, exif: false, gps: false, xmp: false, icc: false, jfif: false, ihdr: false });
  } catch {
    parsed = undefined;
  }
  const utf8 = declaresUtf8(bytes);
  return {
    caption: text(parsed?.Caption, utf8),
    credit: text(parsed?.Credit, utf8),
    byline: text(parsed?.Byline, utf8),
    copyright: text(parsed?.CopyrightNotice, utf8),
  };
}
