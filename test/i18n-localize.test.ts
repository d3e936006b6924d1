import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import '@sugam/components/translate';
import type { SugamText } from '@sugam/components/translate';
import {
  LocalizeController,
  i18n,
  loadLocale,
  loaders,
  registerNamespace,
  setPageLanguage,
  registerStrings,
} from '@sugam/i18n';
import * as en from '@sugam/i18n/en';

// The library's whole English catalogue (components register only their own groups).
registerStrings(en);

/** A minimal localized component: its close label, direction and a number, in its language. */
class TestLocalized extends LitElement {
  readonly localize = new LocalizeController(this);
  value = '';
  override render() {
    return html`<span class="close">${this.localize.t('common.close')}</span
      ><span class="n">${this.localize.formatNumber(1234567)}</span
      ><span class="v">${this.localize.t('test-host:hello', { name: this.value })}</span>`;
  }
}
customElements.define('test-localized', TestLocalized);
void registerNamespace('test-host', { en: { hello: 'Hello {{name}}' } });

/** A component whose shadow root holds a localized one inside a section with its own lang. */
class TestOuter extends LitElement {
  override render() {
    return html`<div lang="hi"><test-localized></test-localized></div>`;
  }
}
customElements.define('test-outer', TestOuter);

/** Counts its renders; shows localized text only when `localized` is set. */
class TestCounted extends LitElement {
  readonly localize = new LocalizeController(this);
  localized = false;
  renders = 0;
  override render() {
    this.renders++;
    return html`${this.localized ? this.localize.t('common.close') : 'fixed text'}`;
  }
}
customElements.define('test-counted', TestCounted);

const text = (el: Element, selector = '.close') => el.shadowRoot!.querySelector(selector)!.textContent;

