// Windows High Contrast / forced colours (issue 9, item 3): with `forced-colors: active` emulated, each interactive
// component keeps a visible focus indicator, visible control borders and a visible difference between its checked
// and unchecked states. The emulation is the `emulate-forced-colors` server command in web-test-runner.config.mjs.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { html } from 'lit';
import '@sugam/components';
import { deepElements, withTemplate } from './sweep.js';

const FOCUSABLE = 'input:not([type=hidden]), textarea, button, select, [tabindex]:not([tabindex="-1"])';

const controls: Record<string, unknown> = {
  'sugam-button': html`<sugam-button>Submit</sugam-button>`,
  'sugam-text-field': html`<sugam-text-field label="Name"></sugam-text-field>`,
  'sugam-textarea': html`<sugam-textarea label="Address"></sugam-textarea>`,
  'sugam-aadhaar-field': html`<sugam-aadhaar-field label="Aadhaar"></sugam-aadhaar-field>`,
  'sugam-date-field': html`<sugam-date-field label="Date of birth"></sugam-date-field>`,
  'sugam-time-field': html`<sugam-time-field label="Arrival" value="14:30"></sugam-time-field>`,
  'sugam-otp-field': html`<sugam-otp-field label="OTP"></sugam-otp-field>`,
  'sugam-select': html`<sugam-select label="State"
    ><sugam-option value="ka">Karnataka</sugam-option><sugam-option value="tn">Tamil Nadu</sugam-option></sugam-select
  >`,
  'sugam-combobox': html`<sugam-combobox label="District"
    ><sugam-option value="a">Agra</sugam-option><sugam-option value="b">Bhopal</sugam-option></sugam-combobox
  >`,
  'sugam-checkbox': html`<sugam-checkbox label="I agree"></sugam-checkbox>`,
  'sugam-switch': html`<sugam-switch label="Notifications"></sugam-switch>`,
  'sugam-radio-group': html`<sugam-radio-group label="Card"
    ><sugam-radio value="a">A</sugam-radio><sugam-radio value="b">B</sugam-radio></sugam-radio-group
  >`,
  'sugam-slider': html`<sugam-slider label="Income" min="0" max="10" value="5"></sugam-slider>`,
  'sugam-range-slider': html`<sugam-range-slider label="Age" start="20" end="60"></sugam-range-slider>`,
  'sugam-file-upload': html`<sugam-file-upload label="Document"></sugam-file-upload>`,
  'sugam-icon-button': html`<sugam-icon-button icon="search" label="Search"></sugam-icon-button>`,
  'sugam-chip': html`<sugam-chip>Open</sugam-chip>`,
  'sugam-menu': html`<sugam-menu label="Actions"><sugam-menu-item value="a">Print</sugam-menu-item></sugam-menu>`,
  'sugam-language-switcher': html`<sugam-language-switcher locales="en,hi"></sugam-language-switcher>`,
  'sugam-a11y-toolbar': html`<sugam-a11y-toolbar></sugam-a11y-toolbar>`,
  'sugam-pagination': html`<sugam-pagination total="5" page="2"></sugam-pagination>`,
};

