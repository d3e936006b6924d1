import { expect, html } from '@open-wc/testing';
import { loadLocale } from '@sugam/i18n';

/**
 * Runs `run` with `console.warn` captured, and returns the first argument of every warning it logged, as text.
 * The real `console.warn` is restored afterwards, even when `run` throws.
 */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Adds the token style sheet (every `--sugam-*` property, themes and brands) to the page once, and waits for it. */
export async function loadTokens(): Promise<void> {
  if (document.querySelector('link[data-test-tokens]')) return;
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/packages/tokens/dist/tokens.css',
  });
  link.dataset.testTokens = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

/** Runs `run` with `dir` set on `<html>`, and puts the page's own `dir` (or its absence) back afterwards. */
export async function withPageDirection<T>(dir: 'ltr' | 'rtl', run: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const saved = root.getAttribute('dir');
  root.dir = dir;
  try {
    return await run();
  } finally {
    if (saved === null) root.removeAttribute('dir');
    else root.setAttribute('dir', saved);
  }
}

/** Options wider than a narrow field, so that which edge a list popup lines up with shows. */
export const longStateOptions = html`
  <sugam-option value="DN">Dadra and Nagar Haveli and Daman and Diu</sugam-option>
  <sugam-option value="AN">Andaman and Nicobar Islands</sugam-option>
`;

/**
 * The placement tests of a list popup under a field's box in a section whose direction differs from the page's.
 * Logical `position-area` keywords resolve against the page's direction, not the field's: the popup must line up
 * with the box's start edge in the field's own direction. `open(dir, lang)` renders the field, 8rem wide with
 * {@link longStateOptions}, in a section with that `dir` and `lang`, opens it, and returns its box and popup.
 */
export function itPlacesPopupBySectionDirection(
  open: (dir: 'ltr' | 'rtl', lang: string) => Promise<{ box: HTMLElement; popup: HTMLElement }>,
): void {
  async function placed(dir: 'ltr' | 'rtl', lang: string) {
    const { box, popup } = await open(dir, lang);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(popup.matches(':popover-open')).to.equal(true);
    const anchor = box.getBoundingClientRect();
    const list = popup.getBoundingClientRect();
    // Wider than the box, so that which edge it lines up with shows.
    expect(list.width).to.be.greaterThan(anchor.width + 20);
    expect(list.top).to.be.at.least(anchor.bottom - 1);
    return { anchor, list };
  }

  it('in an Urdu (rtl) section of an ltr page: lines up with the box’s right edge', async () => {
    await loadLocale('ur');
    const { anchor, list } = await placed('rtl', 'ur');
    expect(Math.abs(list.right - anchor.right)).to.be.below(2);
  });

  it('in an Urdu (rtl) section, placed by script: follows the box when the page scrolls', async () => {
    await loadLocale('ur');
    const { box, popup } = await open('rtl', 'ur');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const offset = () => {
      const [anchor, list] = [box.getBoundingClientRect(), popup.getBoundingClientRect()];
      return [list.top - anchor.top, list.right - anchor.right];
    };
    const before = offset();
    await scrollPageBy(box, 40, () => {
      expect(popup.matches(':popover-open')).to.equal(true);
      const after = offset();
      expect(Math.abs(after[0] - before[0])).to.be.below(1);
      expect(Math.abs(after[1] - before[1])).to.be.below(1);
    });
  });

  it('in an English (ltr) section of an rtl page: lines up with the box’s left edge', async () => {
    await withPageDirection('rtl', async () => {
      const { anchor, list } = await placed('ltr', 'en');
      expect(Math.abs(list.left - anchor.left)).to.be.below(2);
    });
  });
}

/**
 * Waits as long as a browser takes to follow an in-page link: Chromium follows it at once, Firefox in a later
 * task. A test that a link was not followed waits this long before it looks.
 */
export async function navigationTime(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Makes room below the page, scrolls it by `by` pixels (checking that `anchor` moved that much), waits three frames
 * (CSS anchor positioning moves a popup a frame after a scroll; a popup placed beside an item in it, a frame later),
 * runs `check`, then puts the page back.
 */
export async function scrollPageBy(anchor: Element, by: number, check: () => void): Promise<void> {
  const spacer = document.createElement('div');
  spacer.style.blockSize = '3000px';
  document.body.append(spacer);
  try {
    const top = anchor.getBoundingClientRect().top;
    window.scrollBy(0, by);
    for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(top - anchor.getBoundingClientRect().top, 'the page scrolled').to.equal(by);
    check();
  } finally {
    spacer.remove();
    window.scrollTo(0, 0);
  }
}
