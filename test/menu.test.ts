import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '@sugam/components/menu';
import '@sugam/components/dialog';
import type { SugamMenu, SugamMenuItem } from '@sugam/components/menu';
import { foldForTypeahead } from '@sugam/components/menu';
import { loadLocale } from '@sugam/i18n';
import { headsInto } from '../packages/components/src/internal/popup.js';
import { navigationTime, scrollPageBy, withPageDirection } from './helpers.js';

const trigger = (el: SugamMenu) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!;
const popup = (el: SugamMenu) => el.shadowRoot!.querySelector<HTMLElement>('[part="menu"]')!;
const focused = () => document.activeElement as SugamMenuItem | null;
const settle = async (el: SugamMenu) => {
  await el.updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
};

/** Types a character the way an Indic keyboard does: one keydown whose key is the whole character. */
function typeCharacter(character: string): void {
  document.activeElement!.dispatchEvent(
    new KeyboardEvent('keydown', { key: character, bubbles: true, composed: true, cancelable: true }),
  );
}

function basicMenu() {
  return fixture<HTMLElement>(
    html`<div>
      <sugam-menu label="Actions">
        <sugam-menu-item value="edit">Edit</sugam-menu-item>
        <sugam-menu-item value="print">Print</sugam-menu-item>
        <sugam-menu-item value="delete" disabled>Delete</sugam-menu-item>
        <sugam-menu-item value="share">Share</sugam-menu-item>
      </sugam-menu>
      <button id="after">After</button>
    </div>`,
  );
}

/** The basic menu with its trigger focused and `key` pressed, once the menu has settled. */
async function openedWith(key: string): Promise<SugamMenu> {
  const wrapper = await basicMenu();
  const el = wrapper.querySelector('sugam-menu')!;
  trigger(el).focus();
  await sendKeys({ press: key });
  await settle(el);
  return el;
}

