import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/card';
import type { SugamCard } from '@sugam/components/card';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const part = (el: SugamCard, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const picture = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 9"><rect width="16" height="9" fill="#888"/></svg>')}`;

const full = (href?: string) =>
  html`<sugam-card heading="Apply for a ration card" href=${href ?? ''}>
    <img slot="image" src=${picture} alt="" />
    <span slot="tag">Scheme</span>
    <p>Subsidised food grains.</p>
    <button slot="footer" type="button">Check eligibility</button>
  </sugam-card>`;

describe('<sugam-card>', () => {
  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible, plain and linked, vertical and horizontal (${lang})`, async () => {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${full()} ${full('#ration')}
          <sugam-card variant="outline" orientation="horizontal" style="inline-size: 40rem">
            <img slot="image" src=${picture} alt="" />
            <h3 slot="heading">Helpline</h3>
            <p>Call 1800-11-0001.</p>
          </sugam-card>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    });
  }

  it('renders the heading at the chosen level, without a link by default', async () => {
    const el = await fixture<SugamCard>(html`<sugam-card heading="Pension" heading-level="2"><p>Text</p></sugam-card>`);
    const heading = el.shadowRoot!.querySelector('[role="heading"]')!;
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(heading.textContent!.trim()).to.equal('Pension');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('hides empty regions and shows filled ones', async () => {
    const bare = await fixture<SugamCard>(html`<sugam-card heading="Only text"><p>Text</p></sugam-card>`);
    expect(part(bare, 'image').hidden).to.equal(true);
    expect(part(bare, 'footer').hidden).to.equal(true);
    const el = await fixture<SugamCard>(full());
    await el.updateComplete;
    expect(part(el, 'image').hidden).to.equal(false);
    expect(part(el, 'footer').hidden).to.equal(false);
  });

  it('has one link, on the heading, named by the heading, and a card-wide click area', async () => {
    const el = await fixture<SugamCard>(full('#ration'));
    const links = el.shadowRoot!.querySelectorAll('a');
    expect(links).to.have.length(1);
    const link = links[0];
    expect(link.closest('[role="heading"]')).to.exist;
    expect(link.textContent!.trim()).to.equal('Apply for a ration card');
    expect(link.getAttribute('href')).to.equal('#ration');
    const after = getComputedStyle(link, '::after');
    expect(after.position).to.equal('absolute');
    const card = part(el, 'base').getBoundingClientRect();
    const paragraph = el.querySelector('p')!.getBoundingClientRect();
    // A click on the body text lands on the link's stretched area.
    const hit = el.shadowRoot!.elementFromPoint(paragraph.left + 5, paragraph.top + 5);
    expect(hit).to.equal(link);
    expect(card.width).to.be.greaterThan(0);
  });

  it('keeps footer actions clickable above the stretched link', async () => {
    const el = await fixture<SugamCard>(full('#ration'));
    const button = el.querySelector('button')!;
    const box = button.getBoundingClientRect();
    expect(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)).to.equal(button);
  });

  it('is reached with Tab on its link and rings the whole card', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${full('#ration')}</div>`);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const el = wrapper.querySelector('sugam-card')!;
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('a'));
    expect(getComputedStyle(part(el, 'base')).outlineStyle).to.equal('solid');
  });

  it('wraps a slotted heading in the link when there is no heading attribute', async () => {
    const el = await fixture<SugamCard>(
      html`<sugam-card href="#x"
        ><h3 slot="heading">Helpline</h3>
        <p>Text</p></sugam-card
      >`,
    );
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.querySelector('slot[name="heading"]')).to.exist;
  });

  it('never links to a javascript: URL', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamCard>(html`<sugam-card heading="X" href="javascript:alert(1)"></sugam-card>`);
      expect(el.shadowRoot!.querySelector('a')).to.equal(null);
    });
    expect(warnings.some((w) => w.includes('javascript: URL'))).to.equal(true);
  });

  it('puts the picture beside the text when horizontal and wide, and on top when narrow', async () => {
    const wide = await fixture<SugamCard>(
      html`<sugam-card orientation="horizontal" heading="H" style="inline-size: 40rem"
        ><img slot="image" src=${picture} alt=""
      /></sugam-card>`,
    );
    expect(getComputedStyle(part(wide, 'base')).flexDirection).to.equal('row');
    const narrow = await fixture<SugamCard>(
      html`<sugam-card orientation="horizontal" heading="H" style="inline-size: 20rem"
        ><img slot="image" src=${picture} alt=""
      /></sugam-card>`,
    );
    expect(getComputedStyle(part(narrow, 'base')).flexDirection).to.equal('column');
  });

  it('has a shadow when solid and a border when outline', async () => {
    const solid = await fixture<SugamCard>(html`<sugam-card heading="S"></sugam-card>`);
    expect(getComputedStyle(part(solid, 'base')).boxShadow).not.to.equal('none');
    const outline = await fixture<SugamCard>(html`<sugam-card variant="outline" heading="O"></sugam-card>`);
    expect(getComputedStyle(part(outline, 'base')).boxShadow).to.equal('none');
    expect(getComputedStyle(part(outline, 'base')).borderTopColor).to.equal('rgb(229, 229, 229)');
  });
});
