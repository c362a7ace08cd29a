import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash } from '../../../renderer/app/use-hash-route';

describe('the photo desk’s addresses', () => {
  it('#/photos is the queue and #/photos/<server id> one article; a reload keeps either', () => {
    expect(parseRoute('#/photos')).toEqual({ screen: 'photos' });
    expect(parseRoute('#/photos/01JD3XABC')).toEqual({ screen: 'photoArticle', id: '01JD3XABC' });
    expect(routeHash({ screen: 'photoArticle', id: '01JD3XABC' })).toBe('#/photos/01JD3XABC');
    expect(routeHash({ screen: 'photos' })).toBe('#/photos');
    expect(parseRoute('#/photos/../drafts')).toEqual({ screen: 'home' });
  });
});