describe('<sugam-menu>', () => {
  it('is accessible closed and open, in English, Hindi, Tamil and Urdu', async () => {
    const labels: Record<string, [string, string, string]> = {
      en: ['Actions', 'Download', 'Print'],
      hi: ['कार्रवाइयाँ', 'डाउनलोड करें', 'प्रिंट करें'],
      ta: ['செயல்கள்', 'பதிவிறக்கு', 'அச்சிடு'],
      ur: ['کارروائیاں', 'ڈاؤن لوڈ کریں', 'پرنٹ کریں'],
    };
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const [label, a, b] = labels[lang]!;
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-menu label=${label}>
            <sugam-menu-item>${a}</sugam-menu-item>
            <hr role="separator" />
            <sugam-menu-item type="checkbox" checked>${b}</sugam-menu-item>
            <sugam-menu-item href="https://example.org/" target="_blank">${b}</sugam-menu-item>
          </sugam-menu>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-menu')!;
      await expect(wrapper, `${lang} closed`).to.be.accessible();
      el.show();
      await settle(el);
      await expect(wrapper, `${lang} open`).to.be.accessible();
    }
  });

  it('renders a trigger with aria-haspopup and aria-expanded, a role=menu named by it, and menuitems', async () => {
    const wrapper = await basicMenu();
    const el = wrapper.querySelector('sugam-menu')!;
    await el.updateComplete;
    expect(trigger(el).getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
    expect(popup(el).getAttribute('role')).to.equal('menu');
    expect(popup(el).getAttribute('popover')).to.equal('manual');
    expect((popup(el) as HTMLElement & { ariaLabelledByElements: Element[] }).ariaLabelledByElements).to.deep.equal([
      trigger(el),
    ]);
    const items = [...el.querySelectorAll('sugam-menu-item')];
    expect(items.map((item) => item.getAttribute('role'))).to.deep.equal([
      'menuitem',
      'menuitem',
      'menuitem',
      'menuitem',
    ]);
    expect(items[2]!.getAttribute('aria-disabled')).to.equal('true');
    expect(popup(el).matches(':popover-open')).to.equal(false);
  });

  for (const key of ['Enter', 'Space', 'ArrowDown'] as const) {
    it(`opens with ${key} and focuses the first item`, async () => {
      const el = await openedWith(key);
      expect(el.open).to.equal(true);
      expect(popup(el).matches(':popover-open')).to.equal(true);
      expect(trigger(el).getAttribute('aria-expanded')).to.equal('true');
      expect(focused()?.value).to.equal('edit');
    });
  }

  it('opens with ArrowUp on the last item', async () => {
    await openedWith('ArrowUp');
    expect(focused()?.value).to.equal('share');
  });

  it('moves with the arrows (wrapping, disabled items included), Home and End', async () => {
    await openedWith('ArrowDown');
    const path: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowDown', 'ArrowUp', 'End', 'Home']) {
      await sendKeys({ press: key });
      path.push(focused()!.value);
    }
    expect(path).to.deep.equal(['print', 'delete', 'share', 'edit', 'share', 'share', 'edit']);
  });

  it('closes with Escape and returns focus to the trigger', async () => {
    const el = await openedWith('Enter');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(popup(el).matches(':popover-open')).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    expect(trigger(el).getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes with Tab, and focus moves on past the trigger', async () => {
    const el = await openedWith('Enter');
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(document.activeElement).to.equal(el.parentElement!.querySelector('#after'));
  });

  it('fires sugam-select with the value on Enter, Space and click, then closes; never for a disabled item', async () => {
    const wrapper = await basicMenu();
    const el = wrapper.querySelector('sugam-menu')!;
    const values: string[] = [];
    el.addEventListener('sugam-select', (event) => values.push(event.detail.value));
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(trigger(el));
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await settle(el);
    el.show();
    await settle(el);
    const disabled = el.querySelector<SugamMenuItem>('[value="delete"]')!;
    disabled.click();
    expect(el.open).to.equal(true);
    el.querySelector<SugamMenuItem>('[value="share"]')!.click();
    await settle(el);
    expect(values).to.deep.equal(['edit', 'print', 'share']);
    expect(el.open).to.equal(false);
  });

  it('type-ahead moves to the next item starting with the typed character, without case, cycling', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<sugam-menu label="Go">
        <sugam-menu-item>Apply</sugam-menu-item>
        <sugam-menu-item>status</sugam-menu-item>
        <sugam-menu-item>Services</sugam-menu-item>
        <sugam-menu-item>Schemes</sugam-menu-item>
      </sugam-menu>`,
    );
    const el = wrapper as unknown as SugamMenu;
    el.show();
    await settle(el);
    await sendKeys({ press: 'S' });
    expect(focused()?.text).to.equal('status');
    await sendKeys({ press: 's' });
    expect(focused()?.text).to.equal('Services');
    await new Promise((resolve) => setTimeout(resolve, 800));
    await sendKeys({ type: 'sch' });
    expect(focused()?.text).to.equal('Schemes');
  });

  it('type-ahead works in Indic scripts: whole characters, either Unicode form of a nukta letter', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi">
        <sugam-menu label="विकल्प">
          <sugam-menu-item>आधार</sugam-menu-item>
          <sugam-menu-item>किसान</sugam-menu-item>
          <sugam-menu-item>क्षेत्र</sugam-menu-item>
          <sugam-menu-item>ज़िला</sugam-menu-item>
        </sugam-menu>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-menu')!;
    el.show();
    await settle(el);
    typeCharacter('क');
    expect(focused()?.text).to.equal('किसान');
    typeCharacter('क');
    expect(focused()?.text).to.equal('क्षेत्र');
    await new Promise((resolve) => setTimeout(resolve, 800));
    // ज़ typed as the one precomposed code point U+095B matches ज + nukta in the item's text, and back.
    typeCharacter('\u095B');
    expect(focused()?.text).to.equal('ज़िला');
    expect(foldForTypeahead('\u095B', 'hi')).to.equal(foldForTypeahead('\u091C\u093C', 'hi'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    // A key that inserts a whole conjunct (one grapheme of several code points).
    typeCharacter('क्ष');
    expect(focused()?.text).to.equal('क्षेत्र');
  });

  it('uses a slotted trigger button, giving it the ARIA states', async () => {
    const el = await fixture<SugamMenu>(
      html`<sugam-menu>
        <button slot="trigger">More</button>
        <sugam-menu-item>One</sugam-menu-item>
      </sugam-menu>`,
    );
    const button = el.querySelector('button')!;
    await el.updateComplete;
    expect(button.getAttribute('aria-haspopup')).to.equal('menu');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    // The rendered trigger is only the slot's fallback: not shown.
    expect(trigger(el).checkVisibility()).to.equal(false);
    button.focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(focused()?.text).to.equal('One');
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(document.activeElement).to.equal(button);
    await expect(el).to.be.accessible();
  });

  it('has checkbox and radio items with aria-checked that stay open when toggled', async () => {
    const el = await fixture<SugamMenu>(
      html`<sugam-menu label="View">
        <sugam-menu-item type="checkbox" value="grid">Grid</sugam-menu-item>
        <sugam-menu-item type="radio" value="hi" checked>हिन्दी</sugam-menu-item>
        <sugam-menu-item type="radio" value="en">English</sugam-menu-item>
      </sugam-menu>`,
    );
    const [grid, hindi, english] = [...el.querySelectorAll('sugam-menu-item')];
    el.show();
    await settle(el);
    expect(grid!.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(hindi!.getAttribute('role')).to.equal('menuitemradio');
    expect(grid!.getAttribute('aria-checked')).to.equal('false');
    const selected = oneEvent(el, 'sugam-select');
    await sendKeys({ press: 'Space' });
    expect((await selected).detail.checked).to.equal(true);
    await grid!.updateComplete;
    expect(grid!.getAttribute('aria-checked')).to.equal('true');
    expect(el.open).to.equal(true);
    english!.click();
    await english!.updateComplete;
    await hindi!.updateComplete;
    expect(english!.getAttribute('aria-checked')).to.equal('true');
    expect(hindi!.getAttribute('aria-checked')).to.equal('false');
  });

  it('follows the link of a link item unless sugam-select is prevented', async () => {
    const el = await fixture<SugamMenu>(
      html`<sugam-menu label="Go">
        <sugam-menu-item href="#menu-target">Target</sugam-menu-item>
      </sugam-menu>`,
    );
    const item = el.querySelector('sugam-menu-item')!;
    const prevent = (event: Event) => event.preventDefault();
    el.addEventListener('sugam-select', prevent);
    el.show();
    await settle(el);
    item.click();
    // Firefox follows a link in a later task (Chromium at once): give it the time it would take.
    await navigationTime();
    expect(location.hash).to.equal('');
    el.removeEventListener('sugam-select', prevent);
    item.click();
    await waitUntil(() => location.hash === '#menu-target', 'the link was followed');
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('follows a link item once: the link it clicks is not taken for another choice', async () => {
    const el = await fixture<SugamMenu>(
      html`<sugam-menu label="Go">
        <sugam-menu-item href="#menu-once">Target</sugam-menu-item>
      </sugam-menu>`,
    );
    let choices = 0;
    el.addEventListener('sugam-select', () => choices++);
    el.show();
    await settle(el);
    el.querySelector('sugam-menu-item')!.click();
    await waitUntil(() => location.hash === '#menu-once', 'the link was followed');
    expect(choices).to.equal(1);
    history.replaceState(null, '', location.pathname + location.search);
  });

  it('says in the reader’s language that a link item opens a new tab', async () => {
    await loadLocale('hi');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi">
        <sugam-menu label="साइटें">
          <sugam-menu-item href="https://www.digilocker.gov.in/" target="_blank">डिजिलॉकर</sugam-menu-item>
        </sugam-menu>
      </div>`,
    );
    const item = wrapper.querySelector('sugam-menu-item')!;
    await item.updateComplete;
    expect(item.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(नए टैब में खुलता है)');
    // Type-ahead reads only the visible text.
    expect(item.text).to.equal('डिजिलॉकर');
  });

  it('warns once when it has neither a label nor a slotted trigger', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<SugamMenu>(html`<sugam-menu><sugam-menu-item>One</sugam-menu-item></sugam-menu>`);
      el.show();
      await settle(el);
      el.hide();
      await settle(el);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('needs a label');
  });

  it('fires sugam-show and sugam-hide', async () => {
    const wrapper = await basicMenu();
    const el = wrapper.querySelector('sugam-menu')!;
    const shown = oneEvent(el, 'sugam-show');
    el.show();
    await shown;
    const hidden = oneEvent(el, 'sugam-hide');
    el.hide();
    await hidden;
  });

  it('mirrors in right-to-left text: the popup starts at the trigger’s right edge', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div dir="rtl" style="padding-inline: 200px">
        <sugam-menu label="قائمہ"><sugam-menu-item>ایک</sugam-menu-item></sugam-menu>
      </div>`,
    );
    const el = wrapper.querySelector('sugam-menu')!;
    el.show('none');
    await settle(el);
    const menuRect = popup(el).getBoundingClientRect();
    const triggerRect = trigger(el).getBoundingClientRect();
    expect(Math.abs(menuRect.right - triggerRect.right)).to.be.below(2);
  });

  it('in an English (ltr) section of a right-to-left page: the popup starts at the trigger’s left edge', async () => {
    await withPageDirection('rtl', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="ltr" lang="en" style="padding-inline: 200px">
          <sugam-menu label="Menu"><sugam-menu-item>One</sugam-menu-item></sugam-menu>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-menu')!;
      el.show('none');
      await settle(el);
      const menuRect = popup(el).getBoundingClientRect();
      const triggerRect = trigger(el).getBoundingClientRect();
      expect(menuRect.width).to.be.greaterThan(triggerRect.width + 20);
      expect(Math.abs(menuRect.left - triggerRect.left)).to.be.below(2);
    });
  });

  it('closes on a click outside, without moving focus', async () => {
    const wrapper = await basicMenu();
    const el = wrapper.querySelector('sugam-menu')!;
    el.show();
    await settle(el);
    await sendMouse({ type: 'click', position: [600, 500] });
    await settle(el);
    expect(el.open).to.equal(false);
  });

  it('places the menu against the trigger, below it, flipping up near the bottom', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="block-size: 90vh; position: relative">
        <sugam-menu label="Top"
          ><sugam-menu-item>One</sugam-menu-item><sugam-menu-item>Two</sugam-menu-item></sugam-menu
        >
        <sugam-menu label="Bottom" style="position: absolute; inset-block-end: 0">
          <sugam-menu-item>One</sugam-menu-item><sugam-menu-item>Two</sugam-menu-item>
        </sugam-menu>
      </div>`,
    );
    const [top, bottom] = [...wrapper.querySelectorAll('sugam-menu')];
    top!.show('none');
    await settle(top!);
    expect(popup(top!).getBoundingClientRect().top).to.be.at.least(trigger(top!).getBoundingClientRect().bottom);
    top!.hide();
    bottom!.show('none');
    await settle(bottom!);
    expect(popup(bottom!).getBoundingClientRect().bottom).to.be.at.most(trigger(bottom!).getBoundingClientRect().top);
  });

  it('inside a dialog, Escape closes only the menu', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Open</button>
        <sugam-dialog label="Edit">
          <sugam-menu label="Actions"><sugam-menu-item>One</sugam-menu-item></sugam-menu>
        </sugam-dialog>
      </div>`,
    );
    const dialog = wrapper.querySelector('sugam-dialog')!;
    const el = wrapper.querySelector('sugam-menu')!;
    const shown = oneEvent(dialog, 'sugam-after-show');
    dialog.show();
    await shown;
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(popup(el).matches(':popover-open')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(dialog.open).to.equal(true);
    dialog.remove();
  });

  it('works inside another component’s shadow root: the arrows and Enter find the focused item there', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<sugam-menu label="Actions">
      <sugam-menu-item value="print">Print</sugam-menu-item>
      <sugam-menu-item value="share">Share</sugam-menu-item>
    </sugam-menu>`;
    const el = root.querySelector<SugamMenu>('sugam-menu')!;
    await settle(el);
    const chosen: string[] = [];
    el.addEventListener('sugam-select', (event) => chosen.push(event.detail.value));
    trigger(el).focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(root.activeElement?.textContent?.trim()).to.equal('Print');
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement?.textContent?.trim()).to.equal('Share');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(chosen).to.deep.equal(['share']);
    expect(el.open).to.equal(false);
  });
});

