import { describe, expect, it } from 'vitest';
import { iptcDeclaresUtf8 } from '../../../shared/media/iptc-declares-utf8';
import { renditionPlan } from '../../../shared/media/rendition-plan';

describe('renditionPlan', () => {
  it('makes 1600, 800 and 320 from a large image', () => {
    expect(renditionPlan(4000)).toEqual([1600, 800, 320]);
    expect(renditionPlan(1600)).toEqual([1600, 800, 320]);
  });

  it('never upscales a narrow image', () => {
    expect(renditionPlan(1000)).toEqual([1000, 800, 320]);
    expect(renditionPlan(800)).toEqual([800, 320]);
    expect(renditionPlan(200)).toEqual([200]);
    expect(renditionPlan(0)).toEqual([]);
  });
});

describe('iptcDeclaresUtf8', () => {
  const header = [...new TextEncoder().encode('Photoshop 3.0\u00008BIM'), 4, 4, 0, 0, 0, 0, 0, 20];
  it('finds 1:90 ESC % G', () => {
    expect(iptcDeclaresUtf8(new Uint8Array([...header, 0x1c, 1, 90, 0, 3, 0x1b, 0x25, 0x47, 0x1c, 2, 0, 0, 2, 0, 4]))).toBe(true);
  });
  it('says no for another character set, no declaration, or a truncated one', () => {
    expect(iptcDeclaresUtf8(new Uint8Array([...header, 0x1c, 1, 90, 0, 3, 0x1b, 0x2e, 0x41]))).toBe(false);
    expect(iptcDeclaresUtf8(new Uint8Array([...header, 0x1c, 2, 120, 0, 1, 0x41]))).toBe(false);
    expect(iptcDeclaresUtf8(new Uint8Array([...header, 0x1c, 1, 90, 0, 3, 0x1b]))).toBe(false);
  });
});
