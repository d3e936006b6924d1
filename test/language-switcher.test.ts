import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { navigationTime } from './helpers.js';
import '@sugam/components/language-switcher';
import '@sugam/components/button';
import '@sugam/components/text-field';
import {
  LANGUAGE_STORAGE_KEY,
  type LanguageChangeDetail,
  type SugamLanguageSwitcher,
} from '@sugam/components/language-switcher';
import { LOCALES, i18n, loadLocale } from '@sugam/i18n';
import { placePopupByScript } from '../packages/components/src/internal/popup.js';

/** A third-party wrapper with its own shadow root, holding a Sugam text field. */
class TestWrapper extends LitElement {
  protected override render() {
    return litHtml`<div><sugam-text-field type="password" label="Password"></sugam-text-field></div>`;
  }
}
customElements.define('test-language-wrapper', TestWrapper);

const root = document.documentElement;
const trigger = (el: SugamLanguageSwitcher) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const menu = (el: SugamLanguageSwitcher) => el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]')!;
const options = (el: SugamLanguageSwitcher) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="option"]')];
const status = (el: SugamLanguageSwitcher) => el.shadowRoot!.querySelector<HTMLElement>('[role="status"]')!;
const focusedItem = (el: SugamLanguageSwitcher) => el.shadowRoot!.activeElement as HTMLElement | null;
const focusedLang = (el: SugamLanguageSwitcher) => focusedItem(el)?.getAttribute('lang');
const isOpen = (el: SugamLanguageSwitcher) => menu(el).matches(':popover-open');

async function press(el: SugamLanguageSwitcher, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Keys as a keyboard sends them, quickly (an Indic layout: one keydown per character, key = the character). */
async function typeIndic(el: SugamLanguageSwitcher, text: string) {
  for (const key of text) {
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true }));
  }
  await el.updateComplete;
}

async function openWithKeyboard(el: SugamLanguageSwitcher, key = 'Enter') {
  trigger(el).focus();
  await press(el, key);
  await waitUntil(() => isOpen(el), 'the menu to open');
}

