import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..', 'renderer', 'i18n', 'locales');
const languages = ['en', 'zh-Hant'];

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function namespaces(language: string): string[] {
  return readdirSync(join(root, language)).filter((name) => name.endsWith('.json')).sort();
}

describe('i18n catalogs', () => {
  it('has the same namespaces in every language', () => {
    expect(namespaces('zh-Hant')).toEqual(namespaces('en'));
  });

  for (const namespace of namespaces('en')) {
    it(`${namespace}: every key exists in both languages, none is empty`, () => {
      const [english, chinese] = languages.map((language) => JSON.parse(readFileSync(join(root, language, namespace), 'utf8')));
      expect(keysOf(chinese).sort()).toEqual(keysOf(english).sort());
      for (const catalog of [english, chinese]) {
        for (const key of keysOf(catalog)) {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
          expect(typeof value === 'string' && value.trim() !== '', `${namespace} ${key}`).toBe(true);
        }
      }
    });
  }
});
