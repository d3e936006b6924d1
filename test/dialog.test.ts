import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@sugam/components/dialog';
import '@sugam/components/drawer';
import type { SugamDialog, RequestCloseDetail } from '@sugam/components/dialog';
import type { SugamDrawer } from '@sugam/components/drawer';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings, loadTokens } from './helpers.js';

const panel = (el: SugamDialog | SugamDrawer) => el.shadowRoot!.querySelector('dialog')!;
const closeButton = (el: SugamDialog | SugamDrawer) => el.shadowRoot!.querySelector<HTMLButtonElement>('.close')!;

/** The focused element, looking into shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function openWith(opener: HTMLElement, el: SugamDialog | SugamDrawer): Promise<void> {
  opener.focus();
  const shown = oneEvent(el, 'sugam-after-show');
  el.show();
  await shown;
}

/** A small dialog opened from a button before it, as a page would. */
async function openInfoDialog(): Promise<SugamDialog> {
  const wrapper = await fixture<HTMLElement>(
    html`<div>
      <button>Open</button><sugam-dialog label="Info" size="s"><p>Text</p></sugam-dialog>
    </div>`,
  );
  const el = wrapper.querySelector('sugam-dialog')!;
  await openWith(wrapper.querySelector('button')!, el);
  return el;
}

async function closed(el: SugamDialog | SugamDrawer): Promise<void> {
  await oneEvent(el, 'sugam-after-close');
}

/** The text of the element the `<dialog>` is labelled by, in the flat tree (slotted content included). */
function nameOf(el: SugamDialog | SugamDrawer): string {
  const id = panel(el).getAttribute('aria-labelledby')!;
  const title = el.shadowRoot!.getElementById(id)!;
  const text = (node: Node): string =>
    node instanceof HTMLSlotElement
      ? (node.assignedNodes().length ? node.assignedNodes() : [...node.childNodes]).map(text).join('')
      : node.nodeType === Node.TEXT_NODE
        ? node.textContent!
        : [...node.childNodes].map(text).join('');
  return text(title).trim();
}

