import { expect, fixture, html } from '@open-wc/testing';
import '@sugam/components/badge';
import type { SugamBadge } from '@sugam/components/badge';
import { loadLocale } from '@sugam/i18n';

const base = (el: SugamBadge) => el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
const hiddenLabel = (el: SugamBadge) => el.shadowRoot!.querySelector('.visually-hidden');

describe('<sugam-badge>', () => {
  it('is accessible in every type, colour and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${['primary', 'secondary', 'tertiary', 'neutral', 'success', 'warning', 'danger', 'info'].map(
            (variant) =>
              html`<sugam-badge variant=${variant} value="7"></sugam-badge>
                <sugam-badge type="dot" variant=${variant} label="New"></sugam-badge>
                <sugam-badge type="icon" icon="check" variant=${variant} label="Verified"></sugam-badge>`,
          )}
          <sugam-badge size="sm" value="120" max="99" label="120 unread messages"></sugam-badge>
          <sugam-badge size="lg" value="New"></sugam-badge>
          <sugam-badge type="dot"></sugam-badge>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('shows the number in the reader’s numerals', async () => {
    await loadLocale('bn');
    await loadLocale('mr');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-badge lang="bn" value="25"></sugam-badge>
        <sugam-badge lang="en" value="1234"></sugam-badge>
      </div>`,
    );
    const [bn, en] = [...wrapper.querySelectorAll('sugam-badge')];
    await bn.updateComplete;
    await en.updateComplete;
    expect(base(bn).textContent!.trim()).to.equal('২৫');
    expect(base(en).textContent!.trim()).to.equal('1,234');
  });

  it('accepts digits typed in an Indian script', async () => {
    const el = await fixture<SugamBadge>(html`<sugam-badge value="१२" max="9"></sugam-badge>`);
    expect(base(el).textContent!.trim()).to.equal('9+');
  });

  it('shows max+ (localized) over max', async () => {
    await loadLocale('bn');
    const el = await fixture<SugamBadge>(html`<sugam-badge lang="bn" value="150" max="99"></sugam-badge>`);
    await el.updateComplete;
    expect(base(el).textContent!.trim()).to.equal('৯৯+');
    el.value = '99';
    await el.updateComplete;
    expect(base(el).textContent!.trim()).to.equal('৯৯');
  });

  it('shows text that is not a number as given, and the slot when there is no value', async () => {
    const el = await fixture<SugamBadge>(html`<sugam-badge value="New"></sugam-badge>`);
    expect(base(el).textContent!.trim()).to.equal('New');
    const slotted = await fixture<SugamBadge>(html`<sugam-badge>Beta</sugam-badge>`);
    expect(base(slotted).querySelector('slot')).not.to.equal(null);
  });

  it('reads the label instead of the visible content when given', async () => {
    const el = await fixture<SugamBadge>(html`<sugam-badge value="5" label="5 unread messages"></sugam-badge>`);
    expect(base(el).getAttribute('aria-hidden')).to.equal('true');
    expect(hiddenLabel(el)!.textContent).to.equal('5 unread messages');
    const plain = await fixture<SugamBadge>(html`<sugam-badge value="5"></sugam-badge>`);
    expect(base(plain).hasAttribute('aria-hidden')).to.equal(false);
    expect(hiddenLabel(plain)).to.equal(null);
  });

  it('makes a dot without a label decorative, and a dot with one readable', async () => {
    const dot = await fixture<SugamBadge>(html`<sugam-badge type="dot"></sugam-badge>`);
    expect(base(dot).getAttribute('aria-hidden')).to.equal('true');
    expect(hiddenLabel(dot)).to.equal(null);
    const labelled = await fixture<SugamBadge>(html`<sugam-badge type="dot" label="Online"></sugam-badge>`);
    expect(hiddenLabel(labelled)!.textContent).to.equal('Online');
  });

  it('renders a bundled icon by name', async () => {
    const el = await fixture<SugamBadge>(html`<sugam-badge type="icon" icon="check" label="Verified"></sugam-badge>`);
    expect(base(el).querySelector('svg')).not.to.equal(null);
  });

  it('has the sizes 16, 20 and 24 px and grows with long counts', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-badge size="sm" value="1"></sugam-badge><sugam-badge value="1"></sugam-badge
        ><sugam-badge size="lg" value="1"></sugam-badge><sugam-badge value="12345"></sugam-badge>
      </div>`,
    );
    const [sm, md, lg, long] = [...wrapper.querySelectorAll('sugam-badge')].map((el) =>
      base(el).getBoundingClientRect(),
    );
    expect(sm.height).to.be.at.least(16);
    expect(md.height).to.be.at.least(20);
    expect(lg.height).to.be.at.least(24);
    expect(long.width).to.be.greaterThan(md.width * 2);
  });

  it('falls back to defaults for unknown values, with a warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const el = await fixture<SugamBadge>(html`<sugam-badge type="star" variant="gold" value="3"></sugam-badge>`);
      expect(base(el).textContent!.trim()).to.equal('3');
      expect(warnings.length).to.be.at.least(2);
    } finally {
      console.warn = original;
    }
  });
});
