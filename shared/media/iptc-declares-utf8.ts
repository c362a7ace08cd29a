/**
 * Whether raw IPTC-IIM data (a JPEG's APP13 "Photoshop 3.0" payload, as sharp's `metadata().iptc`
 * gives it) declares UTF-8 in 1:90 CodedCharacterSet (`ESC % G`). exifr reads only record 2, so
 * the declaration has to be found here. Scans datasets, never further than the data goes.
 */
export function iptcDeclaresUtf8(iptc: Uint8Array): boolean {
  for (let offset = 0; offset + 5 <= iptc.length; offset += 1) {
    if (iptc[offset] !== 0x1c || iptc[offset + 1] !== 0x01 || iptc[offset + 2] !== 90) continue;
    const length = ((iptc[offset + 3] ?? 0) << 8) | (iptc[offset + 4] ?? 0);
    const value = iptc.subarray(offset + 5, offset + 5 + length);
    return value.length >= 3 && value[0] === 0x1b && value[1] === 0x25 && value[2] === 0x47;
  }
  return false;
}
