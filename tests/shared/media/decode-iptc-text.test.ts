import { describe, expect, it } from 'vitest';
import { decodeIptcText, isUtf8CodedCharacterSet } from '../../../shared/media/decode-iptc-text';

/** What exifr produces from UTF-8 bytes: one Latin-1 char per byte. */
function asLatin1(text: string): string {
  return Array.from(new TextEncoder().encode(text), (byte) => String.fromCharCode(byte)).join('');
}

describe('decodeIptcText', () => {
  it('re-decodes a UTF-8 caption that was read as Latin-1', () => {
    const caption = '中環碼頭的渡輪（資料圖片）';
    expect(asLatin1(caption)).not.toBe(caption);
    expect(decodeIptcText(asLatin1(caption), true)).toBe(caption);
  });

  it('leaves text alone when the character set is not UTF-8', () => {
    expect(decodeIptcText('Café Zürich', false)).toBe('Café Zürich');
  });

  it('leaves text that is already decoded alone', () => {
    expect(decodeIptcText('已解碼', true)).toBe('已解碼');
  });

  it('recognises ESC % G as UTF-8', () => {
    expect(isUtf8CodedCharacterSet('\u001b%G')).toBe(true);
    expect(isUtf8CodedCharacterSet(new Uint8Array([0x1b, 0x25, 0x47]))).toBe(true);
    expect(isUtf8CodedCharacterSet([0x1b, 0x25, 0x47])).toBe(true);
    expect(isUtf8CodedCharacterSet(undefined)).toBe(false);
    expect(isUtf8CodedCharacterSet('\u001b.A')).toBe(false);
  });
});
