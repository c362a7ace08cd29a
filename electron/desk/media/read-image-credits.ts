import { decodeIptcText, iptcTextIsUtf8 } from '../../../shared/media/decode-iptc-text';
import { iptcDeclaresUtf8 } from '../../../shared/media/iptc-declares-utf8';

/** What a photographer or agency embedded in the file, ready to pre-fill Caption and Credit. */
export interface ImageCredits {
  caption: string;
  credit: string;
  byline: string;
  copyright: string;
}

type Segment = Record<string, unknown>;

function segment(output: unknown, key: string): Segment {
  if (typeof output !== 'object' || output === null) return {};
  const value: unknown = Reflect.get(output, key);
  return typeof value === 'object' && value !== null ? { ...value } : {};
}

/** exifr gives a string, a list of strings (repeated datasets, rdf:Seq) or `{ lang, value }` (rdf:Alt). */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(text).filter((part) => part !== '').join('; ');
  if (typeof value === 'object' && value !== null && 'value' in value) return text(value.value);
  return '';
}

function firstOf(...candidates: string[]): string {
  return candidates.find((candidate) => candidate !== '') ?? '';
}

/**
 * Reads IPTC, XMP and EXIF with exifr. XMP is XML and always Unicode, so it wins; IPTC strings,
 * which exifr decodes as Latin-1, are re-decoded as UTF-8 when the file declares it (1:90) or
 * when the bytes can only be UTF-8; EXIF is the last resort. Unreadable metadata gives blanks:
 * a photo without a caption is still a photo.
 */
export async function readImageCredits(bytes: Uint8Array, rawIptc: Uint8Array | undefined): Promise<ImageCredits> {
  // Loaded with the first image, not at start.
  const { default: exifr } = await import('exifr');
  let output: unknown;
  try {
    output = await exifr.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      iptc: true,
      xmp: true,
      tiff: true,
      ifd0: {},
      exif: false,
      gps: false,
      icc: false,
      mergeOutput: false,
    });
  } catch {
    return { caption: '', credit: '', byline: '', copyright: '' };
  }
  const iptc = segment(output, 'iptc');
  const declaredUtf8 = rawIptc !== undefined && iptcDeclaresUtf8(rawIptc);
  const iptcText = (key: string) => {
    const raw = text(iptc[key]);
    return decodeIptcText(raw, declaredUtf8 || iptcTextIsUtf8(raw));
  };
  const dc = segment(output, 'dc');
  const photoshop = segment(output, 'photoshop');
  const ifd0 = segment(output, 'ifd0');
  return {
    caption: firstOf(text(dc.description), iptcText('Caption'), text(ifd0.ImageDescription)),
    credit: firstOf(text(photoshop.Credit), iptcText('Credit')),
    byline: firstOf(text(dc.creator), iptcText('Byline'), text(ifd0.Artist)),
    copyright: firstOf(text(dc.rights), iptcText('CopyrightNotice'), text(ifd0.Copyright)),
  };
}
