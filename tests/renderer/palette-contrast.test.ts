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
  // Raw colours outside the tokens, read from the rule that sets them: a change to one of these
  // backgrounds must fail here, not only when axe happens to see that state.
  function ruleColour(file: string, selector: string, property: 'background' | 'color'): string {
    const text = readFileSync(new URL(`../../renderer/${file}`, import.meta.url), 'utf8');
    const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const body = new RegExp(`(?:^|\\n)${escaped}\\s*{([^}]*)}`).exec(text)?.[1] ?? '';
    const value = new RegExp(`(?:^|[;\\s])${property}:\\s*([^;]+);`).exec(body)?.[1]?.trim() ?? '';
    const colour = value.startsWith('var(--') ? token(value.slice(6, -1)) : value;
    if (!/^#[0-9a-fA-F]{3,8}$/.test(colour)) throw new Error(`${file} ${selector} has no plain ${property} colour (found "${value}")`);
    return colour;
  }

  it.each([
    ['danger text on the error notice', 'app/app.css', '.notice--error', 'color'],
    ['checklist text on its warning strip', 'screens/article/article.css', '.checklist__item', 'color'],
  ] as const)('%s is readable', (_what, file, selector, property) => {
    expect(getContrast(ruleColour(file, selector, property), ruleColour(file, selector, 'background'))).toBeGreaterThanOrEqual(minimum);
  });

  it('--warn text (the nearly-full counter) is readable on the warning strip too', () => {
    expect(getContrast(token('warn'), ruleColour('screens/article/article.css', '.checklist__item', 'background'))).toBeGreaterThanOrEqual(minimum);
  });

  it.each(['ink', 'ink-soft', 'ink-faint'])('--%s text stays readable inside a <mark> search highlight', (name) => {
    // The highlight inherits its text colour from the drafts list around it.
    expect(getContrast(token(name), ruleColour('screens/drafts/drafts.css', '.drafts__list mark', 'background'))).toBeGreaterThanOrEqual(minimum);
  });
});
