import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/identity-bar';
import '@sugam/components/skip-link';
import '@sugam/components/button';
import '@sugam/components/a11y-toolbar';
import '@sugam/components/language-switcher';
import type { SugamIdentityBar } from '@sugam/components/identity-bar';
import type { SugamButton } from '@sugam/components/button';
import { i18n, loadLocale } from '@sugam/i18n';
import { readA11ySettings, writeA11ySettings } from '../packages/components/src/internal/a11y-settings.js';
import { loadTokens } from './helpers.js';

const KEY = 'sugam-a11y';
const root = document.documentElement;
const buttons = (el: SugamIdentityBar) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.size-button')];
const [SMALLER, RESET, LARGER] = [0, 1, 2];

/** The computed font size of the label inside a <sugam-button>'s shadow root. */
const buttonFontSize = (button: SugamButton) =>
  parseFloat(getComputedStyle(button.shadowRoot!.querySelector('.base')!).fontSize);

describe('<sugam-identity-bar>', () => {
  beforeEach(() => {
    localStorage.removeItem(KEY);
    root.style.removeProperty('--sugam-text-scale');
  });
  after(() => {
    localStorage.removeItem(KEY);
    root.style.removeProperty('--sugam-text-scale');
  });

  it('is accessible in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-identity-bar><sugam-skip-link slot="skip-link"></sugam-skip-link></sugam-identity-bar>
          <div id="main">Content</div>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('links "Government of India", localized, to the National Portal or a given URL', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi">
        <sugam-identity-bar></sugam-identity-bar>
        <sugam-identity-bar government-href="https://example.gov.in/"></sugam-identity-bar>
      </div>`,
    );
    const [first, second] = wrapper.querySelectorAll('sugam-identity-bar');
    await first.updateComplete;
    const link = first.shadowRoot!.querySelector('[part="government"]')!;
    expect(link.textContent!.trim()).to.equal('भारत सरकार');
    expect(link.getAttribute('href')).to.equal('https://www.india.gov.in/');
    expect(second.shadowRoot!.querySelector('[part="government"]')!.getAttribute('href')).to.equal(
      'https://example.gov.in/',
    );
  });

  it('gives the text-size buttons real, localized names in a labelled group', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(html`<div lang="hi"><sugam-identity-bar></sugam-identity-bar></div>`);
    const el = wrapper.querySelector('sugam-identity-bar')!;
    await el.updateComplete;
    // Named by their content: the visible glyph, then the localized words (hidden visually).
    expect(buttons(el).map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'A− पाठ का आकार घटाएँ',
      'A पाठ का आकार सामान्य करें',
      'A+ पाठ का आकार बढ़ाएँ',
    ]);
    expect(buttons(el).map((b) => b.title)).to.deep.equal([
      'पाठ का आकार घटाएँ',
      'पाठ का आकार सामान्य करें',
      'पाठ का आकार बढ़ाएँ',
    ]);
    const group = el.shadowRoot!.querySelector('[part="text-size"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('पाठ का आकार');
    for (const button of buttons(el)) expect(button.getBoundingClientRect().height).to.be.at.least(24);
  });

  it('scales text inside other components’ shadow roots, and the setting survives re-creation', async () => {
    await loadTokens();
    const wrapper = await fixture<HTMLElement>(
      html`<div><sugam-identity-bar></sugam-identity-bar><sugam-button>Apply</sugam-button></div>`,
    );
    const el = wrapper.querySelector('sugam-identity-bar')!;
    const button = wrapper.querySelector('sugam-button')!;
    await button.updateComplete;
    const base = buttonFontSize(button);
    expect(base).to.equal(16);

    buttons(el)[LARGER].click();
    await el.updateComplete;
    expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('1.125');
    expect(buttonFontSize(button)).to.equal(18);
    buttons(el)[LARGER].click();
    await el.updateComplete;
    expect(buttonFontSize(button)).to.equal(20);
    expect(JSON.parse(localStorage.getItem(KEY)!).textScale).to.equal(1.25);

    // A reload: the page starts without the inline value; a new bar reads the stored setting and applies it.
    wrapper.remove();
    root.style.removeProperty('--sugam-text-scale');
    const again = await fixture<HTMLElement>(
      html`<div><sugam-identity-bar></sugam-identity-bar><sugam-button>Apply</sugam-button></div>`,
    );
    const button2 = again.querySelector('sugam-button')!;
    await button2.updateComplete;
    expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('1.25');
    expect(buttonFontSize(button2)).to.equal(20);

    buttons(again.querySelector('sugam-identity-bar')!)[RESET].click();
    expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('');
    expect(buttonFontSize(button2)).to.equal(16);
    expect(readA11ySettings().textScale).to.equal(1);
  });

  it('steps through the sizes by keyboard, stops at the ends and announces the new size', async () => {
    const el = await fixture<SugamIdentityBar>(html`<sugam-identity-bar></sugam-identity-bar>`);
    buttons(el)[LARGER].focus();
    for (let i = 0; i < 7; i++) await sendKeys({ press: i % 2 ? 'Space' : 'Enter' });
    await el.updateComplete;
    expect(readA11ySettings().textScale).to.equal(2);
    expect(buttons(el)[LARGER].getAttribute('aria-disabled')).to.equal('true');
    // Still focusable at the end, so focus is never lost.
    expect(el.shadowRoot!.activeElement).to.equal(buttons(el)[LARGER]);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Text size 200%');

    buttons(el)[SMALLER].focus();
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(readA11ySettings().textScale).to.equal(0.875);
    expect(buttons(el)[SMALLER].getAttribute('aria-disabled')).to.equal('true');
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Text size 87.5%');
  });

  it('announces the size in the reader’s language and digits', async () => {
    await loadLocale('ur');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ur" dir="rtl"><sugam-identity-bar></sugam-identity-bar></div>`,
    );
    const el = wrapper.querySelector('sugam-identity-bar')!;
    await el.updateComplete;
    buttons(el)[LARGER].click();
    await el.updateComplete;
    const status = el.shadowRoot!.querySelector('[role="status"]')!.textContent!;
    expect(status).to.match(/^متن کا سائز /);
    expect(status).to.contain('۱۱۲');
  });

  it('shares one setting with the accessibility toolbar and keeps the toolbar’s other fields', async () => {
    localStorage.setItem(KEY, JSON.stringify({ textScale: 1.25, contrast: 'high' }));
    const el = await fixture<SugamIdentityBar>(html`<sugam-identity-bar></sugam-identity-bar>`);
    expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('1.25');
    buttons(el)[LARGER].click();
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ textScale: 1.5, contrast: 'high' });
    // The toolbar writes through the same helper: the bar follows.
    writeA11ySettings({ textScale: 1 });
    await el.updateComplete;
    expect(buttons(el)[LARGER].getAttribute('aria-disabled')).to.equal('false');
    buttons(el)[LARGER].click();
    expect(readA11ySettings().textScale).to.equal(1.125);
  });

  it('ignores a broken stored value', async () => {
    localStorage.setItem(KEY, '{not json');
    const el = await fixture<SugamIdentityBar>(html`<sugam-identity-bar></sugam-identity-bar>`);
    expect(root.style.getPropertyValue('--sugam-text-scale')).to.equal('');
    localStorage.setItem(KEY, JSON.stringify({ textScale: 'huge' }));
    expect(readA11ySettings().textScale).to.equal(1);
    buttons(el)[LARGER].click();
    expect(readA11ySettings().textScale).to.equal(1.125);
  });

  it('fires sugam-a11y-open from the "Accessibility options" button, or shows a slotted trigger', async () => {
    const el = await fixture<SugamIdentityBar>(html`<sugam-identity-bar></sugam-identity-bar>`);
    const trigger = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="a11y-button"]')!;
    expect(trigger.textContent!.trim()).to.equal('Accessibility options');
    let detail: { trigger: HTMLElement } | undefined;
    document.addEventListener('sugam-a11y-open', (e) => (detail = (e as CustomEvent).detail), { once: true });
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    expect(detail?.trigger).to.equal(trigger);

    const custom = await fixture<SugamIdentityBar>(
      html`<sugam-identity-bar><button slot="a11y-trigger">Options</button></sugam-identity-bar>`,
    );
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="a11y-trigger"]')!;
    expect(slot.assignedElements()).to.have.length(1);
    const hidden = await fixture<SugamIdentityBar>(
      html`<sugam-identity-bar no-a11y-button no-text-size></sugam-identity-bar>`,
    );
    expect(hidden.shadowRoot!.querySelector('button')).to.equal(null);
  });

  it('takes two lines on a phone, the options button by its icon and still named, and one line when wide', async () => {
    await loadTokens();
    const middle = (box: DOMRect) => box.top + box.height / 2;
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'} style="inline-size: 360px">
          <sugam-identity-bar>
            <sugam-skip-link slot="skip-link"></sugam-skip-link>
            <sugam-a11y-toolbar slot="a11y-trigger"></sugam-a11y-toolbar>
            <sugam-language-switcher slot="language" locales="en,hi,ta,ur"></sugam-language-switcher>
          </sugam-identity-bar>
          <div id="main">Content</div>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-identity-bar')!;
      const toolbar = wrapper.querySelector('sugam-a11y-toolbar')!;
      const switcher = wrapper.querySelector('sugam-language-switcher')!;
      await Promise.all([el.updateComplete, toolbar.updateComplete, switcher.updateComplete]);
      const government = el.shadowRoot!.querySelector('.government')!.getBoundingClientRect();
      const textSize = el.shadowRoot!.querySelector('.text-size')!.getBoundingClientRect();
      const trigger = toolbar.shadowRoot!.querySelector<HTMLElement>('.trigger')!;
      const label = trigger.querySelector('.trigger-label')!;
      const options = trigger.getBoundingClientRect();
      const language = switcher.getBoundingClientRect();
      expect(Math.abs(middle(government) - middle(textSize)), `${lang}: first line`).to.be.below(4);
      expect(Math.abs(middle(options) - middle(language)), `${lang}: second line`).to.be.below(4);
      expect(options.top, `${lang}: two lines`).to.be.at.least(textSize.bottom);
      expect(options.width, `${lang}: icon only`).to.be.at.most(options.height);
      expect(label.textContent, lang).to.equal(i18n.t('a11yToolbar.title', { lng: lang }));
      expect(label.getBoundingClientRect().width, `${lang}: name out of sight`).to.be.at.most(1);
      const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
      expect(bar.scrollWidth, lang).to.be.at.most(bar.clientWidth);
      await expect(wrapper, lang).to.be.accessible();

      wrapper.style.inlineSize = '900px';
      await new Promise(requestAnimationFrame);
      expect(label.getBoundingClientRect().width, `${lang}: wide, name shown`).to.be.above(50);
      const wide = [el.shadowRoot!.querySelector('.text-size')!, trigger, switcher].map((part) =>
        middle(part.getBoundingClientRect()),
      );
      expect(Math.max(...wide) - Math.min(...wide), `${lang}: wide, one line`).to.be.below(4);
    }
  });

  it('reflows at 320 px without horizontal scrolling, in Tamil', async () => {
    await loadLocale('ta');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ta" style="inline-size: 320px">
        <sugam-identity-bar><sugam-skip-link slot="skip-link"></sugam-skip-link></sugam-identity-bar>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-identity-bar')!;
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(bar.scrollWidth).to.be.at.most(320);
    expect(el.getBoundingClientRect().width).to.equal(320);
  });
});