/** Controls drawn without a box (tabs, disclosure headings, links): in forced colours they need a visible focus ring. */
const unboxed: Record<string, unknown> = {
  'sugam-tabs': html`<sugam-tabs
    ><sugam-tab>One</sugam-tab><sugam-tab>Two</sugam-tab><sugam-tab-panel>1</sugam-tab-panel
    ><sugam-tab-panel>2</sugam-tab-panel></sugam-tabs
  >`,
  'sugam-accordion': html`<sugam-accordion
    ><sugam-accordion-item summary="Who can apply?">All</sugam-accordion-item></sugam-accordion
  >`,
  'sugam-link': html`<sugam-link href="#x">National Portal</sugam-link>`,
  'sugam-breadcrumb': html`<sugam-breadcrumb
    ><sugam-breadcrumb-item href="#a">Home</sugam-breadcrumb-item
    ><sugam-breadcrumb-item>Here</sugam-breadcrumb-item></sugam-breadcrumb
  >`,
  'sugam-side-nav': html`<sugam-side-nav label="Section"
    ><sugam-side-nav-item href="#a">Page</sugam-side-nav-item></sugam-side-nav
  >`,
  'sugam-skip-link': html`<sugam-skip-link></sugam-skip-link>`,
  'sugam-toggletip': html`<sugam-toggletip>Income before tax</sugam-toggletip>`,
  'sugam-header': html`<sugam-header name-primary="विभाग" name-secondary="Department"
    ><sugam-nav-item href="#a" label="Home"></sugam-nav-item
  ></sugam-header>`,
  'sugam-footer': html`<sugam-footer privacy-href="#p"></sugam-footer>`,
  'sugam-card': html`<sugam-card heading="Certificates" href="#c">Apply</sugam-card>`,
};

const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

/** The element's composed ancestors, itself first, up to and including the host of `top`. */
function composedPath(el: Element, top: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = el; node;) {
    path.push(node);
    if (node === top) break;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return path;
}

/** The colour painted behind `el`: the nearest ancestor's opaque background, else the page's Canvas. */
function backdrop(el: Element): string {
  for (let node: Element | null = el.parentElement ?? (el.getRootNode() as ShadowRoot).host; node;) {
    const colour = getComputedStyle(node).backgroundColor;
    if (!transparent(colour)) return colour;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
  }
  return getComputedStyle(document.documentElement).backgroundColor;
}

function focusable(host: Element, selector = FOCUSABLE): HTMLElement {
  const target = deepElements(host).find((el) => el.matches(selector) && el.getClientRects().length > 0);
  if (!target) throw new Error(`${host.localName} has nothing focusable`);
  return target as HTMLElement;
}

/** Paint of the visible elements under `host`, to compare two states. */
function paint(host: Element): string[] {
  return deepElements(host)
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => {
      const s = getComputedStyle(el);
      return [s.visibility, s.backgroundColor, s.borderColor, s.color, s.outlineStyle].join(' ');
    });
}

