// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseTitleField } from '../../../renderer/editor/nodes/CaseTitleField';
import { mount, typeInto, type Mounted } from '../article/mount';

let mounted: Mounted | undefined;
afterEach(async () => mounted?.unmount());

async function compositionEvent(element: Element | null, type: 'compositionstart' | 'compositionend'): Promise<void> {
  if (!element) throw new Error('no field');
  await act(async () => {
    element.dispatchEvent(new CompositionEvent(type, { bubbles: true }));
  });
}

describe('CaseTitleField', () => {
  it('writes only the chosen characters of an input method’s composition into the document', async () => {
    const committed: string[] = [];
    mounted = await mount(<CaseTitleField title="" label="Title of Case 1" placeholder="Case title" onCommit={(value) => committed.push(value)} onKeyDown={() => {}} />);
    const field = mounted.container.querySelector('input');
    await compositionEvent(field, 'compositionstart');
    await typeInto(field, 'c');
    await typeInto(field, 'cian');
    await typeInto(field, '前僱員');
    expect(committed).toEqual([]);
    await compositionEvent(field, 'compositionend');
    expect(committed).toEqual(['前僱員']);
    await typeInto(field, '前僱員 A');
    expect(committed).toEqual(['前僱員', '前僱員 A']);
  });

  it('shows a title changed from outside (undo) when not composing', async () => {
    const field = () => mounted?.container.querySelector('input');
    const props = { label: 'Title of Case 1', placeholder: 'Case title', onCommit: () => {}, onKeyDown: () => {} };
    mounted = await mount(<CaseTitleField title="Draft" {...props} />);
    await mounted.render(<CaseTitleField title="Star Ferry" {...props} />);
    expect(field()?.value).toBe('Star Ferry');
  });
});
