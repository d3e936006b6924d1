import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/alert';
import '@sugam/components/button';
import { ALERT_LIVE, ALERT_VARIANTS, type SugamAlert } from '@sugam/components/alert';

type Args = Pick<SugamAlert, 'variant' | 'heading' | 'dismissible' | 'live'> & { message: string };

const meta: Meta<Args> = {
  title: 'Feedback/Alert',
  component: 'sugam-alert',
  args: {
    variant: 'info',
    heading: 'Offices closed',
    message: 'All offices are closed on 26 January.',
    dismissible: false,
    live: 'off',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...ALERT_VARIANTS] },
    live: { control: 'inline-radio', options: [...ALERT_LIVE] },
    message: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args) =>
    html`<sugam-alert variant=${args.variant} heading=${args.heading} live=${args.live} ?dismissible=${args.dismissible}
      >${args.message}</sugam-alert
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Screen readers hear the variant first ("Error:"), in the reader's language. */
export const Playground: Story = {};

/** The four variants, each with its own colour, icon and spoken prefix. */
export const Variants: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="info" heading="Offices closed">All offices are closed on 26 January.</sugam-alert>
      <sugam-alert variant="success" heading="Application submitted">Your reference number is AB12345.</sugam-alert>
      <sugam-alert variant="warning" heading="Session ending">You will be signed out in 2 minutes.</sugam-alert>
      <sugam-alert variant="error" heading="Payment failed">No money was taken. Try again.</sugam-alert>
    </div>`,
};

/** Without a heading, and with a heading element in the `heading` slot (it joins the page outline). */
export const Headings: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="success">Your details have been saved.</sugam-alert>
      <sugam-alert variant="info"
        ><h2 slot="heading">New rules from 1 April</h2>
        <p>Read the <a href="#rules">changes to the scheme</a> before you apply.</p></sugam-alert
      >
    </div>`,
};

/** The close button hides the alert; focus moves to the next focusable element if it was inside. */
export const Dismissible: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <sugam-alert variant="info" dismissible>The site will be down for maintenance on Sunday.</sugam-alert>
      <sugam-alert variant="warning" dismissible heading="Check your email">
        We could not verify your email address.
      </sugam-alert>
    </div>`,
};

/**
 * Announced when shown: the alert waits in the page with `hidden`, and the button shows it. With
 * `live="assertive"` (errors) it interrupts; with `live="polite"` it waits its turn.
 */
export const Live: Story = {
  render: () =>
    html`<div style="display: grid; gap: 12px; max-inline-size: 40rem">
      <div style="display: flex; flex-wrap: wrap; gap: 8px">
        <sugam-button
          @click=${(event: Event) => {
            const alert = (event.target as Element)
              .closest('div')!
              .parentElement!.querySelector<SugamAlert>('#live-polite')!;
            alert.hidden = true;
            requestAnimationFrame(() => alert.show());
          }}
          >Save draft</sugam-button
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
          >Pay now</sugam-button
        >
      </div>
      <sugam-alert id="live-polite" variant="success" live="polite" dismissible hidden>Draft saved.</sugam-alert>
      <sugam-alert id="live-assertive" variant="error" live="assertive" dismissible hidden>
        Payment failed. Try again.
      </sugam-alert>
    </div>`,
};
