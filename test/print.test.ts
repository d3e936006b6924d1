// Printing: a page prints legibly whatever its theme and accessibility settings, without the controls that only
// work on screen, and with every accordion section's content.
import { expect, fixture, html } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '@sugam/components/accordion';
import '@sugam/components/alert';
import '@sugam/components/card';
import '@sugam/components/a11y-toolbar';
import '@sugam/components/button';
import '@sugam/components/header';
import '@sugam/components/identity-bar';
import '@sugam/components/language-switcher';
import '@sugam/components/table';
import '@sugam/components/tabs';
import '@sugam/components/text-field';
import type { SugamTextField } from '@sugam/components/text-field';
import { loadTokens } from './helpers.js';

const root = document.documentElement;
const labelColour = (field: SugamTextField) => getComputedStyle(field.shadowRoot!.querySelector('label')!).color;
const shown = (element: Element) => element.checkVisibility();

describe('Printing', () => {
  before(loadTokens);
  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    for (const name of ['data-sugam-theme', 'data-sugam-a11y-invert', 'data-sugam-a11y-saturation']) {
      root.removeAttribute(name);
    }
  });

  it('prints a dark theme, chosen or the system’s, in the light theme, and high contrast as it is', async () => {
    const field = await fixture<SugamTextField>(html`<sugam-text-field label="Full name"></sugam-text-field>`);
    const light = labelColour(field);
    expect(light).to.equal('rgb(23, 23, 23)');

    root.dataset.sugamTheme = 'dark';
    expect(labelColour(field), 'dark on screen').not.to.equal(light);
    await emulateMedia({ media: 'print' });
    expect(labelColour(field), 'dark on paper').to.equal(light);
    expect(getComputedStyle(root).colorScheme).to.equal('light');

    root.removeAttribute('data-sugam-theme');
    await emulateMedia({ media: 'screen' });
    await emulateMedia({ colorScheme: 'dark' });
    expect(labelColour(field), 'the system’s dark on screen').not.to.equal(light);
    await executeServerCommand('emulate-print', 'dark');
    try {
      expect(matchMedia('print and (prefers-color-scheme: dark)').matches).to.equal(true);
      expect(labelColour(field), 'the system’s dark on paper').to.equal(light);
    } finally {
      await executeServerCommand('emulate-print', null);
    }

    root.dataset.sugamTheme = 'high-contrast';
    await emulateMedia({ media: 'print' });
    expect(labelColour(field), 'high contrast on paper').to.equal('rgb(0, 0, 0)');
  });

  it('turns the accessibility toolbar’s colour filters off on paper', async () => {
    root.setAttribute('data-sugam-a11y-invert', '');
    root.setAttribute('data-sugam-a11y-saturation', 'none');
    expect(getComputedStyle(root).filter).to.equal('invert(1) hue-rotate(180deg) grayscale(1)');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(root).filter).to.equal('none');
  });

  it('keeps a component’s fills, so a solid button’s white label stays on its colour', async () => {
    const button = await fixture(html`<sugam-button>Submit</sugam-button>`);
    const base = button.shadowRoot!.querySelector('[part="base"]')!;
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(base).printColorAdjust).to.equal('exact');
    expect(getComputedStyle(document.body).printColorAdjust, 'the page’s own content is left alone').to.equal(
      'economy',
    );
  });

  it('leaves out the controls that work on screen only, and keeps who the page belongs to', async () => {
    const header = await fixture(
      html`<sugam-header
        name-primary="नागरिक सेवा विभाग"
        name-secondary="Department of Citizen Services"
        search-action="/search"
      >
        <sugam-identity-bar slot="top">
          <sugam-a11y-toolbar slot="a11y-trigger"></sugam-a11y-toolbar>
          <sugam-language-switcher slot="language" locales="en,hi"></sugam-language-switcher>
        </sugam-identity-bar>
        <sugam-nav-item href="/" label="Home" current></sugam-nav-item>
      </sugam-header>`,
    );
    const bar = header.querySelector('sugam-identity-bar')!;
    const screenOnly = [
      header.querySelector('sugam-a11y-toolbar')!,
      header.querySelector('sugam-language-switcher')!,
      bar.shadowRoot!.querySelector('.text-size')!,
      header.shadowRoot!.querySelector('[part="search"]')!,
      header.shadowRoot!.querySelector('[part="nav"]')!,
    ];
    const kept = [bar.shadowRoot!.querySelector('[part="government"]')!, header.shadowRoot!.querySelector('.name')!];
    expect(screenOnly.map(shown), 'on screen').to.deep.equal([true, true, true, true, true]);
    await emulateMedia({ media: 'print' });
    expect(screenOnly.map(shown), 'on paper').to.deep.equal([false, false, false, false, false]);
    expect(kept.map(shown), 'on paper').to.deep.equal([true, true]);
  });

  it('prints the content of every accordion section, open or not', async () => {
    const accordion = await fixture(
      html`<sugam-accordion>
        <sugam-accordion-item summary="Who can apply?" open><p>Any citizen.</p></sugam-accordion-item>
        <sugam-accordion-item summary="What does it cost?"><p id="fee">Nothing.</p></sugam-accordion-item>
      </sugam-accordion>`,
    );
    const item = accordion.querySelectorAll('sugam-accordion-item')[1];
    const panel = item.shadowRoot!.querySelector('[part="panel"]')!;
    expect(panel.getBoundingClientRect().height, 'closed on screen').to.equal(0);
    await emulateMedia({ media: 'print' });
    expect(panel.getBoundingClientRect().height, 'on paper').to.be.above(20);
    expect(accordion.querySelector('#fee')!.checkVisibility(), 'on paper').to.equal(true);
  });

  it('prints every tab panel under its tab’s name, without the tab list', async () => {
    const tabs = await fixture(
      html`<sugam-tabs label="Scheme">
        <sugam-tab panel="who">Who can apply</sugam-tab>
        <sugam-tab panel="documents">Documents</sugam-tab>
        <sugam-tab panel="fees">Fees</sugam-tab>
        <sugam-tab-panel name="who">Any citizen.</sugam-tab-panel>
        <sugam-tab-panel name="documents">Proof of address.</sugam-tab-panel>
        <sugam-tab-panel name="fees">None.</sugam-tab-panel>
      </sugam-tabs>`,
    );
    const panels = [...tabs.querySelectorAll('sugam-tab-panel')];
    await Promise.all(panels.map((panel) => panel.updateComplete));
    const label = (panel: Element) => panel.shadowRoot!.querySelector('.print-label')!;
    const tablist = tabs.shadowRoot!.querySelector('[part="tablist"]')!;
    expect(panels.map(shown), 'on screen').to.deep.equal([true, false, false]);
    expect(
      panels.map((panel) => shown(label(panel))),
      'no names on screen',
    ).to.deep.equal([false, false, false]);

    // A page that renames a tab (a language switch of its own text): the printed name follows.
    tabs.querySelector('sugam-tab[panel="fees"]')!.textContent = 'Fees and charges';
    dispatchEvent(new Event('beforeprint'));
    await Promise.all(panels.map((panel) => panel.updateComplete));
    await emulateMedia({ media: 'print' });
    expect(panels.map(shown), 'on paper').to.deep.equal([true, true, true]);
    expect(panels.map((panel) => label(panel).textContent)).to.deep.equal([
      'Who can apply',
      'Documents',
      'Fees and charges',
    ]);
    expect(
      panels.map((panel) => shown(label(panel))),
      'names on paper',
    ).to.deep.equal([true, true, true]);
    expect(shown(tablist), 'the tab list on paper').to.equal(false);
  });

  it('prints every row of a table with a sticky header, and keeps cards, alerts, fields and rows whole', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-table sticky-header style="--sugam-table-max-height: 6rem">
          <table>
            <caption>
              Offices
            </caption>
            <thead>
              <tr>
                <th>Office</th>
              </tr>
            </thead>
            <tbody>
              ${Array.from(
                { length: 20 },
                (_, i) =>
                  html`<tr>
                    <td>Office ${i + 1}</td>
                  </tr>`,
              )}
            </tbody>
          </table>
        </sugam-table>
        <sugam-card heading="Certificates"></sugam-card>
        <sugam-alert heading="Note">Offices close at 5.</sugam-alert>
        <sugam-text-field label="Full name"></sugam-text-field>
      </div>`,
    );
    const [table, card, alert, field] = wrapper.children;
    await (table as LitElement).updateComplete;
    const scroller = table.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    const rows = table.shadowRoot!.querySelectorAll('tbody tr');
    expect(scroller.scrollHeight, 'on screen the box scrolls').to.be.above(scroller.clientHeight);
    await emulateMedia({ media: 'print' });
    expect(scroller.clientHeight, 'on paper nothing is cut').to.equal(scroller.scrollHeight);
    expect(rows[19].getBoundingClientRect().bottom).to.be.at.most(scroller.getBoundingClientRect().bottom);
    const whole = [card, alert, field.shadowRoot!.querySelector('.field')!, rows[0]];
    expect(whole.map((element) => getComputedStyle(element).breakInside)).to.deep.equal([
      'avoid',
      'avoid',
      'avoid',
      'avoid',
    ]);
  });
});