describe('<sugam-language-switcher>', () => {
  let savedLang: string | null;
  let savedDir: string | null;

  beforeEach(async () => {
    savedLang = root.getAttribute('lang');
    savedDir = root.getAttribute('dir');
    root.lang = 'en';
    root.dir = 'ltr';
    await i18n.changeLanguage('en');
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
  });

  afterEach(async () => {
    // Leave the page as it was, so other suites in this browser are not affected.
    if (savedLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', savedLang);
    if (savedDir === null) root.removeAttribute('dir');
    else root.setAttribute('dir', savedDir);
    await i18n.changeLanguage('en');
    localStorage.removeItem(LANGUAGE_STORAGE_KEY);
    localStorage.removeItem('my-site-language');
    await setViewport({ width: 800, height: 600 });
  });

  it('is accessible, closed and open, in both variants, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-language-switcher target="scope" show-english></sugam-language-switcher>
          <sugam-language-switcher variant="inline" target="scope" locales="en,hi,ta,ur"></sugam-language-switcher>
          <sugam-language-switcher
            variant="inline"
            href-template="#{lang}"
            locales="en,hi,ur"
            target="scope"
          ></sugam-language-switcher>
          <p id="scope" lang=${lang}>Text</p>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      await el.updateComplete;
      await expect(wrapper, `${lang} closed`).to.be.accessible();
      await openWithKeyboard(el);
      await expect(wrapper, `${lang} open`).to.be.accessible();
      await press(el, 'Escape');
    }
  });

  describe('options', () => {
    it('lists every shipped locale by default, each by its own name with its own lang, dir on the name', async () => {
      const el = await fixture<SugamLanguageSwitcher>(html`<sugam-language-switcher></sugam-language-switcher>`);
      const items = options(el);
      expect(items.length).to.equal(LOCALES.length);
      items.forEach((item, i) => {
        const locale = LOCALES[i];
        expect(item.getAttribute('lang'), locale.code).to.equal(locale.code);
        expect(item.getAttribute('role')).to.equal('menuitemradio');
        const name = item.querySelector('[part="endonym"]')!;
        expect(name.textContent).to.equal(locale.endonym);
        expect(name.getAttribute('dir'), locale.code).to.equal(locale.dir);
      });
      const urdu = items.find((item) => item.lang === 'ur')!;
      expect(urdu.querySelector('[part="endonym"]')!.getAttribute('dir')).to.equal('rtl');
      expect(items.map((item) => item.lang)).to.include.members(['ks', 'ks-Deva', 'mni', 'mni-Mtei', 'sd', 'sd-Deva']);
    });

    it('lists the configured locales in their order, dropping unknown codes with a warning', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamLanguageSwitcher>(
          html`<sugam-language-switcher locales="ur, ta hi-IN,xx,en,hi"></sugam-language-switcher>`,
        );
        expect(options(el).map((o) => o.lang)).to.deep.equal(['ur', 'ta', 'hi', 'en']);
        expect(warnings.filter((w) => w.includes('"xx"'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('shows the English name as secondary text, marked as English, with show-english', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,ta,ks-Deva" show-english></sugam-language-switcher>`,
      );
      const [en, ta, ksDeva] = options(el);
      expect(en.querySelector('[part="english"]')).to.equal(null);
      const english = ta.querySelector('[part="english"]')!;
      expect(english.textContent).to.equal('Tamil');
      expect(english.getAttribute('lang')).to.equal('en');
      expect(ksDeva.querySelector('[part="english"]')!.textContent).to.equal('Kashmiri (Devanagari)');
    });

    it('warns once and falls back to the menu for an unknown variant', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamLanguageSwitcher>(
          html`<sugam-language-switcher variant="dropdown" locales="en,hi"></sugam-language-switcher>`,
        );
        expect(trigger(el)).to.exist;
        expect(warnings.filter((w) => w.includes('variant="dropdown"'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('menu button', () => {
    it('has a trigger with the globe, the current language in its own script and the localized label', async () => {
      await loadLocale('hi');
      root.lang = 'hi';
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      await waitUntil(() => trigger(el).textContent!.includes('हिन्दी'), 'the trigger to show Hindi');
      const button = trigger(el);
      expect(button.getAttribute('aria-haspopup')).to.equal('menu');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.getAttribute('aria-controls')).to.equal('menu');
      expect(button.querySelector('svg.globe')!.getAttribute('aria-hidden')).to.equal('true');
      expect(button.querySelector('.current')!.getAttribute('lang')).to.equal('hi');
      await waitUntil(() => button.textContent!.includes('भाषा'), 'the label in Hindi');
      expect(menu(el).getAttribute('aria-labelledby')).to.equal('label');
      expect(el.value).to.equal('hi');
    });

    it('opens on the current language with Enter, Space, Down Arrow or a click; on the last with Up Arrow', async () => {
      root.lang = 'ta';
      await loadLocale('ta');
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      for (const key of ['Enter', 'Space', 'ArrowDown']) {
        await openWithKeyboard(el, key);
        expect(trigger(el).getAttribute('aria-expanded'), key).to.equal('true');
        expect(focusedLang(el), key).to.equal('ta');
        expect(focusedItem(el)!.getAttribute('aria-checked')).to.equal('true');
        await press(el, 'Escape');
        expect(isOpen(el)).to.equal(false);
      }
      await openWithKeyboard(el, 'ArrowUp');
      expect(focusedLang(el)).to.equal('ur');
      await press(el, 'Escape');
      trigger(el).click();
      await waitUntil(() => isOpen(el), 'a click to open the menu');
      expect(focusedLang(el)).to.equal('ta');
    });

    it('moves with the arrow keys (wrapping), Home and End', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      await openWithKeyboard(el);
      expect(focusedLang(el)).to.equal('en');
      await press(el, 'ArrowDown');
      expect(focusedLang(el)).to.equal('hi');
      await press(el, 'End');
      expect(focusedLang(el)).to.equal('ur');
      await press(el, 'ArrowDown');
      expect(focusedLang(el), 'wraps to the first').to.equal('en');
      await press(el, 'ArrowUp');
      expect(focusedLang(el), 'wraps to the last').to.equal('ur');
      await press(el, 'Home');
      expect(focusedLang(el)).to.equal('en');
      // Only the focused item is reached with the arrows: no item is in the Tab sequence.
      expect(options(el).every((o) => o.tabIndex === -1)).to.equal(true);
    });

    it('moves by type-ahead on the English name or the name in its own script', async () => {
      const el = await fixture<SugamLanguageSwitcher>(html`<sugam-language-switcher></sugam-language-switcher>`);
      await openWithKeyboard(el);
      await press(el, 't');
      expect(focusedLang(el)).to.equal('ta');
      await press(el, 't');
      expect(focusedLang(el), 'the same letter again cycles').to.equal('te');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await typeIndic(el, 'ম');
      expect(focusedLang(el)).to.equal('mni');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await typeIndic(el, 'हि');
      expect(focusedLang(el)).to.equal('hi');
      await new Promise((resolve) => setTimeout(resolve, 600));
      await typeIndic(el, 'mal');
      expect(focusedLang(el)).to.equal('ml');
    });

    it('closes with Escape and with Tab, returning focus to the trigger; focus leaving closes it', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-language-switcher locales="en,hi,ta"></sugam-language-switcher>
          <button id="after">After</button>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      await openWithKeyboard(el);
      await press(el, 'ArrowDown');
      await press(el, 'Escape');
      expect(isOpen(el)).to.equal(false);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      expect(root.lang, 'Escape chooses nothing').to.equal('en');

      await openWithKeyboard(el);
      await press(el, 'Tab');
      expect(isOpen(el)).to.equal(false);
      expect(document.activeElement, 'Tab moves on from the trigger').to.equal(wrapper.querySelector('#after'));

      await openWithKeyboard(el);
      await sendMouse({ type: 'click', position: [790, 590] });
      await waitUntil(() => !isOpen(el), 'a click outside to close the menu');
    });

    it('chooses with Enter, keeps focus on the trigger and updates its text', async () => {
      await loadLocale('ta');
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      await openWithKeyboard(el);
      await press(el, 'ArrowDown');
      await press(el, 'ArrowDown');
      await press(el, 'Enter');
      expect(isOpen(el)).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      await waitUntil(() => root.lang === 'ta', 'the page to switch to Tamil');
      await el.updateComplete;
      expect(trigger(el).querySelector('.current')!.textContent).to.equal('தமிழ்');
      expect(trigger(el).querySelector('.current')!.getAttribute('lang')).to.equal('ta');
      expect(trigger(el).textContent).to.contain('மொழி');
      expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
      await openWithKeyboard(el);
      expect(focusedItem(el)!.getAttribute('aria-checked')).to.equal('true');
      expect(focusedLang(el)).to.equal('ta');
    });

    it('chooses with Space and with a click', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      await openWithKeyboard(el);
      await press(el, 'End');
      await press(el, 'Space');
      await waitUntil(() => root.lang === 'ur', 'Space to choose Urdu');
      trigger(el).click();
      await waitUntil(() => isOpen(el), 'the menu to open');
      options(el)[1].click();
      await waitUntil(() => root.lang === 'hi', 'a click to choose Hindi');
      expect(isOpen(el)).to.equal(false);
    });
  });

  describe('switching the page', () => {
    it('sets lang and dir on <html>, and the whole page changes live, inside nested shadow roots', async () => {
      await loadLocale('ta');
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>
          <sugam-button loading>Save</sugam-button>
          <test-language-wrapper></test-language-wrapper>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      const button = wrapper.querySelector('sugam-button')!;
      const nested = wrapper.querySelector('test-language-wrapper')!.shadowRoot!.querySelector('sugam-text-field')!;
      await nested.updateComplete;
      const wait = () => button.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();
      const show = () => nested.shadowRoot!.querySelector('button.action')!.textContent!.trim();
      expect(wait()).to.equal('Please wait');
      expect(show()).to.equal('Show password');

      expect(await el.switchTo('ta')).to.equal(true);
      expect(root.lang).to.equal('ta');
      expect(root.dir).to.equal('ltr');
      await waitUntil(() => wait() === i18n.t('button.loading', { lng: 'ta' }), 'the button to speak Tamil');
      await waitUntil(() => show() === i18n.t('textField.showPassword', { lng: 'ta' }), 'the nested field in Tamil');
      expect(show()).to.equal('கடவுச்சொல்லைக் காட்டு');

      expect(await el.switchTo('ur')).to.equal(true);
      expect(root.lang).to.equal('ur');
      expect(root.dir).to.equal('rtl');
      await waitUntil(() => show() === i18n.t('textField.showPassword', { lng: 'ur' }), 'the nested field in Urdu');
      expect(getComputedStyle(nested).direction).to.equal('rtl');
    });

    it('announces the change politely, in the new language', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      const region = status(el);
      expect(region.textContent!.trim()).to.equal('');
      await el.switchTo('ta');
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('மொழி தமிழ் ஆக மாற்றப்பட்டது');
      expect(region.getAttribute('lang')).to.equal('ta');
      await el.switchTo('ur');
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('زبان تبدیل کر کے اردو کر دی گئی');
      expect(region.getAttribute('lang')).to.equal('ur');
      expect(region.getAttribute('dir')).to.equal('rtl');
      await el.switchTo('en');
      await el.updateComplete;
      expect(region.textContent!.trim()).to.equal('Language changed to English');
    });

    it('fires a cancelable sugam-language-change first; cancelling keeps the language', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      const events: LanguageChangeDetail[] = [];
      let cancel = true;
      document.addEventListener('sugam-language-change', function listen(event) {
        events.push((event as CustomEvent<LanguageChangeDetail>).detail);
        expect(event.cancelable).to.equal(true);
        expect(event.composed).to.equal(true);
        if (cancel) event.preventDefault();
        if (events.length === 2) document.removeEventListener('sugam-language-change', listen);
      });
      expect(await el.switchTo('hi')).to.equal(false);
      expect(root.lang).to.equal('en');
      expect(status(el).textContent!.trim()).to.equal('');
      cancel = false;
      expect(await el.switchTo('hi')).to.equal(true);
      expect(root.lang).to.equal('hi');
      expect(events).to.deep.equal([
        { locale: 'hi', previous: 'en', restored: false },
        { locale: 'hi', previous: 'en', restored: false },
      ]);
      expect(await el.switchTo('hi'), 'the language in effect is no change').to.equal(false);
    });

    it('switches only the target element when one is given', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-language-switcher target="region" locales="en,ur"></sugam-language-switcher>
          <section id="region"><sugam-button loading>Save</sugam-button></section>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      const section = wrapper.querySelector('section')!;
      const button = section.querySelector('sugam-button')!;
      await el.switchTo('ur');
      expect(section.lang).to.equal('ur');
      expect(section.dir).to.equal('rtl');
      expect(root.lang).to.equal('en');
      expect(root.dir).to.equal('ltr');
      await waitUntil(
        () => button.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim() === 'براہ کرم انتظار کریں',
        'the section to switch to Urdu',
      );
      await el.updateComplete;
      expect(trigger(el).querySelector('.current')!.textContent).to.equal('اردو');
      section.lang = 'en';
      await waitUntil(() => trigger(el).querySelector('.current')!.textContent === 'English', 'the switcher to follow');
    });

    it('switches the whole page, with one warning, when the target is missing', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamLanguageSwitcher>(
          html`<sugam-language-switcher target="#nowhere" locales="en,hi"></sugam-language-switcher>`,
        );
        await el.switchTo('hi');
        expect(root.lang).to.equal('hi');
        expect(warnings.filter((w) => w.includes('target="#nowhere"'))).to.have.length(1);
      } finally {
        console.warn = warn;
      }
    });

    it('remembers the choice with remember, and applies it when re-created', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher remember locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      await el.switchTo('ta');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal('ta');
      el.remove();
      root.lang = 'en';
      root.dir = 'ltr';
      await i18n.changeLanguage('en');

      const restored: LanguageChangeDetail[] = [];
      const listen = (event: Event) => restored.push((event as CustomEvent<LanguageChangeDetail>).detail);
      document.addEventListener('sugam-language-change', listen);
      try {
        const again = await fixture<SugamLanguageSwitcher>(
          html`<sugam-language-switcher remember locales="en,hi,ta,ur"></sugam-language-switcher>`,
        );
        await waitUntil(() => root.lang === 'ta', 'the remembered language to be applied');
        await again.updateComplete;
        expect(trigger(again).querySelector('.current')!.textContent).to.equal('தமிழ்');
        expect(restored).to.deep.equal([{ locale: 'ta', previous: 'en', restored: true }]);
        expect(status(again).textContent!.trim(), 'nothing is announced on page load').to.equal('');
      } finally {
        document.removeEventListener('sugam-language-change', listen);
      }
    });

    it('remembers nothing without remember, and uses storage-key when given', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher locales="en,hi"></sugam-language-switcher>`,
      );
      await el.switchTo('hi');
      expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).to.equal(null);
      const keyed = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher
          remember
          storage-key="my-site-language"
          locales="en,hi"
        ></sugam-language-switcher>`,
      );
      await keyed.switchTo('en');
      expect(localStorage.getItem('my-site-language')).to.equal('en');
    });

    it('ignores a remembered language that is not listed', async () => {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ta');
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher remember locales="en,hi"></sugam-language-switcher>`,
      );
      await el.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(root.lang).to.equal('en');
    });
  });

  describe('inline', () => {
    it('shows buttons side by side, the current one aria-current, and keeps focus on the chosen one', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher variant="inline" locales="en,hi,ta,ur"></sugam-language-switcher>`,
      );
      const group = el.shadowRoot!.querySelector('[role="group"]')!;
      expect(group.getAttribute('aria-labelledby')).to.equal('label');
      const buttons = options(el);
      expect(buttons.map((b) => b.localName)).to.deep.equal(['button', 'button', 'button', 'button']);
      expect(buttons.map((b) => b.lang)).to.deep.equal(['en', 'hi', 'ta', 'ur']);
      expect(buttons[0].getAttribute('aria-current')).to.equal('true');
      expect(buttons[2].hasAttribute('aria-current')).to.equal(false);
      expect(buttons[1].getBoundingClientRect().top).to.equal(buttons[0].getBoundingClientRect().top);
      buttons[2].focus();
      await press(el, 'Enter');
      await waitUntil(() => root.lang === 'ta', 'the page to switch to Tamil');
      await el.updateComplete;
      expect(buttons[2].getAttribute('aria-current')).to.equal('true');
      expect(buttons[0].hasAttribute('aria-current')).to.equal(false);
      expect(el.shadowRoot!.activeElement).to.equal(buttons[2]);
      expect(status(el).textContent!.trim()).to.equal('மொழி தமிழ் ஆக மாற்றப்பட்டது');
      for (const b of buttons) expect(b.getBoundingClientRect().height).to.be.at.least(24);
    });
  });

  describe('href-template', () => {
    it('renders links with href, hreflang and lang instead of switching live', async () => {
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher href-template="/{lang}/about.html" locales="en,hi,ur"></sugam-language-switcher>`,
      );
      const items = options(el);
      expect(items.map((a) => a.localName)).to.deep.equal(['a', 'a', 'a']);
      expect(items.map((a) => a.getAttribute('href'))).to.deep.equal([
        '/en/about.html',
        '/hi/about.html',
        '/ur/about.html',
      ]);
      expect(items.map((a) => a.getAttribute('hreflang'))).to.deep.equal(['en', 'hi', 'ur']);
      expect(items.map((a) => a.getAttribute('lang'))).to.deep.equal(['en', 'hi', 'ur']);
      expect(items[0].getAttribute('role')).to.equal('menuitem');
      expect(items[0].getAttribute('aria-current')).to.equal('true');
    });

    it('navigates on choice unless sugam-language-change is cancelled', async () => {
      const start = location.hash;
      const el = await fixture<SugamLanguageSwitcher>(
        html`<sugam-language-switcher
          variant="inline"
          href-template="#lang-{lang}"
          locales="en,hi,ur"
        ></sugam-language-switcher>`,
      );
      const [, hi, ur] = options(el);
      const cancel = (event: Event) => event.preventDefault();
      el.addEventListener('sugam-language-change', cancel);
      hi.click();
      // Firefox follows a link in a later task (Chromium at once): give it the time it would take.
      await navigationTime();
      expect(location.hash).to.equal(start);
      el.removeEventListener('sugam-language-change', cancel);
      ur.click();
      await waitUntil(() => location.hash === '#lang-ur', 'the link was followed');
      expect(root.lang, 'a link does not switch live').to.equal('en');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('ignores a javascript: template with a warning and switches live', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamLanguageSwitcher>(
          html`<sugam-language-switcher href-template="javascript:alert('{lang}')" locales="en,hi">
          </sugam-language-switcher>`,
        );
        expect(options(el).every((o) => !o.hasAttribute('href'))).to.equal(true);
        expect(warnings.some((w) => w.includes('javascript:'))).to.equal(true);
      } finally {
        console.warn = warn;
      }
    });
  });

  describe('menu placement in a section whose direction differs from the page', () => {
    // The menu lines up with the trigger's end edge in the switcher's own direction. Logical `position-area`
    // keywords resolve against the viewport (the root's direction), which is not the switcher's here.
    async function placed(dir: 'ltr' | 'rtl', lang: string) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir} lang=${lang} style="padding-inline: 250px">
          <sugam-language-switcher></sugam-language-switcher>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      await openWithKeyboard(el);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const box = trigger(el).getBoundingClientRect();
      const popup = menu(el).getBoundingClientRect();
      // Wider than the trigger, so that which edge it lines up with shows.
      expect(popup.width).to.be.greaterThan(box.width + 20);
      expect(popup.top).to.be.at.least(box.bottom - 1);
      return { el, box, popup };
    }

    it('in an Urdu (rtl) section of an ltr page: lines up with the trigger’s left (end) edge', async () => {
      await loadLocale('ur');
      const { box, popup } = await placed('rtl', 'ur');
      expect(Math.abs(popup.left - box.left)).to.be.below(2);
    });

    it('in an English (ltr) section of an rtl page: lines up with the trigger’s right (end) edge', async () => {
      root.dir = 'rtl';
      const { box, popup } = await placed('ltr', 'en');
      expect(Math.abs(popup.right - box.right)).to.be.below(2);
    });

    it('placed by script (browsers without anchor positioning): the same edges, in both cases', async () => {
      await loadLocale('ur');
      for (const [page, dir, lang] of [
        ['ltr', 'rtl', 'ur'],
        ['rtl', 'ltr', 'en'],
      ] as const) {
        root.dir = page;
        const { el, box } = await placed(dir, lang);
        placePopupByScript(menu(el), trigger(el), { align: 'end' });
        expect(menu(el).classList.contains('no-anchor')).to.equal(true);
        const popup = menu(el).getBoundingClientRect();
        expect(popup.top).to.be.at.least(box.bottom - 1);
        if (dir === 'rtl') expect(Math.abs(popup.left - box.left), 'rtl').to.be.below(2);
        else expect(Math.abs(popup.right - box.right), 'ltr').to.be.below(2);
      }
    });
  });

  describe('layout', () => {
    it('fits 320 px in Urdu: the menu stays on screen and lines up under the trigger right to left', async () => {
      await setViewport({ width: 320, height: 640 });
      await loadLocale('ur');
      root.lang = 'ur';
      root.dir = 'rtl';
      const wrapper = await fixture<HTMLElement>(
        html`<div style="display: flex; justify-content: flex-start">
          <sugam-language-switcher show-english></sugam-language-switcher>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-language-switcher')!;
      await openWithKeyboard(el);
      const box = trigger(el).getBoundingClientRect();
      const popup = menu(el).getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(popup.left).to.be.at.least(0);
      expect(popup.right).to.be.at.most(320);
      expect(popup.top).to.be.at.least(box.bottom);
      // The check mark sits at the start (right) of each item in right-to-left text.
      const item = options(el)[0].getBoundingClientRect();
      const check = options(el)[0].querySelector('.check')!.getBoundingClientRect();
      expect(check.right).to.be.greaterThan(item.right - 24);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });
  });
});
