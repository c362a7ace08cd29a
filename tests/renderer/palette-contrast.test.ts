import { readFileSync } from 'node:fs';
import { getContrast } from 'color2k';
import { describe, expect, it } from 'vitest';

// The desk's colours are tokens in app.css. Axe checks the screen as it is at one moment; a text
// colour used only in some states (the save status while saving) could pass there by luck, so
// every text token is checked here against every background it is used on.
const css = readFileSync(new URL('../../renderer/app/app.css', import.meta.url), 'utf8');
const root = /:root\s*{([^}]*)}/.exec(css)?.[1] ?? '';
const tokens = new Map([...root.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{3,8})\s*;/g)].map((match) => [match[1] ?? '', match[2] ?? '']));

function token(name: string): string {
  const value = tokens.get(name);
  if (!value) throw new Error(`app.css has no --${name} colour`);
  return value;
}

/** WCAG 2 AA for normal-size text. */
const minimum = 4.5;

describe('colour tokens', () => {
  it.each(['ink', 'ink-soft', 'ink-faint', 'accent', 'ok', 'warn', 'danger'])('--%s text is readable on the canvas and on paper', (name) => {
    for (const background of ['canvas', 'paper']) {
      expect(getContrast(token(name), token(background)), `--${name} on --${background}`).toBeGreaterThanOrEqual(minimum);
    }
  });

  it('--accent-ink text is readable on --accent buttons', () => {
    expect(getContrast(token('accent-ink'), token('accent'))).toBeGreaterThanOrEqual(minimum);
  });
});
