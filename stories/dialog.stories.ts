import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { formatNumber } from '@sugam/i18n';
import '@sugam/components/dialog';
import '@sugam/components/button';
import type { SugamDialog, RequestCloseDetail } from '@sugam/components/dialog';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamDialog, 'label' | 'size' | 'backdrop' | 'lightDismiss' | 'open'>;

/** Opens the dialog that follows the button (the stories' own glue; a page would keep a reference). */
const openNext = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as SugamDialog).show();
const closeHost = (event: Event, value: string) =>
  (event.currentTarget as HTMLElement).closest<SugamDialog>('sugam-dialog')!.close(value);

const meta: Meta<Args> = {
  title: 'Overlays/Dialog',
  component: 'sugam-dialog',
  args: { label: EN.submitQuestion, size: 'm', backdrop: 'dark', lightDismiss: false, open: false },
  argTypes: {
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    backdrop: { control: 'inline-radio', options: ['dark', 'medium', 'light', 'blur'] },
  },
  render: (args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-button @click=${openNext}>${s.review}</sugam-button>
      <sugam-dialog
        label=${sampleArg(args.label, 'submitQuestion', globals.locale) ?? ''}
        size=${args.size}
        backdrop=${args.backdrop}
        ?light-dismiss=${args.lightDismiss}
        ?open=${args.open}
      >
        <p>${s.submitWarning}</p>
        <sugam-button slot="footer" variant="outline" @click=${(e: Event) => closeHost(e, 'cancel')}
          >${s.cancel}</sugam-button
        >
        <sugam-button slot="footer" @click=${(e: Event) => closeHost(e, 'submit')}>${s.submit}</sugam-button>
      </sugam-dialog>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * A modal dialog on the native `<dialog>`: focus moves to the first control inside (or an `autofocus` one) and
 * back to the button that opened it; Escape and × close it; the page behind cannot be reached or scrolled.
 */
export const Playground: Story = {};

/** Open, to see its look: heading, localized × button, content, actions at the end. */
export const Open: Story = {
  args: { open: true },
  parameters: { docs: { story: { inline: false, iframeHeight: 420 } } },
  render: (args, context) => html`<div style="min-block-size: 420px">${meta.render!(args, context)}</div>`,
};

/** s (24rem), m (36rem, default) and l (52rem); on a narrow screen every size takes the full width. */
export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const names = { s: s.small, m: s.medium, l: s.large };
    return html`<div style="display: flex; flex-wrap: wrap; gap: 12px">
      ${(['s', 'm', 'l'] as const).map(
        (size) =>
          html`<div>
            <sugam-button variant="outline" @click=${openNext}>${names[size]}</sugam-button>
            <sugam-dialog label=${names[size]} size=${size}>
              <p>${s.dialogSizeText}</p>
            </sugam-dialog>
          </div>`,
      )}
    </div>`;
  },
};

/** With `light-dismiss`, a click on the backdrop closes it too (reason `backdrop`). */
export const LightDismiss: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-button variant="outline" @click=${openNext}>${s.howToApply}</sugam-button>
      <sugam-dialog label=${s.howToApply} size="s" light-dismiss>
        <p>${s.howToApplyText}</p>
      </sugam-dialog>`;
  },
};

/**
 * How much of the page shows behind: `dark` (the theme's scrim, about 75 %, the default), `medium` (50 %), `light`
 * (25 %) and `blur` (25 % and the page blurred), UX4G's backdrops. The high-contrast theme keeps its strong scrim.
 */
export const Backdrops: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const lang = String(globals.locale ?? 'en');
    const percent = (value: number) => formatNumber(value, lang, { style: 'percent' });
    const kinds = [
      ['dark', percent(0.75)],
      ['medium', percent(0.5)],
      ['light', percent(0.25)],
      ['blur', s.blurredBackground],
    ] as const;
    return html`<div style="display: grid; gap: 16px">
      <p style="margin: 0">${s.termsText}</p>
      <div style="display: flex; flex-wrap: wrap; gap: 12px">
        ${kinds.map(
          ([backdrop, name]) =>
            html`<div>
              <sugam-button variant="outline" @click=${openNext}>${name}</sugam-button>
              <sugam-dialog label=${name} size="s" backdrop=${backdrop} light-dismiss>
                <p>${s.submitWarning}</p>
              </sugam-dialog>
            </div>`,
        )}
      </div>
    </div>`;
  },
};

/** A heading element in the `heading` slot names the dialog; `autofocus` chooses the first focus. */
export const SlottedHeadingAndAutofocus: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-button variant="outline" @click=${openNext}>${s.changeMobile}</sugam-button>
      <sugam-dialog>
        <h2 slot="heading">${s.changeMobile}</h2>
        <p>
          <label>${s.mobile} <input type="tel" autocomplete="tel" autofocus /></label>
        </p>
        <sugam-button slot="footer" @click=${(e: Event) => closeHost(e, 'save')}>${s.save}</sugam-button>
      </sugam-dialog>`;
  },
};

/**
 * `sugam-request-close` is cancelable: here Escape, × and the backdrop are refused while the box is ticked, so
 * unsaved work is not lost. The footer button closes it with `close()`, which is never refused.
 */
export const PreventClose: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-button variant="outline" @click=${openNext}>${s.editAddress}</sugam-button>
      <sugam-dialog
        label=${s.editAddress}
        light-dismiss
        @sugam-request-close=${(event: CustomEvent<RequestCloseDetail>) => {
          const dialog = event.currentTarget as SugamDialog;
          const box = dialog.querySelector('input')!;
          if (box.checked) {
            event.preventDefault();
            dialog.querySelector('output')!.textContent = `${s.notClosed} (${event.detail.reason})`;
          }
        }}
      >
        <p>
          <label><input type="checkbox" checked /> ${s.unsavedChanges}</label>
        </p>
        <p><output aria-live="polite"></output></p>
        <sugam-button slot="footer" @click=${(e: Event) => closeHost(e, 'done')}>${s.done}</sugam-button>
      </sugam-dialog>`;
  },
};

/** Long content scrolls inside the dialog; the page behind stays still. */
export const LongContent: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const lang = String(globals.locale ?? 'en');
    return html`<sugam-button variant="outline" @click=${openNext}>${s.readTerms}</sugam-button>
      <sugam-dialog label=${s.termsOfUse} size="l">
        ${Array.from({ length: 12 }, (_, i) => html`<p>${formatNumber(i + 1, lang)}. ${s.termsText}</p>`)}
        <sugam-button slot="footer" @click=${(e: Event) => closeHost(e, 'ok')}>${s.iAgree}</sugam-button>
      </sugam-dialog>`;
  },
};
