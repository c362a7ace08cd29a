/**
 * exifr hands IPTC strings over as if every byte were Latin-1 (one char per byte). When the
 * IPTC envelope's CodedCharacterSet (1:90) says UTF-8 (`ESC % G`), those chars are really
 * UTF-8 bytes: put the bytes back together and decode them, so a Chinese caption arrives intact.
 */
export function decodeIptcText(value: string, codedCharacterSetIsUtf8: boolean): string {
  if (!codedCharacterSetIsUtf8) return value;
  const bytes = new Uint8Array(value.length);
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    // A char above 0xff means the string was already decoded properly: leave it alone.
    if (code > 0xff) return value;
    bytes[index] = code;
  }
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

/** IPTC 1:90 CodedCharacterSet value that declares UTF-8: ESC % G. */
export function isUtf8CodedCharacterSet(value: unknown): boolean {
  if (typeof value === 'string') return value === '\u001b%G' || /%G$/.test(value) || /utf-?8/i.test(value);
  if (value instanceof Uint8Array) return value.length >= 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47;
  if (Array.isArray(value)) return value.length >= 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47;
  return false;
}

/**
 * For files that do not declare a character set: Latin-1-read text whose bytes form valid UTF-8
 * with multi-byte sequences is, in practice, UTF-8 (Latin-1 prose almost never is valid UTF-8).
 */
export function iptcTextIsUtf8(value: string): boolean {
  const bytes = new Uint8Array(value.length);
  let nonAscii = false;
  for (let index = 0; index < value.length; index += 1) {
    const code = value.charCodeAt(index);
    if (code > 0xff) return false;
    if (code > 0x7f) nonAscii = true;
    bytes[index] = code;
  }
  if (!nonAscii) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