/** Waits until `check` passes (language changes settle after a microtask or a lazy load). */
async function until(check: () => boolean, what: string, timeout = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('i18n live language resolution', () => {
  const root = document.documentElement;

  it('re-renders on a language switch only the components that show localized text', async () => {
    await loadLocale('hi');
    const section = await fixture<HTMLElement>(
      fixtureHtml`<section lang="en"><test-counted></test-counted><test-counted></test-counted></section>`,
    );
    const [plain, localized] = section.querySelectorAll<TestCounted>('test-counted');
    localized.localized = true;
    localized.requestUpdate();
    await localized.updateComplete;
    const before = [plain.renders, localized.renders];
    section.lang = 'hi';
    await until(() => localized.renders > before[1], 'the localized component to re-render');
    expect(localized.shadowRoot!.textContent).to.contain(i18n.t('common.close', { lng: 'hi' }));
    expect(plain.renders, 'the component without localized text').to.equal(before[0]);
    section.dir = 'rtl';
    await until(() => plain.renders > before[0], 'a direction change to re-render every component');
  });
  it('does not re-render the page when a component loaded later registers its English strings', async () => {
    const section = await fixture<HTMLElement>(fixtureHtml`<section lang="en"><test-counted></test-counted></section>`);
    const localized = section.querySelector<TestCounted>('test-counted')!;
    localized.localized = true;
    localized.requestUpdate();
    await localized.updateComplete;
    const before = localized.renders;
    // What a lazily loaded component's module does: groups nobody had yet.
    registerStrings({ testLateComponent: { hello: 'Hello' } });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(localized.renders, 'after new groups').to.equal(before);
    expect(i18n.t('testLateComponent.hello')).to.equal('Hello');
    // Strings added to a group already there may change what is on screen: those hosts render again.
    registerStrings({ testLateComponent: { bye: 'Goodbye' } });
    await until(() => localized.renders > before, 'the localized component to re-render');
  });

  let savedLang: string | null;
  let savedDir: string | null;

  beforeEach(() => {
    savedLang = root.getAttribute('lang');
    savedDir = root.getAttribute('dir');
    root.removeAttribute('lang');
    root.removeAttribute('dir');
  });

  afterEach(async () => {
    if (savedLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', savedLang);
    if (savedDir === null) root.removeAttribute('dir');
    else root.setAttribute('dir', savedDir);
    await i18n.changeLanguage('en');
  });

  it('follows a nested section whose lang changes after the first render, with its direction', async () => {
    await Promise.all([loadLocale('hi'), loadLocale('ta')]);
    const outer = await fixture<HTMLElement>(
      fixtureHtml`<div lang="hi"><section lang="ta"><test-localized></test-localized></section></div>`,
    );
    const el = outer.querySelector<TestLocalized>('test-localized')!;
    await el.updateComplete;
    expect(text(el)).to.equal('மூடு');
    expect(el.localize.dir).to.equal('ltr');
    outer.querySelector('section')!.lang = 'ur';
    await until(() => text(el) === 'بند کریں', 'Urdu');
    expect(el.localize.lang).to.equal('ur');
    expect(el.localize.dir).to.equal('rtl');
    expect(text(el, '.n')).to.equal('۱٬۲۳۴٬۵۶۷');
    outer.querySelector('section')!.removeAttribute('lang');
    await until(() => text(el) === 'बंद करें', 'the outer Hindi');
  });

  it('follows <html lang> set late by a framework', async () => {
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(text(el)).to.equal('Close');
    root.lang = 'bn';
    await until(() => text(el) === 'বন্ধ করুন', 'Bengali');
    expect(text(el, '.n')).to.equal('১২,৩৪,৫৬৭');
    root.lang = 'ks';
    await until(() => el.localize.lang === 'ks', 'Kashmiri');
    expect(el.localize.dir).to.equal('rtl');
    root.lang = 'ks-Deva';
    await until(() => el.localize.lang === 'ks-Deva', 'Kashmiri in Devanagari');
    expect(el.localize.dir).to.equal('ltr');
  });

  it('follows i18n.changeLanguage when no ancestor has a lang', async () => {
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    await i18n.changeLanguage('gu');
    await until(() => text(el) === 'બંધ કરો', 'Gujarati');
    await i18n.changeLanguage('sd');
    await until(() => text(el) === 'بند ڪريو', 'Sindhi');
    expect(el.localize.dir).to.equal('rtl');
  });

  it('switches the whole page with setPageLanguage, including dir', async () => {
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    expect(await setPageLanguage('ur-IN')).to.equal('ur');
    expect(root.lang).to.equal('ur');
    expect(root.dir).to.equal('rtl');
    await until(() => text(el) === 'بند کریں', 'Urdu');
  });

  it('sees lang changes inside shadow roots', async () => {
    await Promise.all([loadLocale('hi'), loadLocale('pa')]);
    const outer = await fixture<HTMLElement>(fixtureHtml`<test-outer></test-outer>`);
    await (outer as LitElement).updateComplete;
    const inner = outer.shadowRoot!.querySelector<TestLocalized>('test-localized')!;
    await until(() => text(inner) === 'बंद करें', 'Hindi');
    outer.shadowRoot!.querySelector('div')!.lang = 'pa';
    await until(() => text(inner) === 'ਬੰਦ ਕਰੋ', 'Punjabi');
  });

  it('shows a locale when it finishes loading, keeping the previous language meanwhile', async () => {
    const section = await fixture<HTMLElement>(
      fixtureHtml`<section lang="en"><test-localized></test-localized></section>`,
    );
    const el = section.querySelector<TestLocalized>('test-localized')!;
    section.lang = 'kn'; // not loaded yet in this page
    await el.updateComplete;
    expect(text(el)).to.equal('Close');
    await until(() => text(el) === 'ಮುಚ್ಚಿ', 'Kannada');
  });

  it('keeps the previous language when a locale fails to load, and retries on the next switch', async () => {
    await loadLocale('hi');
    const section = await fixture<HTMLElement>(
      fixtureHtml`<section lang="hi"><test-localized></test-localized></section>`,
    );
    const el = section.querySelector<TestLocalized>('test-localized')!;
    await until(() => text(el) === 'बंद करें', 'Hindi');
    const original = loaders.or;
    let attempts = 0;
    loaders.or = () => {
      attempts++;
      return Promise.reject(new Error('offline'));
    };
    const warn = console.warn;
    const warned: string[] = [];
    console.warn = (...args: unknown[]) => warned.push(String(args[0]));
    try {
      section.lang = 'or';
      await until(() => attempts > 0 && warned.length > 0, 'the failed load');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(attempts, 'no retry loop').to.equal(1);
      expect(text(el)).to.equal('बंद करें');
      expect(el.localize.lang).to.equal('hi');
    } finally {
      console.warn = warn;
      loaders.or = original;
    }
    section.lang = 'hi';
    await new Promise((resolve) => setTimeout(resolve));
    section.lang = 'or';
    await until(() => text(el) === 'ବନ୍ଦ କରନ୍ତୁ', 'Odia on the retry');
  });

  it('shares one observer: adding localized elements to the page observes nothing new', async () => {
    await fixture<HTMLElement>(fixtureHtml`<test-localized></test-localized>`);
    const observe = MutationObserver.prototype.observe;
    let calls = 0;
    MutationObserver.prototype.observe = function (this: MutationObserver, ...args) {
      calls++;
      return observe.apply(this, args);
    };
    try {
      const many = await fixture<HTMLElement>(
        fixtureHtml`<div lang="hi">${Array.from({ length: 50 }, () => fixtureHtml`<test-localized></test-localized>`)}</div>`,
      );
      await Promise.all([...many.querySelectorAll<TestLocalized>('test-localized')].map((el) => el.updateComplete));
      expect(calls).to.equal(0);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });

  it('inserts interpolated values as text, never as HTML', async () => {
    const payload = '<img src=x onerror="window.__sugamXss=1">';
    const el = await fixture<TestLocalized>(fixtureHtml`<test-localized></test-localized>`);
    el.value = payload;
    el.requestUpdate();
    await el.updateComplete;
    expect(text(el, '.v')).to.equal(`Hello ${payload}`);
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    // Nesting and interpolation syntax inside a value stay literal too.
    expect(i18n.t('test-host:hello', { name: '$t(common.close) {{name}}' })).to.equal(
      'Hello $t(common.close) {{name}}',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect((window as { __sugamXss?: number }).__sugamXss).to.equal(undefined);
  });
});

describe('<sugam-text>', () => {
  before(async () => {
    await Promise.all([loadLocale('hi'), loadLocale('ur'), loadLocale('sat')]);
  });

  it('translates page text declared as JSON, without script, and follows live changes', async () => {
    const page = await fixture<HTMLElement>(fixtureHtml`<div lang="hi">
      <script type="application/json" data-sugam-namespace="test-ministry">
        {
          "en": { "welcome": "Welcome, {{name}}", "files_one": "{{count, number}} file", "files_other": "{{count, number}} files" },
          "hi": { "welcome": "स्वागत है, {{name}}", "files_one": "{{count, number}} फ़ाइल", "files_other": "{{count, number}} फ़ाइलें" },
          "ur": { "welcome": "خوش آمدید، {{name}}", "files_one": "{{count, number}} فائل", "files_other": "{{count, number}} فائلیں" }
        }
      </script>
      <h1><sugam-text key="test-ministry:welcome" data-name="Asha">Welcome, Asha</sugam-text></h1>
      <p><sugam-text key="test-ministry:files" count="12">12 files</sugam-text></p>
      <p><sugam-text key="test-ministry:missing">Fallback text</sugam-text></p>
      <p><sugam-text key="common.close">Close</sugam-text></p>
    </div>`);
    const [welcome, files, missing, close] = page.querySelectorAll<SugamText>('sugam-text');
    await until(() => welcome.textContent === 'स्वागत है, Asha', 'Hindi page text');
    expect(files.textContent).to.equal('12 फ़ाइलें');
    expect(missing.textContent).to.equal('Fallback text');
    expect(close.textContent).to.equal('बंद करें');
    expect(welcome.shadowRoot).to.equal(null);
    page.lang = 'ur';
    await until(() => welcome.textContent === 'خوش آمدید، Asha', 'Urdu page text');
    expect(files.textContent).to.equal('۱۲ فائلیں');
    files.count = 1;
    await files.updateComplete;
    expect(files.textContent).to.equal('۱ فائل');
    page.lang = 'sat';
    await until(() => close.textContent === 'ᱵᱚᱸᱫᱚᱭ ᱢᱮ', 'Santali');
    expect(welcome.textContent).to.equal('Welcome, Asha'); // no Santali: the chain's English
  });

  it('renders values and translations as text only', async () => {
    await registerNamespace('test-xss', { en: { hello: 'Hello {{name}}', raw: '<b>bold</b>' } });
    const el = await fixture<SugamText>(
      fixtureHtml`<sugam-text key="test-xss:hello" data-name="<img src=x onerror=alert(1)>">Hello</sugam-text>`,
    );
    await until(() => el.textContent !== 'Hello', 'the translation');
    expect(el.textContent).to.equal('Hello <img src=x onerror=alert(1)>');
    expect(el.children).to.have.length(0);
    el.key = 'test-xss:raw';
    await el.updateComplete;
    expect(el.textContent).to.equal('<b>bold</b>');
    expect(el.children).to.have.length(0);
  });

  it('loads a namespace from one file per language when the page shows it', async () => {
    const files: Record<string, unknown> = { hi: { title: 'मंत्रालय' }, en: { title: 'Ministry' } };
    const originalFetch = window.fetch;
    const requested: string[] = [];
    window.fetch = ((input: RequestInfo | URL) => {
      const url = String(input);
      requested.push(url);
      const lang = /i18n\/test-remote\.([^.]+)\.json$/.exec(url)?.[1] ?? '';
      const body = files[lang];
      return Promise.resolve(new Response(body ? JSON.stringify(body) : 'missing', { status: body ? 200 : 404 }));
    }) as typeof fetch;
    try {
      const page = await fixture<HTMLElement>(fixtureHtml`<div lang="en">
        <script type="application/json" data-sugam-namespace="test-remote" data-src="/i18n/test-remote.{{lng}}.json"></script>
        <sugam-text key="test-remote:title">Ministry</sugam-text>
      </div>`);
      const el = page.querySelector('sugam-text')!;
      page.lang = 'hi';
      await until(() => el.textContent === 'मंत्रालय', 'the fetched Hindi');
      expect(requested.some((u) => u.endsWith('/i18n/test-remote.hi.json'))).to.equal(true);
    } finally {
      window.fetch = originalFetch;
    }
  });
});
