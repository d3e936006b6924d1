import { expect, fixture, html } from '@open-wc/testing';
import '@sugam/components/divider';
import type { SugamDivider } from '@sugam/components/divider';
import { captureWarnings } from './helpers.js';

describe('<sugam-divider>', () => {
  for (const dir of ['ltr', 'rtl']) {
    it(`is accessible in every form (${dir})`, async () => {
      const el = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <p>One</p>
          <sugam-divider></sugam-divider>
          <sugam-divider label="or"></sugam-divider>
          <sugam-divider decorative></sugam-divider>
          <div style="display: flex">
            <span>A</span><sugam-divider orientation="vertical"></sugam-divider><span>B</span>
          </div>
        </div>`,
      );
      await expect(el, dir).to.be.accessible();
    });
  }

  it('is a horizontal separator by default', async () => {
    const el = await fixture<SugamDivider>(html`<sugam-divider></sugam-divider>`);
    expect(el.getAttribute('role')).to.equal('separator');
    expect(el.getAttribute('aria-orientation')).to.equal('horizontal');
    const line = el.shadowRoot!.querySelector<HTMLElement>('.line')!;
    expect(getComputedStyle(line).borderTopWidth).to.equal('1px');
    expect(line.getBoundingClientRect().width).to.be.greaterThan(100);
  });

  it('is a vertical separator that stretches to its row', async () => {
    const row = await fixture<HTMLElement>(
      html`<div style="display: flex; block-size: 48px">
        <span>A</span><sugam-divider orientation="vertical"></sugam-divider>
      </div>`,
    );
    const el = row.querySelector('sugam-divider')!;
    expect(el.getAttribute('aria-orientation')).to.equal('vertical');
    expect(el.getBoundingClientRect().height).to.equal(48);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.line')!).borderLeftWidth).to.equal('1px');
  });

  it('is hidden from assistive technology when decorative', async () => {
    const el = await fixture<SugamDivider>(html`<sugam-divider decorative></sugam-divider>`);
    expect(el.getAttribute('aria-hidden')).to.equal('true');
    expect(el.hasAttribute('aria-orientation')).to.equal(false);
  });

  it('shows a label in the middle, read as text, from the attribute or the slot', async () => {
    const el = await fixture<SugamDivider>(html`<sugam-divider label="or"></sugam-divider>`);
    expect(el.getAttribute('role')).to.equal('none');
    expect(el.hasAttribute('aria-hidden')).to.equal(false);
    const label = el.shadowRoot!.querySelector<HTMLElement>('.label')!;
    expect(label.textContent!.trim()).to.equal('or');
    const lines = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.line')];
    expect(lines.map((line) => getComputedStyle(line).display)).to.deep.equal(['block', 'block']);
    expect(lines[0].getBoundingClientRect().right).to.be.at.most(label.getBoundingClientRect().left);
    const slotted = await fixture<SugamDivider>(html`<sugam-divider>अथवा</sugam-divider>`);
    await slotted.updateComplete;
    expect(slotted.getAttribute('role')).to.equal('none');
    expect(slotted.hasAttribute('data-labelled')).to.equal(true);
  });

  it('warns once and stays horizontal for an unknown orientation', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamDivider>(html`<sugam-divider orientation="diagonal"></sugam-divider>`);
      expect(el.getAttribute('aria-orientation')).to.equal('horizontal');
    });
    expect(warnings.filter((w) => w.includes('orientation="diagonal"'))).to.have.length(1);
  });
});