describe('<sugam-menu> submenus', () => {
  const submenu = (item: SugamMenuItem) => item.shadowRoot!.querySelector<HTMLElement>('[part="submenu"]')!;

  function nestedMenu(lang = 'en', dir = 'ltr', padding = 120) {
    return fixture<HTMLElement>(
      html`<div lang=${lang} dir=${dir} style="padding-inline: ${padding}px">
        <sugam-menu label="Actions">
          <sugam-menu-item value="print">Print</sugam-menu-item>
          <sugam-menu-item value="share" id="share"
            >Share
            <sugam-menu-item slot="submenu" value="email">Email</sugam-menu-item>
            <sugam-menu-item slot="submenu" value="sms">SMS</sugam-menu-item>
            <hr slot="submenu" />
            <sugam-menu-item slot="submenu" value="more" id="more"
              >More
              <sugam-menu-item slot="submenu" value="qr">QR code</sugam-menu-item>
            </sugam-menu-item>
          </sugam-menu-item>
          <sugam-menu-item value="save">Save</sugam-menu-item>
        </sugam-menu>
        <!-- Tab out of the menu lands here, not outside the page (Firefox would move focus to its own toolbar). -->
        <button>After</button>
      </div>`,
    );
  }

  async function openOnShare(lang = 'en', dir = 'ltr', padding = 120) {
    const wrapper = await nestedMenu(lang, dir, padding);
    const el = wrapper.querySelector('sugam-menu')!;
    trigger(el).focus();
    await sendKeys({ press: 'Enter' });
    // The menu focuses its first item once it has rendered (later in a language still loading).
    await waitUntil(() => focused()?.value === 'print', 'the first item gets focus');
    await sendKeys({ press: 'ArrowDown' });
    const share = wrapper.querySelector<SugamMenuItem>('#share')!;
    await share.updateComplete;
    return { el, share, wrapper };
  }

  it('marks a submenu item with aria-haspopup and aria-expanded, leaves its items out of the menu’s and its text', async () => {
    const { el, share } = await openOnShare();
    expect(el.items.map((item) => item.value)).to.deep.equal(['print', 'share', 'save']);
    expect(share.getAttribute('aria-haspopup')).to.equal('menu');
    expect(share.getAttribute('aria-expanded')).to.equal('false');
    expect(share.text).to.equal('Share');
    expect(el.querySelector('[value="print"]')!.hasAttribute('aria-haspopup')).to.equal(false);
    expect(submenu(share).getAttribute('role')).to.equal('menu');
  });

  it('opens with ArrowRight, Enter or Space on its first item, and ArrowLeft or Escape returns to its item', async () => {
    for (const [open, close] of [
      ['ArrowRight', 'ArrowLeft'],
      ['Enter', 'Escape'],
      ['Space', 'ArrowLeft'],
    ] as const) {
      const { el, share } = await openOnShare();
      expect(focused()?.value).to.equal('share');
      await sendKeys({ press: open });
      expect(share.expanded).to.equal(true);
      expect(share.getAttribute('aria-expanded')).to.equal('true');
      expect(submenu(share).getAttribute('aria-label')).to.equal('Share');
      expect(focused()?.value).to.equal('email');
      await sendKeys({ press: close });
      expect(share.expanded).to.equal(false);
      expect(share.getAttribute('aria-expanded')).to.equal('false');
      expect(focused()?.value).to.equal('share');
      // The menu itself stays open: only the submenu closed.
      expect(el.open).to.equal(true);
      el.remove();
    }
  });

  it('moves, wraps and types ahead within a submenu, and opens a submenu inside it', async () => {
    const { share, wrapper } = await openOnShare();
    await sendKeys({ press: 'ArrowRight' });
    const path: string[] = [];
    for (const key of ['ArrowDown', 'ArrowDown', 'ArrowDown', 'End', 'Home']) {
      await sendKeys({ press: key });
      path.push(focused()!.value);
    }
    expect(path).to.deep.equal(['sms', 'more', 'email', 'more', 'email']);
    typeCharacter('m');
    expect(focused()?.value).to.equal('more');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()?.value).to.equal('qr');
    expect(wrapper.querySelector<SugamMenuItem>('#more')!.expanded).to.equal(true);
    expect(share.expanded).to.equal(true);
  });

  it('draws a separator in a submenu as in the menu', async () => {
    const { el, share } = await openOnShare();
    await sendKeys({ press: 'ArrowRight' });
    const line = (hr: HTMLElement) => {
      const style = getComputedStyle(hr);
      return [
        style.borderBlockStartWidth,
        style.borderBlockStartStyle,
        style.borderInlineStartWidth,
        style.marginBlockStart,
      ];
    };
    const inMenu = document.createElement('hr');
    el.append(inMenu);
    expect(line(share.querySelector('hr')!)).to.deep.equal(['1px', 'solid', '0px', '4px']);
    expect(line(share.querySelector('hr')!)).to.deep.equal(line(inMenu));
    inMenu.remove();
  });

  it('activating a submenu item fires sugam-select, closes every level and returns to the trigger', async () => {
    const { el, share } = await openOnShare();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    const selected = oneEvent(el, 'sugam-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail.value).to.equal('sms');
    await settle(el);
    expect(el.open).to.equal(false);
    expect(share.expanded).to.equal(false);
    expect(el.shadowRoot!.activeElement === trigger(el)).to.equal(true);
  });

  it('closing the menu (Tab, or a click outside) closes its submenus', async () => {
    const { el, share } = await openOnShare();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(share.expanded).to.equal(false);
    expect(submenu(share).matches(':popover-open')).to.equal(false);
  });

  it('moving to another item of the level closes an open submenu', async () => {
    const { share } = await openOnShare();
    share.showSubmenu();
    share.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()?.value).to.equal('save');
    expect(share.expanded).to.equal(false);
  });

  it('keeps a submenu open while the mouse crosses another item on its way there, and switches when it rests', async () => {
    const { share, wrapper } = await openOnShare();
    const rect = share.getBoundingClientRect();
    const save = wrapper.querySelector<SugamMenuItem>('[value="save"]')!.getBoundingClientRect();
    const atShare: [number, number] = [Math.round(rect.right - 10), Math.round(rect.top + rect.height / 2)];
    // Down and towards the submenu, across Save (the next item but one: the submenu is taller than Share).
    const acrossSave: [number, number] = [Math.round(save.right - 4), Math.round(save.top + save.height / 2)];
    for (const reach of [true, false]) {
      await sendMouse({ type: 'move', position: atShare });
      expect(share.expanded).to.equal(true);
      await sendMouse({ type: 'move', position: acrossSave });
      expect(share.expanded, 'crossing Save').to.equal(true);
      if (reach) {
        const email = wrapper.querySelector<SugamMenuItem>('[value="email"]')!.getBoundingClientRect();
        await sendMouse({ type: 'move', position: [Math.round(email.left + 10), Math.round(email.top + 10)] });
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(share.expanded, reach ? 'reached the submenu' : 'rested on Save').to.equal(reach);
    }
  });

  it('keeps an open submenu beside its item when the page scrolls', async () => {
    const { share } = await openOnShare();
    await sendKeys({ press: 'ArrowRight' });
    const gap = () => submenu(share).getBoundingClientRect().top - share.getBoundingClientRect().top;
    const before = gap();
    await scrollPageBy(share, 30, () => {
      expect(share.expanded).to.equal(true);
      expect(Math.abs(gap() - before)).to.be.below(1);
    });
  });

  it('tells a pointer heading for a box beside it from one moving elsewhere', () => {
    const box = new DOMRect(100, 0, 80, 200);
    expect(headsInto({ x: 90, y: 50 }, { x: 95, y: 80 }, box)).to.equal(true);
    expect(headsInto({ x: 90, y: 50 }, { x: 90, y: 90 }, box), 'straight down').to.equal(false);
    expect(headsInto({ x: 90, y: 50 }, { x: 85, y: 60 }, box), 'away').to.equal(false);
    expect(headsInto({ x: 90, y: 50 }, { x: 95, y: 190 }, box), 'too steep').to.equal(false);
    // A box on the left (right to left): its right edge is the near one.
    expect(headsInto({ x: 200, y: 50 }, { x: 195, y: 70 }, box)).to.equal(true);
    expect(headsInto({ x: 200, y: 50 }, { x: 205, y: 70 }, box)).to.equal(false);
  });

  it('opens by pointing with the mouse and by a click (which never closes it), beside its item at the end side', async () => {
    const { share, wrapper } = await openOnShare();
    const rect = share.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(rect.left + 10), Math.round(rect.top + rect.height / 2)] });
    expect(share.expanded).to.equal(true);
    const box = submenu(share).getBoundingClientRect();
    expect(Math.abs(box.left - rect.right)).to.be.below(2);
    // Pointing at another item of the level closes it.
    const save = wrapper.querySelector<SugamMenuItem>('[value="save"]')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(save.left + 10), Math.round(save.top + save.height / 2)] });
    expect(share.expanded).to.equal(false);
    // A click opens it on its first item, and a second click (as after pointing) keeps it open.
    share.click();
    expect(share.expanded).to.equal(true);
    expect(focused()?.value).to.equal('email');
    share.click();
    expect(share.expanded).to.equal(true);
  });

  it('mirrors right to left: ArrowLeft opens, ArrowRight closes, and the submenu opens on the left', async () => {
    await loadLocale('ur');
    const { share } = await openOnShare('ur', 'rtl');
    await sendKeys({ press: 'ArrowRight' });
    expect(share.expanded).to.equal(false);
    await sendKeys({ press: 'ArrowLeft' });
    expect(share.expanded).to.equal(true);
    expect(focused()?.value).to.equal('email');
    const rect = share.getBoundingClientRect();
    expect(Math.abs(submenu(share).getBoundingClientRect().right - rect.left)).to.be.below(2);
    await sendKeys({ press: 'ArrowRight' });
    expect(share.expanded).to.equal(false);
    expect(focused()?.value).to.equal('share');
  });

  it('opens below its item on a phone, indented, leaving the item and those before it in sight', async () => {
    await loadLocale('ur');
    await setViewport({ width: 320, height: 640 });
    try {
      for (const [lang, dir] of [
        ['en', 'ltr'],
        ['ur', 'rtl'],
      ] as const) {
        const { el, share, wrapper } = await openOnShare(lang, dir, 0);
        await sendKeys({ press: dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight' });
        expect(share.expanded, lang).to.equal(true);
        const item = share.getBoundingClientRect();
        const box = submenu(share).getBoundingClientRect();
        const print = wrapper.querySelector('[value="print"]')!.getBoundingClientRect();
        expect(Math.abs(box.top - item.bottom), `${lang}: below the item`).to.be.below(2);
        expect(print.bottom, `${lang}: the items before it uncovered`).to.be.at.most(item.top + 1);
        const indent = dir === 'rtl' ? item.right - box.right : box.left - item.left;
        expect(indent, `${lang}: indented from the item's start edge`).to.be.above(8);
        expect(box.left, lang).to.be.at.least(0);
        expect(box.right, lang).to.be.at.most(320);
        const chevron = share.shadowRoot!.querySelector('.chevron')!;
        expect(getComputedStyle(chevron).transform, `${lang}: the chevron points down`).to.equal(
          'matrix(0, 1, -1, 0, 0, 0)',
        );
        el.remove();
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('is accessible with a submenu open, in English, Hindi and Urdu', async () => {
    for (const [lang, dir] of [
      ['en', 'ltr'],
      ['hi', 'ltr'],
      ['ur', 'rtl'],
    ] as const) {
      await loadLocale(lang);
      const { el, wrapper } = await openOnShare(lang, dir);
      await sendKeys({ press: 'Enter' });
      await expect(wrapper).to.be.accessible();
      el.remove();
    }
  });
});
