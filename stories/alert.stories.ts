import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/alert';
import '@sugam/components/button';
import { ALERT_LIVE, ALERT_VARIANTS, type SugamAlert } from '@sugam/components/alert';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamAlert, 'variant' | 'heading' | 'dismissible' | 'live'> & { message: string };

const meta: Meta<Args> = {
  title: 'Feedback/Alert',
  component: 'sugam-alert',
  args: {
    variant: 'info',
    heading: EN.officesClosed,
    message: EN.officesClosedText,
    dismissible: false,
    live: 'off',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...ALERT_VARIANTS] },
    live: { control: 'inline-radio', options: [...ALERT_LIVE] },
    message: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args, { globals }) =>
    html`<sugam-alert
      variant=${args.variant}
      heading=${sampleArg(args.heading, 'officesClosed', globals.locale) ?? ''}
      live=${args.live}
      ?dismissible=${args.dismissible}
      >${sampleArg(args.message, 'officesClosedText', globals.locale)}</sugam-alert
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Screen readers hear the variant first ("Error:"), in the reader's language. */
export const Playground: Story = {};

/** The four variants, each with its own colour, icon and spoken prefix. */
export const Variants: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="info" heading=${s.officesClosed}>${s.officesClosedText}</sugam-alert>
      <sugam-alert variant="success" heading=${s.applicationSubmitted}>${s.referenceText}</sugam-alert>
      <sugam-alert variant="warning" heading=${s.sessionEnding}>${s.sessionEndingText}</sugam-alert>
      <sugam-alert variant="error" heading=${s.paymentFailed}>${s.paymentFailedText}</sugam-alert>
    </div>`;
  },
};

/**
 * `wide`: a site-wide notice across the page, above the header. The colour runs along the bottom edge and the
 * content is centred within `--sugam-alert-wide-max-width` (75rem), like the page's own content.
 */
export const Wide: Story = {
  parameters: { layout: 'fullscreen' },
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px">
      <sugam-alert wide variant="warning" dismissible heading=${s.officesClosed}>${s.officesClosedText}</sugam-alert>
      <sugam-alert wide variant="info">${s.officesClosedText}</sugam-alert>
    </div>`;
  },
};

/** Without a heading, and with a heading element in the `heading` slot (it joins the page outline). */
export const Headings: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="success">${samples(globals.locale).saved}</sugam-alert>
      <sugam-alert variant="info"
        ><h2 slot="heading">New rules from 1 April</h2>
        <p>Read the <a href="#rules">changes to the scheme</a> before you apply.</p></sugam-alert
      >
    </div>`,
};

/** The close button hides the alert; focus moves to the next focusable element if it was inside. */
export const Dismissible: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="info" dismissible>${s.officesClosedText}</sugam-alert>
      <sugam-alert variant="warning" dismissible heading=${s.sessionEnding}>${s.sessionEndingText}</sugam-alert>
    </div>`;
  },
};

/**
 * Announced when shown: the alert waits in the page with `hidden`, and the button shows it. With
 * `live="assertive"` (errors) it interrupts; with `live="polite"` it waits its turn.
 */
export const Live: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <div style="display: flex; flex-wrap: wrap; gap: 8px">
        <sugam-button
          @click=${(event: Event) => {
            const alert = (event.target as Element)
              .closest('div')!
              .parentElement!.querySelector<SugamAlert>('#live-polite')!;
            alert.hidden = true;
            requestAnimationFrame(() => alert.show());
          }}
          >${s.submit}</sugam-button
        >
        <sugam-button
          intent="danger"
          variant="outline"
          @click=${(event: Event) => {
            const alert = (event.target as Element)
              .closest('div')!
              .parentElement!.querySelector<SugamAlert>('#live-assertive')!;
            alert.hidden = true;
            requestAnimationFrame(() => alert.show());
          }}
          >${s.payment}</sugam-button
        >
      </div>
      <sugam-alert id="live-polite" variant="success" live="polite" dismissible hidden
        >${s.applicationSubmitted}</sugam-alert
      >
      <sugam-alert id="live-assertive" variant="error" live="assertive" dismissible hidden>
        ${s.paymentFailed}
      </sugam-alert>
    </div>`;
  },
};