describe('<sugam-dialog>', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll<SugamDialog | SugamDrawer>('sugam-dialog, sugam-drawer')) el.remove();
  });

  it('is accessible when open, in English, Hindi, Tamil and Urdu', async () => {
    const texts: Record<string, string> = {
      en: 'Confirm submission',
      hi: 'आवेदन जमा करने की पुष्टि करें',
      ta: 'சமர்ப்பிப்பை உறுதிப்படுத்தவும்',
      ur: 'درخواست جمع کرانے کی تصدیق کریں',
    };
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-dialog label=${texts[lang]!} open>
            <p>${texts[lang]}</p>
            <button slot="footer">OK</button>
          </sugam-dialog>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-dialog')!;
      await el.updateComplete;
      await expect(wrapper, lang).to.be.accessible();
      el.remove();
    }
  });

  it('opens modally with showModal(): a named dialog with aria-modal, the page inert', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="outside">Outside</button>
        <sugam-dialog label="Confirm submission"><p>Text</p></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    expect(panel(el).open).to.equal(false);
    await openWith(wrapper.querySelector('button')!, el);
    expect(el.open).to.equal(true);
    expect(el.hasAttribute('open')).to.equal(true);
    expect(panel(el).matches(':modal')).to.equal(true);
    expect(panel(el).getAttribute('aria-modal')).to.equal('true');
    expect(nameOf(el)).to.equal('Confirm submission');
    // Everything outside is inert: it cannot take focus.
    const outside = wrapper.querySelector<HTMLButtonElement>('#outside')!;
    outside.focus();
    expect(document.activeElement).not.to.equal(outside);
  });

  it('is named by a slotted heading too', async () => {
    const el = await fixture<SugamDialog>(
      html`<sugam-dialog
        ><h2 slot="heading">Delete draft?</h2>
        <p>This cannot be undone.</p></sugam-dialog
      >`,
    );
    const shown = oneEvent(el, 'sugam-after-show');
    el.open = true;
    await shown;
    expect(nameOf(el)).to.equal('Delete draft?');
  });

  it('warns once when opened without a name (no label, no heading)', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SugamDialog>(html`<sugam-dialog><p>Text</p></sugam-dialog>`);
      const shown = oneEvent(el, 'sugam-after-show');
      el.show();
      await shown;
      el.close();
      await closed(el);
      const again = oneEvent(el, 'sugam-after-show');
      el.show();
      await again;
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('needs a heading');
  });

  it('moves focus to the autofocus element, else the first focusable content, else the dialog', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button>
        <sugam-dialog id="a" label="A"
          ><input aria-label="First" /><input aria-label="Second" autofocus
        /></sugam-dialog>
        <sugam-dialog id="b" label="B"
          ><p>Text <a href="#x">link</a></p></sugam-dialog
        >
        <sugam-dialog id="c" label="C"
          ><p>Only text</p>
          <button slot="footer">OK</button></sugam-dialog
        >
      </div>`,
    );
    const opener = wrapper.querySelector('button')!;
    const [a, b, c] = [...wrapper.querySelectorAll('sugam-dialog')];
    await openWith(opener, a!);
    expect(deepActive()?.getAttribute('aria-label')).to.equal('Second');
    a!.close();
    await closed(a!);
    await openWith(opener, b!);
    expect(deepActive()?.textContent).to.equal('link');
    b!.close();
    await closed(b!);
    await openWith(opener, c!);
    expect(deepActive()).to.equal(panel(c!));
  });

  it('keeps Tab inside and returns focus to the opener on close', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="opener">Open</button>
        <sugam-dialog label="Edit"><input aria-label="Name" /><button slot="footer">Save</button></sugam-dialog>
        <button id="after">After</button>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    const opener = wrapper.querySelector<HTMLButtonElement>('#opener')!;
    await openWith(opener, el);
    const input = el.querySelector('input')!;
    expect(deepActive()).to.equal(input);
    // Forward to the footer, back past the content to the ×: the dialog's controls in their order.
    const path: (Element | null)[] = [];
    for (const back of [false, true, true]) {
      if (back) await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      if (back) await sendKeys({ up: 'Shift' });
      path.push(deepActive());
    }
    expect(path).to.deep.equal([el.querySelector('button'), input, closeButton(el)]);
    // The page behind is inert: nothing there takes focus while the dialog is open. (Tab past the last control
    // wraps to the × in Chromium; Firefox goes to its own toolbar first. Either way, not to the page.)
    for (const outside of [opener, wrapper.querySelector<HTMLButtonElement>('#after')!]) {
      outside.focus();
      expect(deepActive(), outside.id).to.equal(closeButton(el));
    }
    const done = closed(el);
    el.close('saved');
    await done;
    expect(el.returnValue).to.equal('saved');
    expect(document.activeElement).to.equal(opener);
  });

  it('closes on Escape with a cancelable sugam-request-close (reason escape), again and again', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button><sugam-dialog label="Edit"><input aria-label="Name" /></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    const reasons: string[] = [];
    let refuse = true;
    el.addEventListener('sugam-request-close', (event: CustomEvent<RequestCloseDetail>) => {
      reasons.push(event.detail.reason);
      if (refuse) event.preventDefault();
    });
    await openWith(wrapper.querySelector('button')!, el);
    await sendKeys({ press: 'Escape' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    expect(panel(el).open).to.equal(true);
    expect(reasons).to.deep.equal(['escape', 'escape']);
    refuse = false;
    const done = closed(el);
    await sendKeys({ press: 'Escape' });
    await done;
    expect(el.open).to.equal(false);
    expect(panel(el).open).to.equal(false);
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('closes with the submitter’s value when a form with method="dialog" inside is submitted', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button>
        <sugam-dialog label="Confirm">
          <form method="dialog"><button value="yes">Yes</button><button value="no">No</button></form>
        </sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    await openWith(wrapper.querySelector('button')!, el);
    const done = closed(el);
    el.querySelector<HTMLButtonElement>('button[value="no"]')!.click();
    await done;
    expect(el.returnValue).to.equal('no');
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('has a localized close button that asks to close with reason close-button', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi">
        <button>खोलें</button><sugam-dialog label="पुष्टि करें"><p>पाठ</p></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    await openWith(wrapper.querySelector('button')!, el);
    expect(closeButton(el).getAttribute('aria-label')).to.equal('बंद करें');
    const request = oneEvent(el, 'sugam-request-close');
    closeButton(el).click();
    expect((await request).detail.reason).to.equal('close-button');
    await closed(el);
    expect(el.open).to.equal(false);
  });

  it('closes on a backdrop click only with light-dismiss', async () => {
    const el = await openInfoDialog();
    await sendMouse({ type: 'click', position: [2, 2] });
    await el.updateComplete;
    expect(el.open).to.equal(true);
    // A click inside the panel never closes it.
    const rect = panel(el).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 10), Math.round(rect.bottom - 10)] });
    expect(el.open).to.equal(true);
    el.lightDismiss = true;
    await el.updateComplete;
    const request = oneEvent(el, 'sugam-request-close');
    await sendMouse({ type: 'click', position: [2, 2] });
    expect((await request).detail.reason).to.equal('backdrop');
    await closed(el);
    expect(el.open).to.equal(false);
  });

  it('dims the page as asked: the theme scrim by default, medium, light or blurred; high contrast keeps its scrim', async () => {
    await loadTokens();
    const root = document.documentElement;
    const el = await openInfoDialog();
    const backdrop = () => getComputedStyle(panel(el), '::backdrop');
    const alpha = () => Number(/rgba?\(.*?,.*?,.*?(?:,\s*([\d.]+))?\)/.exec(backdrop().backgroundColor)![1] ?? 1);
    expect(el.getAttribute('backdrop')).to.equal(null);
    expect(alpha()).to.be.closeTo(0.7, 0.01);
    const seen: Record<string, [number, string]> = {};
    for (const value of ['medium', 'light', 'blur'] as const) {
      el.backdrop = value;
      await el.updateComplete;
      seen[value] = [alpha(), backdrop().backdropFilter];
    }
    expect(seen).to.deep.equal({ medium: [0.5, 'none'], light: [0.25, 'none'], blur: [0.25, 'blur(4px)'] });
    // The visitor's high-contrast theme keeps the strong scrim whatever the page asked for.
    root.dataset.sugamTheme = 'high-contrast';
    try {
      expect(alpha()).to.be.closeTo(0.8, 0.01);
    } finally {
      delete root.dataset.sugamTheme;
    }
    // An unknown value warns once and keeps the default scrim.
    const warnings = await captureWarnings(async () => {
      el.setAttribute('backdrop', 'frosted');
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('backdrop="frosted"'))).to.have.length(1);
    expect(alpha()).to.be.closeTo(0.7, 0.01);
  });

  it('locks page scrolling while open and restores the page style exactly', async () => {
    const root = document.documentElement;
    root.style.setProperty('overflow', 'clip');
    const wrapper = await fixture<HTMLElement>(
      html`<div style="block-size: 300vh">
        <button>Open</button><sugam-dialog label="Info"><p>x</p></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    await openWith(wrapper.querySelector('button')!, el);
    expect(getComputedStyle(root).overflow).to.equal('hidden');
    el.close();
    await closed(el);
    expect(root.style.getPropertyValue('overflow')).to.equal('clip');
    expect(root.style.getPropertyPriority('overflow')).to.equal('');
    root.style.removeProperty('overflow');
    await openWith(wrapper.querySelector('button')!, el);
    el.close();
    await closed(el);
    expect(root.getAttribute('style') ?? '').to.equal('');
  });

  it('fires show, after-show, close and after-close in order, with the return value', async () => {
    const el = await fixture<SugamDialog>(html`<sugam-dialog label="Info"><p>x</p></sugam-dialog>`);
    const events: string[] = [];
    for (const name of ['sugam-show', 'sugam-after-show', 'sugam-close', 'sugam-after-close'])
      el.addEventListener(name, (event) => {
        events.push(name === 'sugam-close' ? `${name}:${(event as CustomEvent).detail.returnValue}` : name);
      });
    const shown = oneEvent(el, 'sugam-after-show');
    el.setAttribute('open', '');
    await shown;
    const done = closed(el);
    el.close('ok');
    await done;
    expect(events).to.deep.equal(['sugam-show', 'sugam-after-show', 'sugam-close:ok', 'sugam-after-close']);
  });

  it('shows its footer only when actions are slotted; unknown size falls back with a warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    let el: SugamDialog;
    try {
      el = await fixture<SugamDialog>(html`<sugam-dialog label="Info" size="xl"><p>x</p></sugam-dialog>`);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.deep.equal(['[sugam] <sugam-dialog> size="xl" is not one of s, m, l; using "m".']);
    const footer = el.shadowRoot!.querySelector<HTMLElement>('[part="footer"]')!;
    expect(footer.hidden).to.equal(true);
    const button = document.createElement('button');
    button.slot = 'footer';
    button.textContent = 'OK';
    el.append(button);
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(footer.hidden).to.equal(false);
  });

  it('animates in and out, and not at all with prefers-reduced-motion', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button><sugam-dialog label="Info"><p>x</p></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    const shown = oneEvent(el, 'sugam-after-show');
    el.show();
    await el.updateComplete;
    expect(panel(el).getAnimations().length).to.be.greaterThan(0);
    await shown;
    el.close();
    await closed(el);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      el.show();
      await el.updateComplete;
      expect(panel(el).getAnimations()).to.deep.equal([]);
      el.close();
      await el.updateComplete;
      // Without motion the dialog closes at once.
      expect(panel(el).open).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('stays modal when moved in the document while open', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button>
        <section></section>
        <sugam-dialog label="Info"><p>x</p></sugam-dialog>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-dialog')!;
    await openWith(wrapper.querySelector('button')!, el);
    wrapper.querySelector('section')!.append(el);
    await el.updateComplete;
    expect(panel(el).matches(':modal')).to.equal(true);
    const done = closed(el);
    el.close();
    await done;
    expect(document.documentElement.style.getPropertyValue('overflow')).to.equal('');
  });

  it('fills the width at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>Open</button><sugam-dialog label="Info" size="l"><p>x</p></sugam-dialog>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-dialog')!;
      await openWith(wrapper.querySelector('button')!, el);
      const rect = panel(el).getBoundingClientRect();
      expect(rect.width).to.be.within(300, 320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });
});

