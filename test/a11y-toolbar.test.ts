import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, css, html as litHtml } from 'lit';
import '@sugam/components/a11y-toolbar';
import '@sugam/components/button';
import '@sugam/components/text-field';
import '@sugam/components/identity-bar';
import {
  SugamA11yToolbar,
  applyA11ySettings,
  readA11ySettings,
  resetA11ySettings,
  writeA11ySettings,
  parseShortcut,
} from '@sugam/components/a11y-toolbar';
import type { SugamButton } from '@sugam/components/button';
import type { SugamTextField } from '@sugam/components/text-field';
import { loadLocale } from '@sugam/i18n';
import { hostStyles } from '../packages/components/src/internal/styles.js';
import { pickVoice, chunkText } from '../packages/components/src/a11y-toolbar/speech.js';
import { loadTokens } from './helpers.js';

const root = document.documentElement;

/** A component with an image, a link, an input and an animation in its shadow root, styled by the shared host styles. */
class A11yProbe extends LitElement {
  static override styles = [
    hostStyles,
    css`
      .spin {
        animation: spin 2s linear infinite;
        transition: opacity 400ms;
      }
      @keyframes spin {
        to {
          transform: rotate(1turn);
        }
      }
      input {
        letter-spacing: normal;
        word-spacing: normal;
      }
    `,
  ];
  override render() {
    return litHtml`<img alt="State emblem" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10" />
      <a href="#x">Link inside a component</a>
      <input aria-label="Name" value="Asha Devi" />
      <span class="spin">Loading</span>
      <dialog aria-label="Confirm">Sure?</dialog>`;
  }
}
customElements.define('test-a11y-probe', A11yProbe);

const shadow = (el: Element) => el.shadowRoot!;
const button = (el: SugamA11yToolbar, selector: string) => shadow(el).querySelector<HTMLButtonElement>(selector)!;
const toggleFor = (el: SugamA11yToolbar, setting: string) => button(el, `.toggle[data-setting="${setting}"]`);
const px = (value: string) => parseFloat(value);

/** Every root attribute and token the toolbar may set, so each test starts and ends with a clean page. */
function cleanRoot(): void {
  resetA11ySettings();
  for (const name of [...root.getAttributeNames()]) {
    if (name.startsWith('data-sugam-') || name === 'style') root.removeAttribute(name);
  }
  localStorage.removeItem('sugam-a11y');
  globalThis.speechSynthesis?.cancel();
}

/** What the apply-on-load path sees after a reload: no attributes on the root, only the saved JSON. */
function simulateReload(): void {
  for (const name of [...root.getAttributeNames()]) {
    if (name.startsWith('data-sugam-') || name === 'style') root.removeAttribute(name);
  }
  applyA11ySettings(root);
}

