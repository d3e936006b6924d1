import { expect, fixture, html } from '@open-wc/testing';
import '@sugam/components/tag';
import type { SugamTag } from '@sugam/components/tag';
import { loadLocale } from '@sugam/i18n';

const COLORS = ['primary', 'secondary', 'tertiary', 'neutral', 'success', 'warning', 'danger', 'info'];
const VARIANTS = ['filled', 'outline', 'text', 'tonal'];

describe('<sugam-tag>', () => {
  it('is accessible in every variant and colour, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${VARIANTS.map((variant) =>
            COLORS.map((color) => html`<sugam-tag variant=${variant} color=${color}>${color}</sugam-tag>`),
          )}
          <sugam-tag size="sm">Small</sugam-tag>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('defaults to tonal, primary, md and is not focusable or interactive', async () => {
    const el = await fixture<SugamTag>(html`<sugam-tag>Scheme</sugam-tag>`);
    expect(el.variant).to.equal('tonal');
    expect(el.color).to.equal('primary');
    expect(el.size).to.equal('md');
    expect(el.shadowRoot!.querySelector('button, a, [tabindex]')).to.equal(null);
    expect(el.tabIndex).to.equal(-1);
  });

  it('has readable contrast in every variant and colour (text against its own background)', async () => {
    const el = await fixture<HTMLElement>(
      html`<div>
        ${['filled', 'tonal'].map((variant) =>
          COLORS.map((color) => html`<sugam-tag variant=${variant} color=${color}>${color}</sugam-tag>`),
        )}
      </div>`,
    );
    await expect(el).to.be.accessible({ runOnly: ['color-contrast'] } as never);
  });

  it('grows with its text instead of clipping it (min-height) and wraps in narrow containers', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="inline-size: 120px" lang="ta">
        <sugam-tag>பிரதம மந்திரி விவசாயிகள் கௌரவ நிதி திட்டம்</sugam-tag>
      </div>`,
    );
    const tag = wrapper.querySelector('sugam-tag')!;
    const box = tag.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
    expect(box.width).to.be.at.most(120);
    expect(box.height).to.be.greaterThan(40);
  });

  it('falls back to defaults for unknown values with a warning', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      await fixture<SugamTag>(html`<sugam-tag variant="glow" color="gold" size="xl">Tag</sugam-tag>`);
      expect(warnings.length).to.equal(3);
    } finally {
      console.warn = original;
    }
  });
});