describe('forced colors', function () {
  this.timeout(30_000);
  before(async () => {
    await executeServerCommand('emulate-forced-colors', 'active');
    expect(matchMedia('(forced-colors: active)').matches, 'forced colors emulated').to.equal(true);
  });
  after(() => executeServerCommand('emulate-forced-colors', 'none'));

  for (const [tag, template] of Object.entries(controls)) {
    it(`${tag} shows its focus indicator and its border`, () =>
      withTemplate(template, 'en', 'light', async (container) => {
        const host = container.querySelector(tag)!;
        const target = focusable(host);
        // The ring or border may sit on the focused part, around it, or on a part inside it (a radio's circle).
        const parts = [...deepElements(target), ...composedPath(target, host)];
        const bordered = parts.find((el) => {
          const s = getComputedStyle(el);
          return s.borderStyle !== 'none' && parseFloat(s.borderWidth) >= 1 && !transparent(s.borderColor);
        });
        expect(bordered, `${tag}: a border around its control`).to.exist;
        const border = getComputedStyle(bordered!).borderColor;
        expect(border, `${tag}: border colour against its backdrop`).not.to.equal(backdrop(bordered!));

        target.focus();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(target.matches(':focus-visible'), `${tag}: focus-visible`).to.equal(true);
        const ring = parts.find((el) => {
          const s = getComputedStyle(el);
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !transparent(s.outlineColor);
        });
        expect(ring, `${tag}: an outline on the focused part or around it`).to.exist;
        expect(getComputedStyle(ring!).outlineColor).not.to.equal(backdrop(ring!));
        target.blur();
      }));
  }

  for (const [tag, template] of Object.entries(unboxed)) {
    it(`${tag} shows its focus indicator`, () =>
      withTemplate(template, 'en', 'light', async (container) => {
        const host = container.querySelector(tag)!;
        const target = focusable(host, `a[href], ${FOCUSABLE}`);
        target.focus();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(target.matches(':focus-visible'), `${tag}: focus-visible`).to.equal(true);
        const parts = [...deepElements(target), ...composedPath(target, host)];
        const ring = parts.find((el) => {
          const s = getComputedStyle(el);
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !transparent(s.outlineColor);
        });
        expect(ring, `${tag}: an outline on the focused part or around it`).to.exist;
        expect(getComputedStyle(ring!).outlineColor).not.to.equal(backdrop(ring!));
        target.blur();
      }));
  }

  it('sugam-time-field shows its focus indicator on the AM/PM choice', () =>
    withTemplate(
      html`<sugam-time-field label="Arrival" value="14:30"></sugam-time-field>`,
      'en',
      'light',
      async (c) => {
        const host = c.querySelector('sugam-time-field')!;
        const radio = host.shadowRoot!.querySelector<HTMLInputElement>('input[value="pm"]')!;
        radio.focus();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        const ring = composedPath(radio, host).find((el) => {
          const s = getComputedStyle(el);
          return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !transparent(s.outlineColor);
        });
        expect(ring, 'an outline around the focused choice').to.exist;
        expect(getComputedStyle(ring!).outlineColor).not.to.equal(backdrop(ring!));
      },
    ));

  const states: [string, unknown, unknown][] = [
    [
      'sugam-checkbox',
      html`<sugam-checkbox label="I agree"></sugam-checkbox>`,
      html`<sugam-checkbox label="I agree" checked></sugam-checkbox>`,
    ],
    [
      'sugam-checkbox (indeterminate)',
      html`<sugam-checkbox label="I agree"></sugam-checkbox>`,
      html`<sugam-checkbox label="I agree" indeterminate></sugam-checkbox>`,
    ],
    [
      'sugam-switch',
      html`<sugam-switch label="Alerts"></sugam-switch>`,
      html`<sugam-switch label="Alerts" checked></sugam-switch>`,
    ],
    [
      'sugam-radio-group',
      html`<sugam-radio-group label="Card"><sugam-radio value="a">A</sugam-radio></sugam-radio-group>`,
      html`<sugam-radio-group label="Card" value="a"><sugam-radio value="a">A</sugam-radio></sugam-radio-group>`,
    ],
    ['sugam-chip', html`<sugam-chip>Open</sugam-chip>`, html`<sugam-chip selected>Open</sugam-chip>`],
    [
      'sugam-time-field (AM or PM chosen)',
      html`<sugam-time-field label="Arrival"></sugam-time-field>`,
      html`<sugam-time-field label="Arrival" value="14:30"></sugam-time-field>`,
    ],
    [
      'sugam-tabs',
      html`<sugam-tabs active="b"
        ><sugam-tab panel="a">One</sugam-tab><sugam-tab panel="b">Two</sugam-tab
        ><sugam-tab-panel name="a">1</sugam-tab-panel><sugam-tab-panel name="b">2</sugam-tab-panel></sugam-tabs
      >`,
      html`<sugam-tabs active="a"
        ><sugam-tab panel="a">One</sugam-tab><sugam-tab panel="b">Two</sugam-tab
        ><sugam-tab-panel name="a">1</sugam-tab-panel><sugam-tab-panel name="b">2</sugam-tab-panel></sugam-tabs
      >`,
    ],
  ];
  for (const [name, off, on] of states) {
    it(`${name} paints its checked state differently from its unchecked state`, async () => {
      const tag = name.split(' ')[0];
      const before = await withTemplate(off, 'en', 'light', async (c) => paint(c.querySelector(tag)!));
      const after = await withTemplate(on, 'en', 'light', async (c) => paint(c.querySelector(tag)!));
      expect(after, `${name}: the same paint checked and unchecked`).not.to.deep.equal(before);
      // The difference must survive forced colours: a system colour or a visibility change, not an author colour.
      const changed = after.filter((line, i) => line !== before[i]);
      expect(changed.length, `${name}: changed parts`).to.be.greaterThan(0);
    });
  }
});
