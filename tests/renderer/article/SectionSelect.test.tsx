// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { SectionSelect } from '../../../renderer/screens/article/SectionSelect';
import type { SectionChoices } from '../../../renderer/screens/article/use-sections';
import { defaultSections } from '../../../shared/sections/default-sections';
import { mount, type Mounted } from './mount';

const fromServer: SectionChoices = { sections: [...defaultSections], source: 'server' };

function Section({ initial, choices = fromServer, seen }: { initial: string; choices?: SectionChoices; seen: string[] }) {
  const [value, setValue] = useState(initial);
  return (
    <SectionSelect
      value={value}
      choices={choices}
      onChange={(next) => {
        seen.push(next);
        setValue(next);
      }}
    />
  );
}

let mounted: Mounted | undefined;
afterEach(async () => mounted?.unmount());

const select = (container: HTMLElement) => container.querySelector<HTMLSelectElement>('#field-section');

describe('SectionSelect', () => {
  it('moves an old draft\'s free-text section to the section of that name', async () => {
    const seen: string[] = [];
    mounted = await mount(<Section initial="香港" seen={seen} />);
    expect(seen).toEqual(['hong-kong']);
    expect(select(mounted.container)?.value).toBe('hong-kong');
    expect(mounted.container.querySelector('.field__error')).toBeNull();
  });

  it('keeps an unknown section visible as a value to fix, with the reason', async () => {
    const seen: string[] = [];
    mounted = await mount(<Section initial="娛樂" seen={seen} />);
    expect(seen).toEqual([]);
    expect(select(mounted.container)?.value).toBe('娛樂');
    expect(select(mounted.container)?.getAttribute('aria-invalid')).toBe('true');
    expect(mounted.container.querySelector('.field__error')?.textContent).toBe('“娛樂” is not one of the newsroom’s sections: choose one from the list.');
  });

  it('says when the list is the cached copy, not the newsroom\'s answer', async () => {
    mounted = await mount(<Section initial="world" choices={{ ...fromServer, source: 'cache' }} seen={[]} />);
    expect(mounted.container.querySelector('.field__hint')?.textContent).toContain('showing the sections kept from last time');
  });
});