describe('<sugam-drawer>', () => {
  afterEach(() => {
    for (const el of document.querySelectorAll('sugam-drawer')) el.remove();
  });

  it('is accessible when open, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-drawer label="Filters" open><p>Content</p></sugam-drawer>
        </div>`,
      );
      await wrapper.querySelector('sugam-drawer')!.updateComplete;
      await expect(wrapper, lang).to.be.accessible();
      wrapper.querySelector('sugam-drawer')!.remove();
    }
  });

  it('sits at the logical edge: start is left in LTR and right in RTL; end the other way', async () => {
    for (const [dir, placement, edge] of [
      ['ltr', 'start', 'left'],
      ['rtl', 'start', 'right'],
      ['ltr', 'end', 'right'],
      ['rtl', 'end', 'left'],
    ] as const) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir}>
          <button>Open</button>
          <sugam-drawer label="Filters" placement=${placement}><p>Content</p></sugam-drawer>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-drawer')!;
      await openWith(wrapper.querySelector('button')!, el);
      const rect = panel(el).getBoundingClientRect();
      if (edge === 'left') expect(rect.left, `${dir} ${placement}`).to.equal(0);
      else expect(rect.right, `${dir} ${placement}`).to.equal(window.innerWidth);
      expect(rect.height).to.equal(window.innerHeight);
      el.remove();
    }
  });

  it('takes the same backdrops as the dialog', async () => {
    await loadTokens();
    const el = await fixture<SugamDrawer>(
      html`<sugam-drawer label="Filters" backdrop="blur" open><p>Content</p></sugam-drawer>`,
    );
    await el.updateComplete;
    const backdrop = getComputedStyle(panel(el), '::backdrop');
    expect(backdrop.backgroundColor).to.equal('rgba(23, 23, 23, 0.25)');
    expect(backdrop.backdropFilter).to.equal('blur(4px)');
  });

  it('sits at the top or the bottom, full width', async () => {
    for (const placement of ['top', 'bottom'] as const) {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <button>Open</button><sugam-drawer label="Notice" placement=${placement}><p>x</p></sugam-drawer>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-drawer')!;
      await openWith(wrapper.querySelector('button')!, el);
      const rect = panel(el).getBoundingClientRect();
      expect(rect.width).to.equal(window.innerWidth);
      if (placement === 'top') expect(rect.top).to.equal(0);
      else expect(rect.bottom).to.equal(window.innerHeight);
      el.remove();
    }
  });

  it('shares the modal behaviour: focus in, Escape asks to close, focus back', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button><sugam-drawer label="Menu"><a href="#home">Home</a></sugam-drawer>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-drawer')!;
    await openWith(wrapper.querySelector('button')!, el);
    expect(panel(el).matches(':modal')).to.equal(true);
    expect(deepActive()?.textContent).to.equal('Home');
    const request = oneEvent(el, 'sugam-request-close');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail.reason).to.equal('escape');
    await closed(el);
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });
});