async function inlineToolbar(lang = 'en') {
  await loadLocale(lang);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${['ur', 'ks', 'sd'].includes(lang) ? 'rtl' : 'ltr'}>
      <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
    </div>`,
  );
  const el = wrapper.querySelector('sugam-a11y-toolbar')!;
  await el.updateComplete;
  return el;
}

describe('<sugam-a11y-toolbar>', () => {
  before(loadTokens);
  beforeEach(cleanRoot);
  afterEach(cleanRoot);

  describe('accessibility', () => {
    it('is accessible inline in English, Hindi, Tamil and Urdu (right to left)', async () => {
      for (const lang of ['en', 'hi', 'ta', 'ur']) {
        const el = await inlineToolbar(lang);
        await expect(el.parentElement!, lang).to.be.accessible();
      }
    });

    it('is accessible as an open panel, closed and open, in English and Urdu', async () => {
      for (const lang of ['en', 'ur']) {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}><sugam-a11y-toolbar></sugam-a11y-toolbar></div>`,
        );
        const el = wrapper.querySelector('sugam-a11y-toolbar')!;
        await el.updateComplete;
        await expect(wrapper, `${lang} closed`).to.be.accessible();
        el.show();
        await el.updateComplete;
        await expect(wrapper, `${lang} open`).to.be.accessible();
        el.hide();
      }
    });

    it('gives every control its own accessible name (UX4G tiles all shared one)', async () => {
      const el = await inlineToolbar();
      const names = [...shadow(el).querySelectorAll('button')].map(
        (b) => b.getAttribute('aria-label') ?? b.textContent!.trim().replace(/\s+/g, ' '),
      );
      expect(names.length).to.be.at.least(17);
      expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
      for (const name of names) expect(name).to.not.equal('');
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios.map((r) => r.labels![0].textContent!.trim())).to.deep.equal([
        'Default',
        'Light',
        'Dark',
        'High contrast',
      ]);
      expect(shadow(el).querySelector('fieldset legend')!.textContent).to.equal('Colour theme');
    });

    it('shows its strings in the page language, numbers in its numerals', async () => {
      const el = await inlineToolbar('ur');
      expect(shadow(el).querySelector('#title')!.textContent!.trim()).to.equal('رسائی کے اختیارات');
      expect(shadow(el).querySelector('#size-value')!.textContent).to.equal('۱۰۰%');
      const hi = await inlineToolbar('hi');
      expect(button(hi, '.toggle[data-setting="highlightLinks"]').textContent!.trim()).to.equal('लिंक हाइलाइट करें');
      expect(shadow(hi).querySelector('#font-note')!.textContent).to.equal('केवल अंग्रेज़ी (लैटिन लिपि) पाठ बदलता है।');
    });
  });

  describe('panel', () => {
    it('opens from its trigger with the keyboard, and Escape closes it and returns focus', async () => {
      const el = await fixture<SugamA11yToolbar>(html`<sugam-a11y-toolbar></sugam-a11y-toolbar>`);
      const trigger = button(el, '.trigger');
      expect(trigger.textContent!.trim()).to.equal('Accessibility options');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const panel = shadow(el).querySelector<HTMLElement>('#panel')!;
      expect(panel.matches(':popover-open')).to.equal(true);
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(shadow(el).activeElement).to.equal(button(el, '.close'));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement!.getAttribute('aria-label')).to.equal('Decrease text size');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(panel.matches(':popover-open')).to.equal(false);
      expect(el.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal(trigger);
    });

    it('closes with its Close button, returning focus to the trigger', async () => {
      const el = await fixture<SugamA11yToolbar>(html`<sugam-a11y-toolbar open></sugam-a11y-toolbar>`);
      await el.updateComplete;
      button(el, '.close').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(shadow(el).activeElement).to.equal(button(el, '.trigger'));
    });

    it('opens on a sugam-a11y-open event and returns focus to the control that sent it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="opener">Accessibility options</button><sugam-a11y-toolbar></sugam-a11y-toolbar></div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.focus();
      const event = new CustomEvent('sugam-a11y-open', { cancelable: true });
      document.dispatchEvent(event);
      await el.updateComplete;
      expect(event.defaultPrevented, 'handled').to.equal(true);
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.open).to.equal(false);
      expect(document.activeElement).to.equal(opener);
    });

    it('returns focus to detail.trigger of the open event (as the identity bar sends it)', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><button id="opener">Accessibility options</button><sugam-a11y-toolbar></sugam-a11y-toolbar></div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
      opener.dispatchEvent(
        new CustomEvent('sugam-a11y-open', { bubbles: true, composed: true, detail: { trigger: opener } }),
      );
      await el.updateComplete;
      expect(el.open).to.equal(true);
      expect(shadow(el).activeElement).to.equal(button(el, '.close'));
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(document.activeElement).to.equal(opener);
    });

    it('opens from the identity bar\'s "Accessibility options" button and returns focus to it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><sugam-identity-bar></sugam-identity-bar><sugam-a11y-toolbar></sugam-a11y-toolbar></div>`,
      );
      const bar = wrapper.querySelector('sugam-identity-bar')!;
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      await bar.updateComplete;
      const options = shadow(bar).querySelector<HTMLButtonElement>('[part~="a11y-button"]')!;
      options.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.open).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(shadow(bar).activeElement).to.equal(options);
    });

    it('opens and closes with its keyboard shortcut, which it announces with aria-keyshortcuts', async () => {
      const el = await fixture<SugamA11yToolbar>(
        html`<sugam-a11y-toolbar shortcut="Alt+Shift+A"></sugam-a11y-toolbar>`,
      );
      expect(button(el, '.trigger').getAttribute('aria-keyshortcuts')).to.equal('Alt+Shift+A');
      await pressShortcut();
      await el.updateComplete;
      expect(el.open).to.equal(true);
      await pressShortcut();
      await el.updateComplete;
      expect(el.open).to.equal(false);
    });

    it('ignores a shortcut without Alt, Ctrl or Meta (it would fire while typing)', async () => {
      expect(parseShortcut('A')).to.equal(undefined);
      expect(parseShortcut('Shift+A')).to.equal(undefined);
      expect(parseShortcut('Ctrl+Alt+7')).to.deep.equal({
        alt: true,
        ctrl: true,
        shift: false,
        meta: false,
        code: 'Digit7',
      });
      const el = await fixture<SugamA11yToolbar>(html`<sugam-a11y-toolbar shortcut="A"></sugam-a11y-toolbar>`);
      expect(button(el, '.trigger').hasAttribute('aria-keyshortcuts')).to.equal(false);
    });

    it('renders an unknown variant as the panel, with one warning', async () => {
      const warn = console.warn;
      const messages: string[] = [];
      console.warn = (m: string) => messages.push(m);
      try {
        const el = await fixture<SugamA11yToolbar>(html`<sugam-a11y-toolbar variant="floating"></sugam-a11y-toolbar>`);
        expect(shadow(el).querySelector('.trigger')).to.exist;
        expect(messages.filter((m) => m.includes('variant="floating"'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('text settings reach inside shadow roots', () => {
    it('steps text size with the keyboard, announcing "Text size 112.5%", and scales text inside sugam-button', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar><sugam-button>Apply</sugam-button></div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const sugamButton = wrapper.querySelector<SugamButton>('sugam-button')!;
      await sugamButton.updateComplete;
      const label = () => shadow(sugamButton).querySelector('.base')!;
      const before = px(getComputedStyle(label()).fontSize);
      button(el, '.step.more').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('1.125');
      expect(px(getComputedStyle(label()).fontSize)).to.be.closeTo(before * 1.125, 0.1);
      expect(shadow(el).querySelector('#size-value')!.textContent).to.equal('112.5%');
      await nextFrame();
      await el.updateComplete;
      expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('Text size 112.5%');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(readA11ySettings().textScale).to.equal(1.25);
      // Smaller, then reset.
      button(el, '.step.less').click();
      await el.updateComplete;
      expect(readA11ySettings().textScale).to.equal(1.125);
      button(el, '.stepper .reset').click();
      await el.updateComplete;
      expect(readA11ySettings().textScale).to.equal(1);
      expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('');
      expect(button(el, '.stepper .reset').getAttribute('aria-disabled')).to.equal('true');
    });

    it('stops at 200% and 87.5%: the button at the limit is aria-disabled and does nothing', async () => {
      const el = await inlineToolbar();
      const more = button(el, '.step.more');
      for (let i = 0; i < 8; i++) more.click();
      await el.updateComplete;
      expect(readA11ySettings().textScale).to.equal(2);
      expect(more.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(el).querySelector('#size-value')!.textContent).to.equal('200%');
      for (let i = 0; i < 8; i++) button(el, '.step.less').click();
      await el.updateComplete;
      expect(readA11ySettings().textScale).to.equal(0.875);
      expect(button(el, '.step.less').getAttribute('aria-disabled')).to.equal('true');
    });

    it('announces the text size in native numerals: Urdu', async () => {
      const el = await inlineToolbar('ur');
      button(el, '.step.more').click();
      await el.updateComplete;
      await nextFrame();
      await el.updateComplete;
      expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.equal('متن کا سائز ۱۱۲٫۵%');
    });

    it('changes line height and text spacing inside sugam-text-field; WCAG 1.4.12 values at the top step', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en">
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <sugam-text-field label="Full name" value="Asha Devi"></sugam-text-field>
          <p>Paragraph one.</p>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const field = wrapper.querySelector<SugamTextField>('sugam-text-field')!;
      await field.updateComplete;
      const input = shadow(field).querySelector('input')!;
      const lineHeight = () => px(getComputedStyle(input).lineHeight);
      const base = lineHeight();
      const lineMore = shadow(el).querySelectorAll<HTMLButtonElement>('.step.more')[1];
      expect(lineMore.getAttribute('aria-label')).to.equal('Increase line height');
      lineMore.click();
      lineMore.click();
      await el.updateComplete;
      expect(root.style.getPropertyValue('--sugam-line-height-factor')).to.equal('1.5');
      expect(lineHeight()).to.be.closeTo(base * 1.5, 0.5);
      expect(shadow(el).querySelector('#line-height-value')!.textContent).to.equal('150%');

      const spacingMore = shadow(el).querySelectorAll<HTMLButtonElement>('.step.more')[2];
      expect(spacingMore.getAttribute('aria-label')).to.equal('Increase text spacing');
      for (let i = 0; i < 3; i++) spacingMore.click();
      await el.updateComplete;
      expect(spacingMore.getAttribute('aria-disabled')).to.equal('true');
      expect(shadow(el).querySelector('#spacing-value')!.textContent).to.equal('Level 3 of 3');
      expect(root.getAttribute('data-sugam-a11y-spacing')).to.equal('3');
      const size = px(getComputedStyle(input).fontSize);
      // The input resets letter and word spacing to normal in its own styles: the shared hook still applies them.
      expect(px(getComputedStyle(input).letterSpacing)).to.be.closeTo(0.12 * size, 0.05);
      expect(px(getComputedStyle(input).wordSpacing)).to.be.closeTo(0.16 * size, 0.05);
      const p = wrapper.querySelector('p')!;
      expect(px(getComputedStyle(p).marginBlockEnd)).to.be.closeTo(2 * px(getComputedStyle(p).fontSize), 0.05);
    });

    it('never spaces letters of Indic text (word spacing still applies)', async () => {
      writeA11ySettings({ textSpacing: 3 });
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="hi"><sugam-text-field label="पूरा नाम" value="आशा देवी"></sugam-text-field></div>`,
      );
      const field = wrapper.querySelector<SugamTextField>('sugam-text-field')!;
      await field.updateComplete;
      const input = shadow(field).querySelector('input')!;
      // Chromium reports a zero letter spacing as "normal".
      expect(getComputedStyle(input).letterSpacing).to.be.oneOf(['normal', '0px']);
      expect(px(getComputedStyle(input).wordSpacing)).to.be.closeTo(0.16 * px(getComputedStyle(input).fontSize), 0.05);
    });

    it('switches Latin text to the reading font, and only Latin text; shows the note', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <sugam-button>Apply</sugam-button>
          <div lang="hi"><sugam-button>आवेदन</sugam-button></div>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const [en, hi] = [...wrapper.querySelectorAll<SugamButton>('sugam-button')];
      await hi.updateComplete;
      const toggle = toggleFor(el, 'readingFont');
      expect(toggle.getAttribute('aria-describedby')).to.equal('font-note');
      expect(shadow(el).querySelector('#font-note')!.textContent).to.equal('Changes English (Latin script) text only.');
      toggle.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      expect(root.getAttribute('data-sugam-a11y-font')).to.equal('dyslexic');
      expect(getComputedStyle(shadow(en).querySelector('.base')!).fontFamily).to.match(/^OpenDyslexic/);
      expect(getComputedStyle(shadow(hi).querySelector('.base')!).fontFamily).to.match(/^["']?Noto Sans Devanagari/);
    });
  });

  describe('page settings reach inside shadow roots', () => {
    it('highlights links, hides images and enlarges the cursor in the page and inside components', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <a href="#page">Page link</a>
          <img alt="Map" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="10" height="10" />
          <test-a11y-probe></test-a11y-probe>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const probe = wrapper.querySelector('test-a11y-probe')!;
      const pageLink = wrapper.querySelector('a')!;
      const innerLink = shadow(probe).querySelector('a')!;
      const before = getComputedStyle(innerLink).backgroundColor;

      for (const setting of ['highlightLinks', 'hideImages', 'largeCursor']) {
        toggleFor(el, setting).focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(toggleFor(el, setting).getAttribute('aria-pressed'), setting).to.equal('true');
      }
      for (const link of [pageLink, innerLink]) {
        const style = getComputedStyle(link);
        expect(style.textDecorationLine).to.equal('underline');
        expect(style.backgroundColor).to.not.equal(before);
      }
      for (const image of [wrapper.querySelector('img')!, shadow(probe).querySelector('img')!]) {
        expect(getComputedStyle(image).opacity).to.equal('0');
        // Hidden from sight, not from assistive technologies: the image keeps its text alternative.
        expect(getComputedStyle(image).visibility).to.equal('visible');
      }
      expect(getComputedStyle(shadow(probe).querySelector('input')!).cursor).to.match(/^url\(/);
      expect(getComputedStyle(innerLink).cursor).to.match(/^url\(.*pointer$/);
      expect(getComputedStyle(pageLink).cursor).to.match(/^url\(.*pointer$/);
    });

    it('chooses the theme with radio buttons and arrow keys; Default gives the page its own theme back', async () => {
      root.setAttribute('data-sugam-theme', 'high-contrast');
      const el = await inlineToolbar();
      const radios = [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      expect(radios[0].checked).to.equal(true);
      radios[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root.getAttribute('data-sugam-theme')).to.equal('dark');
      expect(readA11ySettings().theme).to.equal('dark');
      expect(radios[2].checked).to.equal(true);
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(root.getAttribute('data-sugam-theme')).to.equal('high-contrast');
      expect(readA11ySettings().theme).to.equal(null);
    });

    it('inverts and desaturates through a filter on the root, which leaves position: fixed working', async () => {
      const el = await inlineToolbar();
      toggleFor(el, 'invert').click();
      toggleFor(el, 'desaturate').click();
      await el.updateComplete;
      expect(getComputedStyle(root).filter).to.equal('invert(1) hue-rotate(180deg) grayscale(1)');
      const fixed = await fixture<HTMLElement>(
        html`<div style="position: fixed; inset-block-start: 5px; block-size: 5px"></div>`,
      );
      const spacer = await fixture<HTMLElement>(html`<div style="block-size: 3000px"></div>`);
      window.scrollTo(0, 400);
      await nextFrame();
      expect(fixed.getBoundingClientRect().top).to.equal(5);
      window.scrollTo(0, 0);
      spacer.remove();
      // Modal dialogs are in the top layer, outside the root's filter: they get the filter themselves.
      const probe = await fixture<HTMLElement>(html`<test-a11y-probe></test-a11y-probe>`);
      const dialog = shadow(probe).querySelector('dialog')!;
      dialog.showModal();
      expect(getComputedStyle(dialog).filter).to.equal('invert(1) hue-rotate(180deg) grayscale(1)');
      dialog.close();
      toggleFor(el, 'invert').click();
      await el.updateComplete;
      expect(getComputedStyle(root).filter).to.equal('grayscale(1)');
    });

    it('pauses animations: sets the root flag and ends CSS animations and transitions inside components', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div><sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar><test-a11y-probe></test-a11y-probe></div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const spin = shadow(wrapper.querySelector('test-a11y-probe')!).querySelector('.spin')!;
      expect(getComputedStyle(spin).animationDuration).to.equal('2s');
      toggleFor(el, 'pauseAnimations').click();
      await el.updateComplete;
      expect(root.getAttribute('data-sugam-motion')).to.equal('reduce');
      expect(root.getAttribute('data-sugam-a11y-animations')).to.equal('paused');
      expect(getComputedStyle(spin).animationDuration).to.equal('0s');
      expect(getComputedStyle(spin).animationIterationCount).to.equal('1');
      expect(getComputedStyle(spin).transitionDuration).to.equal('0s');
      expect(getComputedStyle(root).getPropertyValue('--sugam-duration-fast').trim()).to.equal(
        getComputedStyle(root).getPropertyValue('--sugam-duration-reduced-fast').trim(),
      );
      toggleFor(el, 'pauseAnimations').click();
      await el.updateComplete;
      expect(root.hasAttribute('data-sugam-motion')).to.equal(false);
      expect(getComputedStyle(spin).animationDuration).to.equal('2s');
    });

    it('keeps a data-sugam-motion the page set itself', async () => {
      root.setAttribute('data-sugam-motion', 'reduce');
      const el = await inlineToolbar();
      toggleFor(el, 'pauseAnimations').click();
      toggleFor(el, 'pauseAnimations').click();
      await el.updateComplete;
      expect(root.getAttribute('data-sugam-motion')).to.equal('reduce');
    });

    it('puts the reading mask on the focused element where it is after the browser scrolled it into view', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <button id="low" style="margin-block: 900px">Low</button>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      toggleFor(el, 'readingMask').click();
      await el.updateComplete;
      // WebKit scrolls a focused element into view after the focus event: do the same here, late.
      const lateScroll = () => window.scrollBy(0, 250);
      document.addEventListener('focusin', lateScroll);
      try {
        const low = wrapper.querySelector<HTMLButtonElement>('#low')!;
        low.focus({ preventScroll: true });
        await nextFrame();
        await el.updateComplete;
        const before = shadow(el).querySelector<HTMLElement>('.mask-before')!;
        const after = shadow(el).querySelector<HTMLElement>('.mask-after')!;
        const band = after.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
        const rect = low.getBoundingClientRect();
        expect(before.getBoundingClientRect().bottom + band / 2).to.be.closeTo(rect.top + rect.height / 2, 1);
      } finally {
        document.removeEventListener('focusin', lateScroll);
        window.scrollTo(0, 0);
        toggleFor(el, 'readingMask').click();
        await el.updateComplete;
      }
    });

    it('draws a reading mask that follows the pointer and, for keyboard users, the focus', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <button id="far" style="margin-block-start: 300px">Far</button>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      expect(shadow(el).querySelector('.mask')).to.equal(null);
      toggleFor(el, 'readingMask').click();
      await el.updateComplete;
      const mask = shadow(el).querySelector<HTMLElement>('.mask')!;
      expect(mask.getAttribute('aria-hidden')).to.equal('true');
      expect(getComputedStyle(mask).pointerEvents).to.equal('none');
      document.dispatchEvent(new PointerEvent('pointermove', { clientY: 200, bubbles: true }));
      await nextFrame();
      await el.updateComplete;
      const before = shadow(el).querySelector<HTMLElement>('.mask-before')!;
      const after = shadow(el).querySelector<HTMLElement>('.mask-after')!;
      const band = after.getBoundingClientRect().top - before.getBoundingClientRect().bottom;
      expect(before.getBoundingClientRect().bottom + band / 2).to.be.closeTo(200, 1);
      const far = wrapper.querySelector<HTMLButtonElement>('#far')!;
      far.focus();
      await nextFrame();
      await el.updateComplete;
      const rect = far.getBoundingClientRect();
      expect(before.getBoundingClientRect().bottom + band / 2).to.be.closeTo(rect.top + rect.height / 2, 1);
      toggleFor(el, 'readingMask').click();
      await el.updateComplete;
      expect(shadow(el).querySelector('.mask')).to.equal(null);
    });
  });

  describe('persistence', () => {
    it('saves to localStorage and survives a reload: the same computed styles inside components', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en">
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
          <sugam-button>Apply</sugam-button>
          <sugam-text-field label="Name" value="Asha"></sugam-text-field>
          <test-a11y-probe></test-a11y-probe>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      const sugamButton = wrapper.querySelector<SugamButton>('sugam-button')!;
      const field = wrapper.querySelector<SugamTextField>('sugam-text-field')!;
      const probe = wrapper.querySelector('test-a11y-probe')!;
      await field.updateComplete;
      button(el, '.step.more').click();
      button(el, '.step.more').click();
      shadow(el).querySelectorAll<HTMLButtonElement>('.step.more')[1].click();
      shadow(el).querySelectorAll<HTMLButtonElement>('.step.more')[2].click();
      for (const s of ['highlightLinks', 'hideImages', 'readingFont', 'largeCursor', 'pauseAnimations', 'desaturate'])
        toggleFor(el, s).click();
      shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')[2].click();
      await el.updateComplete;

      const snapshot = () => {
        const label = getComputedStyle(shadow(sugamButton).querySelector('.base')!);
        const input = getComputedStyle(shadow(field).querySelector('input')!);
        const inner = shadow(probe);
        return {
          fontSize: label.fontSize,
          fontFamily: label.fontFamily,
          lineHeight: input.lineHeight,
          letterSpacing: input.letterSpacing,
          wordSpacing: input.wordSpacing,
          link: getComputedStyle(inner.querySelector('a')!).textDecorationLine,
          image: getComputedStyle(inner.querySelector('img')!).opacity,
          cursor: getComputedStyle(inner.querySelector('input')!).cursor.slice(0, 4),
          animation: getComputedStyle(inner.querySelector('.spin')!).animationDuration,
          filter: getComputedStyle(root).filter,
          theme: root.getAttribute('data-sugam-theme'),
          text: getComputedStyle(root).color,
        };
      };
      const applied = snapshot();
      expect(JSON.parse(localStorage.getItem('sugam-a11y')!)).to.deep.include({
        textScale: 1.25,
        lineHeight: 1.25,
        textSpacing: 1,
        highlightLinks: true,
        hideImages: true,
        readingFont: true,
        largeCursor: true,
        pauseAnimations: true,
        desaturate: true,
        theme: 'dark',
      });
      expect(applied.image).to.equal('0');
      expect(applied.theme).to.equal('dark');

      simulateReload();
      expect(snapshot()).to.deep.equal(applied);
    });

    it('follows the shared text size written by another control (the identity bar)', async () => {
      const el = await inlineToolbar();
      writeA11ySettings({ textScale: 1.5 });
      await el.updateComplete;
      expect(shadow(el).querySelector('#size-value')!.textContent).to.equal('150%');
      // Its own writes keep the other component's field, and vice versa.
      toggleFor(el, 'highlightLinks').click();
      expect(readA11ySettings()).to.deep.include({ textScale: 1.5, highlightLinks: true });
    });

    it('ignores bad stored JSON and invalid values', async () => {
      localStorage.setItem(
        'sugam-a11y',
        '{"textScale": "huge", "lineHeight": 9, "textSpacing": -1, "theme": "neon", "invert": "yes"}',
      );
      const el = await inlineToolbar();
      applyA11ySettings(root);
      expect(root.getAttribute('style') ?? '').to.equal('');
      expect(root.hasAttribute('data-sugam-theme')).to.equal(false);
      expect(root.hasAttribute('data-sugam-a11y-invert')).to.equal(false);
      expect(toggleFor(el, 'invert').getAttribute('aria-pressed')).to.equal('false');
      localStorage.setItem('sugam-a11y', 'not json');
      expect(() => applyA11ySettings(root)).to.not.throw();
    });
  });

  describe('read aloud', () => {
    before(() => {
      SugamA11yToolbar.voiceWait = 300;
    });
    after(() => {
      SugamA11yToolbar.voiceWait = 1000;
    });

    it('never picks a voice of another language', () => {
      const voice = (lang: string, localService = true) => ({ lang, localService, name: lang }) as SpeechSynthesisVoice;
      const voices = [voice('en-US'), voice('en-IN'), voice('hi-IN', false), voice('ta-LK'), voice('ta_IN')];
      expect(pickVoice(voices, 'ta')!.lang).to.equal('ta_IN');
      expect(pickVoice(voices, 'hi')!.lang).to.equal('hi-IN');
      expect(pickVoice(voices, 'en')!.lang).to.equal('en-IN');
      expect(pickVoice(voices, 'ur')).to.equal(undefined);
      expect(pickVoice(voices, 'te')).to.equal(undefined);
    });

    it('splits long text at sentence ends', () => {
      const text = 'यह पहला वाक्य है। '.repeat(30);
      const chunks = chunkText(text, 'hi', 100);
      expect(chunks.length).to.be.greaterThan(4);
      for (const chunk of chunks) expect(chunk.endsWith('।')).to.equal(true);
      expect(chunks.join(' ')).to.equal(text.trim());
    });

    it('says in the page language that there is no Tamil voice, instead of reading Tamil with another voice', async () => {
      expect(typeof speechSynthesis.speak).to.equal('function');
      await loadLocale('ta');
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ta">
          <main><p>தமிழ்நாடு அரசு இணையதளத்திற்கு வரவேற்கிறோம்.</p></main>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      await el.updateComplete;
      const hasTamilVoice = pickVoice(speechSynthesis.getVoices(), 'ta') !== undefined;
      const read = button(el, '.read');
      expect(read.textContent!.trim()).to.equal('உரக்கப் படி');
      read.focus();
      await sendKeys({ press: 'Enter' });
      const message = shadow(el).querySelector('.message[role="status"]')!;
      await waitFor(() => message.textContent !== '');
      if (hasTamilVoice) {
        expect(message.textContent).to.equal('உரக்கப் படிக்கிறது…');
      } else {
        expect(message.textContent).to.equal('இந்தச் சாதனத்தில் தமிழ் குரல் இல்லை, எனவே உரையை உரக்கப் படிக்க முடியாது.');
        expect(speechSynthesis.speaking).to.equal(false);
      }
      button(el, '.stop').click();
      await el.updateComplete;
      expect(speechSynthesis.speaking).to.equal(false);
    });

    it('reads the selection in its own language: an Urdu selection on an English page', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="en">
          <main>
            <p>English text.</p>
            <p lang="ur" dir="rtl" id="ur">حکومت ہند</p>
          </main>
          <sugam-a11y-toolbar variant="inline"></sugam-a11y-toolbar>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-a11y-toolbar')!;
      await el.updateComplete;
      if (pickVoice(speechSynthesis.getVoices(), 'ur')) return;
      getSelection()!.selectAllChildren(wrapper.querySelector('#ur')!);
      button(el, '.read').click();
      const message = shadow(el).querySelector('.message')!;
      await waitFor(() => message.textContent !== '');
      expect(message.textContent).to.equal('This device has no اردو voice, so the text cannot be read aloud.');
      getSelection()!.removeAllRanges();
    });
  });

  describe('reset all', () => {
    it('restores every default: root, storage and controls', async () => {
      const el = await inlineToolbar();
      button(el, '.step.more').click();
      for (const s of ['highlightLinks', 'hideImages', 'invert', 'readingMask', 'pauseAnimations'])
        toggleFor(el, s).click();
      shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')[3].click();
      await el.updateComplete;
      expect(root.getAttributeNames().filter((n) => n.startsWith('data-sugam-')).length).to.be.at.least(6);
      const reset = button(el, '.reset-all');
      reset.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root.getAttributeNames().filter((n) => n.startsWith('data-sugam-'))).to.deep.equal([]);
      expect(root.getAttribute('style') ?? '').to.equal('');
      expect(localStorage.getItem('sugam-a11y')).to.equal(null);
      for (const toggle of shadow(el).querySelectorAll('.toggle'))
        expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(shadow(el).querySelector<HTMLInputElement>('input[type="radio"]')!.checked).to.equal(true);
      expect(shadow(el).querySelector('#size-value')!.textContent).to.equal('100%');
      expect(shadow(el).querySelector('.mask')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(reset);
      await nextFrame();
      await el.updateComplete;
      expect(shadow(el).querySelector('.visually-hidden[role="status"]')!.textContent).to.equal(
        'All accessibility settings are back to their defaults.',
      );
    });
  });
});

async function pressShortcut(): Promise<void> {
  await sendKeys({ down: 'Alt' });
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'KeyA' });
  await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Alt' });
}

async function waitFor(condition: () => boolean, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}
