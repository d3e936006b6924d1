import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/skip-link';
import type { SugamSkipLink } from '@sugam/components/skip-link';
import { loadLocale } from '@sugam/i18n';

const link = (el: SugamSkipLink) => el.shadowRoot!.querySelector('a')!;

describe('<sugam-skip-link>', () => {
  it('is accessible in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-skip-link></sugam-skip-link>
          <div id="main">Content</div>
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    }
  });

  it('says "Skip to main content" in the page language, or its own text', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-skip-link></sugam-skip-link><sugam-skip-link>सामग्री</sugam-skip-link></div>`,
    );
    const [first, second] = wrapper.querySelectorAll('sugam-skip-link');
    await first.updateComplete;
    expect(link(first).textContent!.trim()).to.equal('मुख्य सामग्री पर जाएँ');
    const assigned = link(second).querySelector('slot')!.assignedNodes();
    expect(assigned.map((n) => n.textContent).join('')).to.equal('सामग्री');
  });

  it('is hidden until focused, then shown at the top, and is the first stop of Tab', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-skip-link></sugam-skip-link>
        <a href="#x">Another link</a>
        <main>Content</main>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-skip-link')!;
    expect(link(el).getBoundingClientRect().width).to.be.at.most(1);
    (document.activeElement as HTMLElement | null)?.blur();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    const rect = link(el).getBoundingClientRect();
    expect(rect.width).to.be.greaterThan(100);
    expect(rect.height).to.be.at.least(24);
    expect(rect.top).to.be.at.most(16);
  });

  it('moves keyboard focus to <main> when activated with Enter, making it focusable', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-skip-link></sugam-skip-link>
        <main>
          <p>Content</p>
          <a href="#y">First link in main</a>
        </main>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-skip-link')!;
    const main = wrapper.querySelector('main')!;
    let skipped: HTMLElement | undefined;
    el.addEventListener('sugam-skip', (event) => (skipped = event.detail.target));
    el.focus();
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(main);
    expect(main.getAttribute('tabindex')).to.equal('-1');
    expect(skipped).to.equal(main);
    // The next Tab continues from the main content, not from the top of the page.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrapper.querySelector('main a'));
  });

  it('takes focus from a script: focus() on the element focuses its link', async () => {
    // Firefox delegates focus only from a host that has a box: the host must not be display: contents.
    const wrapper = await fixture<HTMLElement>(html`<p>Before <sugam-skip-link></sugam-skip-link> after</p>`);
    const el = wrapper.querySelector('sugam-skip-link')!;
    el.focus();
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement).to.equal(link(el));
    el.blur();
    // Out of the flow: the paragraph's text is laid out as if the link were not there.
    const text = wrapper.getBoundingClientRect();
    const plain = await fixture<HTMLElement>(html`<p>Before after</p>`);
    expect(text.height).to.equal(plain.getBoundingClientRect().height);
  });

  it('goes to the element named by href, keeping a tabindex it already has', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-skip-link href="#content"></sugam-skip-link>
        <main>Main</main>
        <div id="content" tabindex="0">Content</div>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-skip-link')!;
    link(el).click();
    const target = wrapper.querySelector<HTMLElement>('#content')!;
    expect(document.activeElement).to.equal(target);
    expect(target.getAttribute('tabindex')).to.equal('0');
  });

  it('falls back to the <main> landmark when the id does not exist', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-skip-link href="#missing"></sugam-skip-link>
        <div role="main">Main</div>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-skip-link')!;
    link(el).click();
    expect(document.activeElement).to.equal(wrapper.querySelector('[role="main"]'));
  });

  it('never renders a javascript: URL', async () => {
    const el = await fixture<SugamSkipLink>(html`<sugam-skip-link href="javascript:alert(1)"></sugam-skip-link>`);
    expect(link(el).getAttribute('href')).to.equal('#main');
  });
});
