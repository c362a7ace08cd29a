import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { articleNinjs } from '../../../shared/render/ninjs';
import { fullArticle } from './article-fixture';

// CI keeps a copy of shared/ beside the clone: <repo>/../shared/standards/ninjs.
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const standardsFolder = resolve(repoRoot, '..', 'shared', 'standards', 'ninjs');
const schema: unknown = JSON.parse(readFileSync(resolve(standardsFolder, 'ninjs-schema_2.2.json'), 'utf8'));

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  // The schema refers to GeoJSON for places' geometry; there is no network here and Copydesk
  // writes no geometry, so a stand-in that accepts any object takes its place.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  if (typeof schema !== 'object' || schema === null) throw new Error('ninjs schema is not an object');
  return ajv.compile(schema);
}

const validate = validator();

function expectValid(value: unknown): void {
  const valid = validate(value);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isJson) : []);

describe('articleNinjs', () => {
  it('the validator itself refuses what ninjs 2.2 forbids', () => {
    expect(validate({ uri: 'not a uri' })).toBe(false);
    expect(validate({ uri: 'urn:x:1', headline: 'ninjs 1.x field' })).toBe(false);
    expect(validate({ uri: 'urn:x:1', associations: [{ name: 'a', uri: 'urn:x:2', descriptions: [{ role: 'caption' }] }] })).toBe(false);
  });

  it('the IPTC examples pass the same validator', () => {
    for (const name of ['example_004_simple_text_article.json', 'example_005_complex_text_article.json', 'example_006_photo_only.json']) {
      expectValid(JSON.parse(readFileSync(resolve(standardsFolder, name), 'utf8')));
    }
  });

  it('a full article is valid ninjs 2.2', () => {
    expectValid(articleNinjs(fullArticle()));
    expectValid(articleNinjs(fullArticle(), { siteUrl: 'https://news.example.hk/', canonicalUrl: '/articles/harbour-ferry-fares-rise', siteName: 'Example News' }));
  });

  it('a bare draft without times, images or links is valid too', () => {
    const draft = fullArticle({ leadImage: null, tags: [], topics: [], relatedLinks: [], standfirst: '', byline: '', dateline: '', slug: '', body: { type: 'doc', content: [{ type: 'paragraph' }] } });
    const { id: _id, createdAt: _created, updatedAt: _updated, publishedAt: _published, revision: _revision, ...bare } = draft;
    expectValid(articleNinjs(bare));
  });

  it('carries images as associations with caption and creditline descriptions', () => {
    const ninjs = articleNinjs(fullArticle(), { siteUrl: 'https://news.example.hk/', mediaBase: '/' });
    const associations = list(ninjs.associations);
    const lead = associations.find((association) => association.name === 'leadimage');
    expect(lead?.type).toBe('picture');
    expect(lead?.uri).toBe('urn:copydesk:media:m_123');
    expect(lead?.descriptions).toEqual([
      { role: 'caption', contenttype: 'text/plain', value: 'A ferry at Central Pier.' },
      { role: 'creditline', contenttype: 'text/plain', value: '(File Photo)' },
      { role: 'alternative', contenttype: 'text/plain', value: 'Green and white ferry at a pier' },
    ]);
    expect(list(lead?.renditions)).toEqual([
      { name: 'main', href: 'https://news.example.hk/media/m_123/1600.webp', contenttype: 'image/webp' },
      { name: 'w800', href: 'https://news.example.hk/media/m_123/800.webp', contenttype: 'image/webp', width: 800 },
      { name: 'w320', href: 'https://news.example.hk/media/m_123/320.webp', contenttype: 'image/webp', width: 320 },
    ]);
    const figure = associations.find((association) => association.name === 'figure-1');
    expect(list(figure?.descriptions).map((description) => description.role)).toContain('creditline');
    const related = associations.find((association) => association.name === 'related-1');
    expect(related).toEqual({ name: 'related-1', uri: 'https://example.org/bus', type: 'text', headlines: [{ role: 'main', value: 'Bus fares frozen' }] });
  });

  it('carries the text: headline, body HTML with numbered cases, tags and topics', () => {
    const ninjs = articleNinjs(fullArticle({ language: 'zh-Hant' }));
    expect(ninjs.language).toBe('zh-Hant');
    expect(list(ninjs.headlines)[0]?.value).toBe('Harbour ferry fares to rise in January');
    expect(String(list(ninjs.bodies)[0]?.value)).toContain('案例一：');
    expect(ninjs.subjects).toEqual([
      { name: 'hong-kong', rel: 'section' },
      { name: 'transport', rel: 'tag' },
      { name: 'ferries', rel: 'tag' },
      { name: 'Cost of living', rel: 'topic' },
    ]);
    expect(ninjs.version).toBe('3');
  });
});
