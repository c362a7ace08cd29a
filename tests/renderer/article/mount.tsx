import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type UiLanguage } from '../../../renderer/i18n/i18n';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean | undefined;
}
globalThis.IS_REACT_ACT_ENVIRONMENT = true;

export interface Mounted {
  container: HTMLDivElement;
  render(element: ReactNode): Promise<void>;
  unmount(): Promise<void>;
}

/** Renders React into a jsdom container with the English catalogs (or another UI language's). */
export async function mount(element: ReactNode, language: UiLanguage = 'en'): Promise<Mounted> {
  const i18n = await createI18n(language);
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  const render = async (next: ReactNode) => {
    await act(async () => root.render(<I18nextProvider i18n={i18n}>{next}</I18nextProvider>));
  };
  await render(element);
  return {
    container,
    render,
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}

/** Types into a React-controlled input the way a browser does (value setter, then an input event). */
export async function typeInto(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) throw new Error('not a text field');
  const prototype = element instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function press(element: Element | null, key: string, init: KeyboardEventInit = {}): Promise<void> {
  if (!element) throw new Error('nothing to press on');
  await act(async () => {
    element.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });
}

export async function click(element: Element | null): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => element.click());
}

/** The element whose accessible name (aria-label or label text) is exactly `name`. */
export function byLabel(container: HTMLElement, name: string): HTMLElement | null {
  const labelled = Array.from(container.querySelectorAll<HTMLElement>('[aria-label]')).find((element) => element.getAttribute('aria-label') === name);
  if (labelled) return labelled;
  const label = Array.from(container.querySelectorAll('label')).find((element) => element.textContent?.trim() === name);
  if (label?.htmlFor) return container.querySelector(`#${CSS.escape(label.htmlFor)}`);
  return label?.querySelector('input, textarea, select') ?? null;
}
