import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/tooltip';
import '@sugam/components/button';
import '@sugam/components/dialog';
import '@sugam/components/text-field';
import type { SugamTooltip } from '@sugam/components/tooltip';
import { loadLocale } from '@sugam/i18n';
import { withPageDirection } from './helpers.js';

const popup = (el: SugamTooltip) => el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
const shown = (el: SugamTooltip) => popup(el).matches(':popover-open');
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const centre = (element: Element): [number, number] => {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
};

/** The description the anchor's aria-describedby points at, resolved in the anchor's own tree. */
function description(anchor: Element): string {
  const root = anchor.getRootNode() as Document | ShadowRoot;
  return (anchor.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)?.textContent?.trim() ?? `#${id} missing`)
    .join(' ');
}

describe('<sugam-tooltip>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is accessible hidden and shown, in English, Hindi, Tamil and Urdu', async () => {
    const texts: Record<string, [string, string]> = {
      en: ['Help', 'Your 12-digit Aadhaar number'],
      hi: ['सहायता', 'आपका 12 अंकों का आधार नंबर'],
      ta: ['உதவி', 'உங்கள் 12 இலக்க ஆதார் எண்'],
      ur: ['مدد', 'آپ کا 12 ہندسوں کا آدھار نمبر'],
    };
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const [label, text] = texts[lang]!;
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'} style="padding: 4rem">
          <sugam-tooltip content=${text}><button>${label}</button></sugam-tooltip>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-tooltip')!;
      await expect(wrapper, `${lang} hidden`).to.be.accessible();
      el.show();
      await el.updateComplete;
      await expect(wrapper, `${lang} shown`).to.be.accessible();
    }
  });

  it('describes its anchor with aria-describedby to a light-DOM text element, keeping the page’s own ids', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <p id="extra">Extra</p>
        <sugam-tooltip content="Opens the form"><button aria-describedby="extra">Apply</button></sugam-tooltip>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-tooltip')!;
    await el.updateComplete;
    const button = wrapper.querySelector('button')!;
    expect(description(button)).to.equal('Extra Opens the form');
    const [, id] = button.getAttribute('aria-describedby')!.split(' ');
    // The referenced element is in the same tree as the button (an id cannot reach into a shadow root).
    expect(document.getElementById(id!)?.closest('sugam-tooltip')).to.equal(el);
    expect(popup(el).getAttribute('role')).to.equal('tooltip');
    el.content = 'Opens the application form';
    await el.updateComplete;
    await el.updateComplete;
    expect(description(button)).to.equal('Extra Opens the application form');
    el.remove();
    expect(button.getAttribute('aria-describedby')).to.equal('extra');
  });

  it('writes content as text, never as HTML; a slotted content element works too', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-tooltip .content=${'<b>bold</b>'}><button>A</button></sugam-tooltip>
        <sugam-tooltip
          ><button>B</button><span slot="content">Rich <b>text</b></span></sugam-tooltip
        >
      </div>`,
    );
    const [a, b] = [...wrapper.querySelectorAll('sugam-tooltip')];
    await a!.updateComplete;
    await b!.updateComplete;
    expect(a!.querySelector('b')).to.equal(null);
    expect(description(wrapper.querySelectorAll('button')[0]!)).to.equal('<b>bold</b>');
    expect(description(wrapper.querySelectorAll('button')[1]!)).to.equal('Rich text');
  });

  it('points at an element elsewhere with for="id"', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 4rem">
        <input id="pin" aria-label="PIN code" />
        <sugam-tooltip for="pin" content="Six digits"></sugam-tooltip>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-tooltip')!;
    await el.updateComplete;
    const input = wrapper.querySelector('input')!;
    expect(description(input)).to.equal('Six digits');
    input.focus();
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
  });

  it('shows at once on keyboard focus and hides on blur', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 4rem">
        <button id="before">Before</button>
        <sugam-tooltip content="Tip"><button>Help</button></sugam-tooltip>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-tooltip')!;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    expect(el.open).to.equal(true);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
  });

  it('shows on hover after a short delay, and stays while the pointer is on the tooltip', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 6rem">
        <sugam-tooltip content="A longer description of this control"><button>Help</button></sugam-tooltip>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-tooltip')!;
    const button = wrapper.querySelector('button')!;
    await sendMouse({ type: 'move', position: centre(button) });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    await oneEvent(el, 'sugam-show');
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    // Across the gap and onto the tooltip: it stays (WCAG 1.4.13 hoverable).
    const [x] = centre(button);
    const tip = popup(el).getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, Math.round(tip.bottom + 4)] });
    await sendMouse({ type: 'move', position: centre(popup(el)) });
    await wait(400);
    expect(shown(el)).to.equal(true);
    await sendMouse({ type: 'move', position: [2, 2] });
    await oneEvent(el, 'sugam-hide');
    expect(shown(el)).to.equal(false);
  });

  it('is dismissed by Escape without moving focus, and Escape does not also close a dialog around it', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button id="open">Open</button>
        <sugam-dialog label="Details">
          <sugam-tooltip content="Tip"><button id="help">Help</button></sugam-tooltip>
        </sugam-dialog>
      </div>`,
    );
    const dialog = wrapper.querySelector('sugam-dialog')!;
    const el = wrapper.querySelector('sugam-tooltip')!;
    const help = wrapper.querySelector<HTMLButtonElement>('#help')!;
    const opened = oneEvent(dialog, 'sugam-after-show');
    dialog.show();
    await opened;
    expect(document.activeElement).to.equal(help);
    await el.updateComplete;
    expect(shown(el)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(shown(el)).to.equal(false);
    expect(document.activeElement).to.equal(help);
    expect(dialog.open).to.equal(true);
    // A second Escape, with no tooltip shown, is the dialog's.
    const request = oneEvent(dialog, 'sugam-request-close');
    await sendKeys({ press: 'Escape' });
    expect((await request).detail.reason).to.equal('escape');
    dialog.remove();
  });

  it('sits above its anchor, flips below when there is no room, and start is the right side in RTL', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div style="padding-block-start: 0; padding-inline: 40vw">
          <sugam-tooltip id="top" content="At the top"><button>Top</button></sugam-tooltip>
        </div>
        <div style="padding: 8rem 40vw">
          <sugam-tooltip id="mid" content="Middle"><button>Middle</button></sugam-tooltip>
        </div>
        <div dir="rtl" style="padding: 2rem 40vw">
          <sugam-tooltip id="rtl" placement="start" content="Start"><button>RTL</button></sugam-tooltip>
        </div>
      </div>`,
    );
    const [top, mid, rtl] = [...wrapper.querySelectorAll('sugam-tooltip')];
    for (const el of [top!, mid!, rtl!]) {
      el.show();
      await el.updateComplete;
    }
    const rect = (el: SugamTooltip) => popup(el).getBoundingClientRect();
    const anchor = (el: SugamTooltip) => el.querySelector('button')!.getBoundingClientRect();
    expect(mid!.side).to.equal('top');
    expect(rect(mid!).bottom).to.be.at.most(anchor(mid!).top);
    expect(top!.side).to.equal('bottom');
    expect(rect(top!).top).to.be.at.least(anchor(top!).bottom);
    expect(rtl!.side).to.equal('right');
    expect(rect(rtl!).left).to.be.at.least(anchor(rtl!).right);
  });

  it('describes the inner control of a Sugam component anchor by element reference', async () => {
    const el = await fixture<SugamTooltip>(
      html`<sugam-tooltip content="Downloads a PDF"><sugam-button>Download</sugam-button></sugam-tooltip>`,
    );
    const host = el.querySelector('sugam-button')!;
    await host.updateComplete;
    await el.updateComplete;
    const inner = host.shadowRoot!.querySelector('button') as HTMLButtonElement & {
      ariaDescribedByElements: Element[] | null;
    };
    expect(inner.ariaDescribedByElements?.map((node) => node.textContent)).to.deep.equal(['Downloads a PDF']);
    expect(description(host)).to.equal('Downloads a PDF');
  });
  it('keeps a field’s own hint and message in the description of its input, also after the message changes', async () => {
    const el = await fixture<SugamTooltip>(
      html`<sugam-tooltip content="As on your Aadhaar card"
        ><sugam-text-field label="Full name" hint="In capital letters"></sugam-text-field
      ></sugam-tooltip>`,
    );
    const field = el.querySelector('sugam-text-field')!;
    await field.updateComplete;
    await el.updateComplete;
    const input = field.shadowRoot!.querySelector('input') as HTMLInputElement & {
      ariaDescribedByElements: Element[] | null;
    };
    const texts = () => input.ariaDescribedByElements?.map((node) => node.textContent!.trim());
    expect(texts()).to.deep.equal(['In capital letters', 'As on your Aadhaar card']);
    // The field writes its own aria-describedby again (a message appears): the tooltip links again after it.
    field.errorMessage = 'Enter your full name';
    await field.updateComplete;
    await waitUntil(() => texts()?.length === 3, 'the tooltip to link again');
    expect(texts()).to.deep.equal(['In capital letters', 'Error: Enter your full name', 'As on your Aadhaar card']);
  });

  describe('placement in a section whose direction differs from the page', () => {
    // Placed by script in physical coordinates from the tooltip's own direction, never the page root's.
    const rect = (el: SugamTooltip) => popup(el).getBoundingClientRect();
    const anchor = (el: SugamTooltip) => el.querySelector('button')!.getBoundingClientRect();

    it('in an Urdu (rtl) section of an ltr page: start is the right side, end the left', async () => {
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl" lang="ur" style="padding: 2rem 40vw">
          <sugam-tooltip placement="start" content="شروع"><button>ایک</button></sugam-tooltip>
          <sugam-tooltip placement="end" content="آخر"><button>دو</button></sugam-tooltip>
        </div>`,
      );
      const [start, end] = [...wrapper.querySelectorAll('sugam-tooltip')];
      for (const el of [start!, end!]) {
        el.show();
        await el.updateComplete;
      }
      expect(start!.side).to.equal('right');
      expect(rect(start!).left).to.be.at.least(anchor(start!).right);
      expect(end!.side).to.equal('left');
      expect(rect(end!).right).to.be.at.most(anchor(end!).left);
    });

    it('in an English (ltr) section of an rtl page: start is the left side, end the right', async () => {
      await withPageDirection('rtl', async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<div dir="ltr" lang="en" style="padding: 2rem 40vw">
            <sugam-tooltip placement="start" content="Start"><button>One</button></sugam-tooltip>
            <sugam-tooltip placement="end" content="End"><button>Two</button></sugam-tooltip>
          </div>`,
        );
        const [start, end] = [...wrapper.querySelectorAll('sugam-tooltip')];
        for (const el of [start!, end!]) {
          el.show();
          await el.updateComplete;
        }
        expect(start!.side).to.equal('left');
        expect(rect(start!).right).to.be.at.most(anchor(start!).left);
        expect(end!.side).to.equal('right');
        expect(rect(end!).left).to.be.at.least(anchor(end!).right);
      });
    });
  });

  describe('forced colours', () => {
    before(async () => {
      await executeServerCommand('emulate-forced-colors', 'active');
      expect(matchMedia('(forced-colors: active)').matches, 'forced colours emulated').to.equal(true);
    });
    after(() => executeServerCommand('emulate-forced-colors', 'none'));

    it('is not inverted: CanvasText on Canvas, with a border', async () => {
      const probe = document.createElement('span');
      probe.style.cssText = 'color: CanvasText; background-color: Canvas';
      document.body.append(probe);
      const { color: canvasText, backgroundColor: canvas } = getComputedStyle(probe);
      probe.remove();
      const el = await fixture<SugamTooltip>(
        html`<sugam-tooltip content="Your 12-digit Aadhaar number"><button>Help</button></sugam-tooltip>`,
      );
      el.show();
      await el.updateComplete;
      const style = getComputedStyle(popup(el));
      expect(shown(el)).to.equal(true);
      expect(style.color).to.equal(canvasText);
      expect(style.backgroundColor).to.equal(canvas);
      expect(style.borderColor).to.equal(canvasText);
    });
  });
});
