import { expect, fixture, html, waitUntil } from '@open-wc/testing';
// Nothing else is imported: every element in this file is registered by the autoloader, on first use.
import { AUTOLOAD_MODULES, discover, loadElement } from '@sugam/components/autoloader';
import { captureWarnings } from './helpers.js';

interface Manifest {
  modules: { declarations?: { tagName?: string }[] }[];
}

describe('autoloader', () => {
  it('registers an element the first time the page uses it, and only that one', async () => {
    expect(customElements.get('sugam-badge')).to.equal(undefined);
    const el = await fixture<HTMLElement>(html`<div><sugam-badge>नया</sugam-badge></div>`);
    await waitUntil(() => customElements.get('sugam-badge'), 'the badge to be registered');
    const badge = el.querySelector('sugam-badge') as HTMLElement & { updateComplete: Promise<boolean> };
    await badge.updateComplete;
    expect(badge.shadowRoot).to.exist;
    expect(customElements.get('sugam-table')).to.equal(undefined);
  });

  it('registers elements added later, nested inside other markup', async () => {
    const el = await fixture<HTMLElement>(html`<div></div>`);
    el.innerHTML = '<section lang="ta"><p><sugam-tag>புதியது</sugam-tag></p></section>';
    await waitUntil(() => customElements.get('sugam-tag'), 'the tag to be registered');
    expect(el.querySelector('sugam-tag')!.matches(':defined')).to.equal(true);
  });

  it('loads a companion with its parent: tabs bring tab and tab panel', async () => {
    const el = await fixture<HTMLElement>(
      html`<sugam-tabs label="Services"
        ><sugam-tab panel="a">A</sugam-tab><sugam-tab-panel name="a">A</sugam-tab-panel></sugam-tabs
      >`,
    );
    await waitUntil(() => el.matches(':defined'), 'the tabs to be registered');
    expect(customElements.get('sugam-tab')).to.exist;
    expect(customElements.get('sugam-tab-panel')).to.exist;
  });

  it('finds elements in a shadow root it is given (the document observer cannot see inside)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<sugam-divider></sugam-divider>';
    expect(await discover(root)).to.deep.equal([true]);
    expect(root.querySelector('sugam-divider')!.matches(':defined')).to.equal(true);
  });

  it('warns once about a sugam- tag it does not know, and is quiet about sugam-option', async () => {
    const warnings = await captureWarnings(async () => {
      expect(await loadElement('sugam-buton')).to.equal(false);
      expect(await loadElement('sugam-buton')).to.equal(false);
      expect(await loadElement('sugam-option')).to.equal(false);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<sugam-buton>');
  });

  it('has a module for every element of the library, and each module registers its tag', async () => {
    const manifest = (await (await fetch('/packages/components/custom-elements.json')).json()) as Manifest;
    const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).map((d) => d.tagName ?? ''));
    const expected = [...new Set(tags.filter(Boolean))].filter((tag) => tag !== 'sugam-option').sort();
    expect(Object.keys(AUTOLOAD_MODULES).sort()).to.deep.equal(expected);
    for (const tag of expected) {
      expect(await loadElement(tag), tag).to.equal(true);
      expect(customElements.get(tag), tag).to.exist;
    }
    // The option arrives with the select and the combobox.
    expect(customElements.get('sugam-option')).to.exist;
  });
});
