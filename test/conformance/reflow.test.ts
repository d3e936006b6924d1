// WCAG 1.4.10 Reflow and 1.4.12 Text Spacing, for every story in hi, ta and ur (issue 9, item 4).
//
// Text spacing: author CSS on the page cannot reach into shadow roots, so the harness injects the classic
// text-spacing bookmarklet (letter-spacing 0.12em, word-spacing 0.16em, paragraph spacing 2em) into the document
// and into every shadow root as an adopted style sheet, sets the tokens' own factors on :root (what an
// accessibility toolbar would do), and raises any line height below 1.5 × the font size to 1.5. It never lowers a
// line height: 1.4.12 asks for *at least* 1.5, and Nastaliq and Indic lines are already taller.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { allStories, clippedText, deepElements, describeElement, settle, withStory } from './sweep.js';

const WIDTH = 320;
const LOCALES = ['hi', 'ta', 'ur'];

const spacing = new CSSStyleSheet();
spacing.replaceSync(`
  * { letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-block-end: 2em !important; }
`);

/** Applies WCAG 1.4.12 text spacing everywhere under `container`, shadow roots included. */
async function applyTextSpacing(container: HTMLElement): Promise<() => void> {
  const root = document.documentElement.style;
  root.setProperty('--sugam-line-height-factor', '1');
  root.setProperty('--sugam-letter-spacing-factor', '0.12');
  root.setProperty('--sugam-word-spacing-factor', '0.16');
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, spacing];
  const roots = deepElements(container)
    .map((el) => el.shadowRoot)
    .filter((r): r is ShadowRoot => !!r);
  for (const shadow of roots) shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, spacing];
  const raised: HTMLElement[] = [];
  for (const el of deepElements(container)) {
    if (!(el instanceof HTMLElement)) continue;
    const style = getComputedStyle(el);
    const fontSize = parseFloat(style.fontSize);
    const lineHeight = style.lineHeight === 'normal' ? 0 : parseFloat(style.lineHeight);
    if (lineHeight < 1.5 * fontSize) {
      el.style.setProperty('line-height', '1.5', 'important');
      raised.push(el);
    }
  }
  await settle(container);
  return () => {
    for (const el of raised) el.style.removeProperty('line-height');
    for (const shadow of roots) shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== spacing);
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== spacing);
    for (const name of ['--sugam-line-height-factor', '--sugam-letter-spacing-factor', '--sugam-word-spacing-factor'])
      root.removeProperty(name);
  };
}

/** The innermost elements that stick out of the viewport, to name in a failure. */
function overhanging(container: HTMLElement): string {
  const out = deepElements(container).filter((el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && (box.right > WIDTH + 0.5 || box.left < -0.5);
  });
  const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
  return innermost
    .slice(0, 4)
    .map((el) => `${describeElement(el)} ${Math.round(el.getBoundingClientRect().right)}`)
    .join(', ');
}

describe(`reflow at ${WIDTH} CSS px and text spacing`, function () {
  this.timeout(60_000);
  before(() => setViewport({ width: WIDTH, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  // The Foundations pages (colour and type tables, locale tables) are reference documentation whose data tables
  // need two-dimensional layout, which 1.4.10 exempts; every component story is a template and must reflow.
  for (const story of allStories().filter((s) => !s.title.startsWith('Foundations/'))) {
    it(`${story.id} reflows and keeps its text with text spacing in ${LOCALES.join(', ')}`, async () => {
      const problems: string[] = [];
      for (const locale of LOCALES) {
        await withStory(story, locale, 'light', async (container) => {
          const scroller = document.scrollingElement!;
          if (scroller.scrollWidth > WIDTH)
            problems.push(`${locale}: page scrolls to ${scroller.scrollWidth} px (${overhanging(container)})`);
          const wide = [container, ...container.children].filter((el) => el.getBoundingClientRect().width > WIDTH);
          for (const el of wide) problems.push(`${locale}: ${describeElement(el)} is wider than ${WIDTH} px`);
          const undo = await applyTextSpacing(container);
          try {
            if (scroller.scrollWidth > WIDTH)
              problems.push(
                `${locale} + text spacing: page scrolls to ${scroller.scrollWidth} px (${overhanging(container)})`,
              );
            for (const clip of clippedText(container)) problems.push(`${locale} + text spacing: ${clip} clips text`);
          } finally {
            undo();
          }
        });
      }
      expect(problems, problems.join('\n')).to.deep.equal([]);
    });
  }
});
