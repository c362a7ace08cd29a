// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RelatedLink } from '../../../shared/article';
import { RelatedLinksEditor } from '../../../renderer/screens/article/RelatedLinksEditor';
import { click, mount, typeInto, type Mounted } from './mount';

let latest: RelatedLink[] = [];
function Links({ initial }: { initial: RelatedLink[] }) {
  const [links, setLinks] = useState(initial);
  latest = links;
  return <RelatedLinksEditor links={links} onChange={setLinks} />;
}

let mounted: Mounted | undefined;
afterEach(async () => mounted?.unmount());

const button = (container: HTMLElement, name: string) =>
  Array.from(container.querySelectorAll('button')).find((element) => (element.getAttribute('aria-label') ?? element.textContent) === name) ?? null;

describe('RelatedLinksEditor', () => {
  it('adds a link with a title and URL, and flags an address that is not http(s)', async () => {
    mounted = await mount(<Links initial={[]} />);
    await click(button(mounted.container, 'Add related link'));
    await typeInto(mounted.container.querySelector('[aria-label="Related link title"]'), 'Bus fares frozen');
    const url = mounted.container.querySelector('[aria-label="Related link URL"]');
    await typeInto(url, 'javascript:alert(1)');
    expect(url?.getAttribute('aria-invalid')).toBe('true');
    expect(mounted.container.textContent).toContain('Enter a web address starting with https://');
    await typeInto(url, 'https://example.org/bus');
    expect(url?.getAttribute('aria-invalid')).toBe('false');
    expect(latest).toEqual([{ title: 'Bus fares frozen', url: 'https://example.org/bus' }]);
  });

  it('reorders and removes links', async () => {
    mounted = await mount(
      <Links
        initial={[
          { title: 'A', url: 'https://example.org/a' },
          { title: 'B', url: 'https://example.org/b' },
          { title: 'C', url: 'https://example.org/c' },
        ]}
      />,
    );
    await click(button(mounted.container, 'Move related link 3 up'));
    expect(latest.map((link) => link.title)).toEqual(['A', 'C', 'B']);
    await click(button(mounted.container, 'Move related link 1 down'));
    expect(latest.map((link) => link.title)).toEqual(['C', 'A', 'B']);
    await click(button(mounted.container, 'Remove related link 2'));
    expect(latest.map((link) => link.title)).toEqual(['C', 'B']);
  });
});
