// @vitest-environment jsdom
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChipInput } from '../../../renderer/screens/article/ChipInput';
import { click, mount, press, typeInto, type Mounted } from './mount';

function Tags({ initial }: { initial: string[] }) {
  const [values, setValues] = useState(initial);
  return (
    <ChipInput
      id="field-tags"
      label="Tags"
      values={values}
      onChange={setValues}
      suggestions={['transport', 'Ferries', 'weather']}
      max={20}
      removeLabel={(value) => `Remove tag ${value}`}
    />
  );
}

let mounted: Mounted | undefined;
afterEach(async () => mounted?.unmount());

const chips = (container: HTMLElement) => Array.from(container.querySelectorAll('.chip span')).map((chip) => chip.textContent);

describe('ChipInput', () => {
  it('adds a chip on Enter and on a comma, ignoring duplicates case-insensitively', async () => {
    mounted = await mount(<Tags initial={[]} />);
    const input = mounted.container.querySelector('#field-tags');
    await typeInto(input, 'transport');
    await press(input, 'Enter');
    await typeInto(input, 'ferries,');
    await typeInto(input, 'TRANSPORT');
    await press(input, 'Enter');
    expect(chips(mounted.container)).toEqual(['transport', 'ferries']);
    expect(input instanceof HTMLInputElement && input.value).toBe('');
  });

  it('offers suggestions not yet used, and removes chips by button or Backspace', async () => {
    mounted = await mount(<Tags initial={['ferries', 'harbour']} />);
    const options = Array.from(mounted.container.querySelectorAll('datalist option')).map((option) => option.getAttribute('value'));
    expect(options).toEqual(['transport', 'weather']);
    await click(mounted.container.querySelector('[aria-label="Remove tag ferries"]'));
    expect(chips(mounted.container)).toEqual(['harbour']);
    await press(mounted.container.querySelector('#field-tags'), 'Backspace');
    expect(chips(mounted.container)).toEqual([]);
  });

  it('does not add while an IME composition is still open', async () => {
    mounted = await mount(<Tags initial={[]} />);
    const input = mounted.container.querySelector('#field-tags');
    await typeInto(input, '交通');
    await press(input, 'Enter', { isComposing: true });
    expect(chips(mounted.container)).toEqual([]);
    await press(input, 'Enter');
    expect(chips(mounted.container)).toEqual(['交通']);
  });
});
