import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/link';
import type { SugamLink } from '@sugam/components/link';
import '@sugam/components/button';
import type { SugamButton } from '@sugam/components/button';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const anchor = (el: SugamLink) => el.shadowRoot!.querySelector('a');
const hidden = (el: SugamLink) =>
  [...el.shadowRoot!.querySelectorAll('.visually-hidden')].map((node) => node.textContent!.trim());

describe('<sugam-link>', () => {
  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible inline, standalone, external and download (${lang})`, async () => {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <p>Read the <sugam-link href="#rules">rules</sugam-link> first.</p>
          <sugam-link standalone href="#about">About</sugam-link>
          <sugam-link external href="https://www.india.gov.in/">National Portal</sugam-link>
          <sugam-link download="form.pdf" href="#form">Form 12</sugam-link>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    });
  }

  it('renders a real link, reached with Tab and followed with Enter', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div><button>before</button><sugam-link href="#target">Go</sugam-link></div>`,
    );
    const el = wrapper.querySelector('sugam-link')!;
    let followed = 0;
    anchor(el)!.addEventListener('click', (event) => {
      event.preventDefault();
      followed++;
    });
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(anchor(el));
    const style = getComputedStyle(anchor(el)!);
    expect(style.outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Enter' });
    expect(followed).to.equal(1);
  });

  it('uses the link colour and an underline inline; standalone links are not underlined until hover', async () => {
    const inline = await fixture<SugamLink>(html`<sugam-link href="#x">x</sugam-link>`);
    expect(getComputedStyle(anchor(inline)!).textDecorationLine).to.equal('underline');
    expect(getComputedStyle(anchor(inline)!).color).to.equal('rgb(74, 43, 194)');
    const standalone = await fixture<SugamLink>(html`<sugam-link standalone href="#y">y</sugam-link>`);
    expect(getComputedStyle(anchor(standalone)!).textDecorationLine).to.equal('none');
    expect(getComputedStyle(anchor(standalone)!).fontWeight).to.equal('600');
  });

  it('opens external links in a new tab, safely, and says so in the page language', async () => {
    const el = await fixture<SugamLink>(
      html`<sugam-link external href="https://example.org" rel="external">Ex</sugam-link>`,
    );
    expect(anchor(el)!.target).to.equal('_blank');
    expect(anchor(el)!.rel.split(' ')).to.have.members(['external', 'noopener', 'noreferrer']);
    expect(hidden(el)).to.deep.equal(['(opens in a new tab)']);
    expect(el.shadowRoot!.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
    await loadLocale('hi');
    const hindi = await fixture<HTMLElement>(
      html`<p lang="hi"><sugam-link target="_blank" href="https://example.org">पोर्टल</sugam-link></p>`,
    );
    const link = hindi.querySelector('sugam-link')!;
    expect(hidden(link)).to.deep.equal(['(नए टैब में खुलता है)']);
    expect(anchor(link)!.rel).to.equal('noopener noreferrer');
  });

  it('marks download links', async () => {
    const el = await fixture<SugamLink>(html`<sugam-link download="form.pdf" href="/form.pdf">Form</sugam-link>`);
    expect(anchor(el)!.getAttribute('download')).to.equal('form.pdf');
    expect(hidden(el)).to.deep.equal(['(downloads a file)']);
    const plain = await fixture<SugamLink>(html`<sugam-link href="/x">x</sugam-link>`);
    expect(hidden(plain)).to.deep.equal([]);
    expect(anchor(plain)!.hasAttribute('target')).to.equal(false);
  });

  it('never renders a javascript: URL, and warns once', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamLink>(html`<sugam-link href=" JavaScript:alert(1)">Bad</sugam-link>`);
      expect(anchor(el)).to.equal(null);
      expect(el.shadowRoot!.querySelector('.base')!.localName).to.equal('span');
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('javascript: URL'))).to.have.length(1);
  });

  it("leaves the button's own javascript: guard working after the move to internal/url", async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamButton>(html`<sugam-button href="javascript:void 0">Bad</sugam-button>`);
      expect(el.shadowRoot!.querySelector('.base')!.localName).to.equal('button');
    });
    expect(warnings).to.deep.equal([
      '[sugam] <sugam-button> ignores an href with a javascript: URL; it renders a button instead.',
    ]);
  });
});
