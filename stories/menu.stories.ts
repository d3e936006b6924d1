import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/menu';
import type { SugamMenu, MenuSelectDetail } from '@sugam/components/menu';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamMenu, 'label' | 'placement' | 'open'>;

const showSelection = (event: CustomEvent<MenuSelectDetail>) => {
  const menu = event.currentTarget as HTMLElement;
  const output = menu.parentElement!.querySelector('output');
  const lang = menu.closest('[lang]')?.getAttribute('lang');
  if (output) output.textContent = `${samples(lang).selected}: ${event.detail.value}`;
};

const meta: Meta<Args> = {
  title: 'Overlays/Menu',
  component: 'sugam-menu',
  args: { label: EN.download, placement: 'bottom-start', open: false },
  argTypes: { placement: { control: 'inline-radio', options: ['bottom-start', 'bottom-end', 'top-start', 'top-end'] } },
  render: (args, { globals }) =>
    html`<div>
      <sugam-menu
        label=${sampleArg(args.label, 'download', globals.locale) ?? ''}
        placement=${args.placement}
        ?open=${args.open}
        @sugam-select=${showSelection}
      >
        <sugam-menu-item value="pdf">PDF</sugam-menu-item>
        <sugam-menu-item value="csv">CSV</sugam-menu-item>
        <sugam-menu-item value="print">${samples(globals.locale).print}</sugam-menu-item>
        <sugam-menu-item value="xml" disabled>XML</sugam-menu-item>
      </sugam-menu>
      <p><output aria-live="polite"></output></p>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The menu button pattern: Enter, Space or ↓ opens it on the first item, ↑ on the last; arrows, Home, End and
 * typing a first letter move; Enter activates; Escape closes and returns to the button; Tab closes and moves on.
 */
export const Playground: Story = {};

/** Open, to see the popup against its button. */
export const Open: Story = {
  args: { open: true },
  parameters: { docs: { story: { inline: false, iframeHeight: 300 } } },
  render: (args, context) => html`<div style="min-block-size: 300px">${meta.render!(args, context)}</div>`,
};

/** Checkbox items toggle, radio items choose one of a set; the menu stays open so several can be set. */
export const CheckboxAndRadioItems: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div>
      <sugam-menu label=${s.view} @sugam-select=${showSelection}>
        <sugam-menu-item type="checkbox" value="photos" checked>${s.showPhotos}</sugam-menu-item>
        <sugam-menu-item type="checkbox" value="closed">${s.showClosedSchemes}</sugam-menu-item>
        <hr role="separator" />
        <sugam-menu-item type="radio" value="list" checked>${s.list}</sugam-menu-item>
        <sugam-menu-item type="radio" value="grid">${s.grid}</sugam-menu-item>
      </sugam-menu>
      <p><output aria-live="polite"></output></p>
    </div>`;
  },
};

/**
 * Submenus: items in a menu item's `submenu` slot open beside it, at its end side (on the left in right-to-left
 * text; on a phone, where neither side has room, below it, indented). → (← in rtl), Enter or Space opens one on its first item; ← (→ in rtl) or Escape goes back to its item;
 * pointing with the mouse opens it, and the mouse may cut across other items on its way into it (it switches only
 * when the mouse rests on another item). Choosing an item at any level closes the menu and returns to the button.
 * `<hr slot="submenu">` separates groups inside a submenu.
 */
export const Submenus: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="min-block-size: 260px">
      <sugam-menu label=${s.moreActions} @sugam-select=${showSelection}>
        <sugam-menu-item value="print">${s.print}</sugam-menu-item>
        <sugam-menu-item value="share"
          >${s.share}
          <sugam-menu-item slot="submenu" value="email">${s.emailShort}</sugam-menu-item>
          <sugam-menu-item slot="submenu" value="sms">${s.sms}</sugam-menu-item>
          <hr slot="submenu" />
          <sugam-menu-item slot="submenu" value="print-share">${s.print}</sugam-menu-item>
        </sugam-menu-item>
        <sugam-menu-item value="download"
          >${s.download}
          <sugam-menu-item slot="submenu" value="birth-certificate">${s.birthCertificate}</sugam-menu-item>
          <sugam-menu-item slot="submenu" value="income-certificate">${s.incomeCertificate}</sugam-menu-item>
        </sugam-menu-item>
      </sugam-menu>
      <p><output aria-live="polite"></output></p>
    </div>`;
  },
};

/** Link items (`href`) are still `menuitem`s; one that opens a new tab says so to screen readers, in the page's language. */
export const LinkItems: Story = {
  render: (_args, { globals }) =>
    html`<sugam-menu label=${samples(globals.locale).relatedSites}>
      <sugam-menu-item href="#india-gov">${samples(globals.locale).nationalPortal}</sugam-menu-item>
      <sugam-menu-item href="#mygov">MyGov</sugam-menu-item>
      <sugam-menu-item href="https://www.digilocker.gov.in/" target="_blank">DigiLocker</sugam-menu-item>
    </sugam-menu>`,
};

/** Your own button in the `trigger` slot (here an icon button named by `aria-label`); it gets the ARIA states. */
export const CustomTrigger: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-menu placement="bottom-end">
      <button slot="trigger" aria-label=${s.moreActions} class="sb-icon-button">
        <svg viewBox="0 0 24 24" width="24" height="24" fill="currentColor" aria-hidden="true">
          <path
            d="M12 4a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4zm0 6a2 2 0 1 0 0 4 2 2 0 0 0 0-4z"
          />
        </svg>
      </button>
      <sugam-menu-item value="share">${s.share}</sugam-menu-item>
      <sugam-menu-item value="print">${s.print}</sugam-menu-item>
      <sugam-menu-item value="download">${s.download}</sugam-menu-item>
      <sugam-menu-item value="feedback">${s.feedback}</sugam-menu-item>
    </sugam-menu>`;
  },
};

/** Type-ahead matches whole characters in any script, without case: press क for क्षेत्र, ज़ for ज़िला. */
export const IndicItems: Story = {
  render: () =>
    html`<div lang="hi">
      <sugam-menu label="श्रेणी" @sugam-select=${showSelection}>
        <sugam-menu-item value="aadhaar">आधार</sugam-menu-item>
        <sugam-menu-item value="farmer">किसान</sugam-menu-item>
        <sugam-menu-item value="area">क्षेत्र</sugam-menu-item>
        <sugam-menu-item value="district">ज़िला</sugam-menu-item>
      </sugam-menu>
      <p><output aria-live="polite"></output></p>
    </div>`,
};
