import { expect, fixture, html } from '@open-wc/testing';
import { i18n } from '@sugam/i18n';
import { rawKeys } from './sweep.js';

describe('the raw-key check of the story sweep', () => {
  it('finds a library key shown as text, in a shadow root, or spoken as a name', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <p>Please fill in: validation.valueMissing.</p>
        <button aria-label="common.close">×</button>
        <span id="host"></span>
      </div>`,
    );
    // What a component shows for a key that no language has: the key itself.
    const shown = document.createElement('span');
    shown.textContent = i18n.t('button.notAKey');
    container.querySelector('#host')!.attachShadow({ mode: 'open' }).append(shown);
    expect(rawKeys(container)).to.deep.equal([
      'p: "validation.valueMissing"',
      'button: "common.close"',
      'span >>> span: "button.notAKey"',
    ]);
  });

  it('leaves ordinary text alone: sentences, domains, file names, translated strings', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <p>Visit www.india.gov.in or read table-of-contents.pdf and my-button.loading; then press the button.</p>
        <p lang="hi">${i18n.t('button.loading', { lng: 'en' })}</p>
      </div>`,
    );
    expect(rawKeys(container)).to.deep.equal([]);
  });
});
