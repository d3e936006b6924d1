import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/button';
import { BUTTON_INTENTS, BUTTON_SIZES, BUTTON_VARIANTS, type SugamButton } from '@sugam/components/button';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamButton, 'variant' | 'intent' | 'size' | 'type' | 'disabled' | 'loading'> & {
  label: string;
  href?: string;
};

const arrow = html`<svg slot="end" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
  <path d="M12 4l-1.4 1.4 5.6 5.6H4v2h12.2l-5.6 5.6L12 20l8-8z" />
</svg>`;

const meta: Meta<Args> = {
  title: 'Components/Button',
  component: 'sugam-button',
  args: {
    label: EN.submitApplication,
    variant: 'solid',
    intent: 'primary',
    size: 'md',
    type: 'button',
    disabled: false,
    loading: false,
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...BUTTON_VARIANTS] },
    intent: { control: 'inline-radio', options: [...BUTTON_INTENTS] },
    size: { control: 'inline-radio', options: [...BUTTON_SIZES] },
    type: { control: 'inline-radio', options: ['button', 'submit', 'reset'] },
    label: { control: 'text', description: 'Text in the default slot' },
  },
  render: (args, { globals }) =>
    html`<sugam-button
      variant=${args.variant}
      intent=${args.intent}
      size=${args.size}
      type=${args.type}
      href=${ifDefined(args.href)}
      ?disabled=${args.disabled}
      ?loading=${args.loading}
      >${sampleArg(args.label, 'submitApplication', globals.locale)}</sugam-button
    >`,
};
export default meta;

type Story = StoryObj<Args>;

export const Playground: Story = {};

/** Every variant in every intent. */
export const Variants: Story = {
  render: () =>
    html`<div
      style="display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(min(100%, 12rem), max-content))"
    >
      ${BUTTON_INTENTS.map((intent) =>
        BUTTON_VARIANTS.map(
          (variant) => html`<sugam-button variant=${variant} intent=${intent}>${variant} ${intent}</sugam-button>`,
        ),
      )}
    </div>`,
};

/** Minimum heights 24, 32, 40, 48 and 56 px; the box grows with its text and never clips it. */
export const Sizes: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      ${BUTTON_SIZES.map((size) => html`<sugam-button size=${size}>Size ${size}</sugam-button>`)}
    </div>`,
};

/** Disabled buttons are skipped by Tab; a loading button stays focusable, ignores activation and announces "Please wait". */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      <sugam-button>${s.continueLabel}</sugam-button>
      <sugam-button disabled>${s.disabled}</sugam-button>
      <sugam-button variant="outline" disabled>${s.disabled}</sugam-button>
      <sugam-button loading>${s.submit}</sugam-button>
      <sugam-button variant="tonal" loading>${s.saveDraft}</sugam-button>
    </div>`;
  },
};

/** With `href` the button is a real link (open in a new tab, download, and so on work as links do). */
export const Link: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      <sugam-button href="https://www.india.gov.in/" target="_blank">${s.nationalPortal} ${arrow}</sugam-button>
      <sugam-button href="#" variant="text">${s.howToApply}</sugam-button>
      <sugam-button href="#" disabled>${s.disabled}</sugam-button>
    </div>`;
  },
};

/** Icons go in the `start` and `end` slots; directional icons mirror in right-to-left languages. */
export const WithIcons: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      <sugam-button>
        <svg slot="start" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
          <path d="M5 20h14v-2H5v2zm7-18L5.33 9h3.84v6h5.66V9h3.84L12 2z" />
        </svg>
        ${s.uploadDocuments}
      </sugam-button>
      <sugam-button variant="outline">${s.continueLabel} ${arrow}</sugam-button>
      <sugam-button variant="text" label=${s.search}>
        <svg slot="start" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
          <path
            d="M15.5 14h-.8l-.3-.3A6.5 6.5 0 1 0 14 15.5l.3.3v.8l5 5 1.5-1.5-5-5zm-6 0a4.5 4.5 0 1 1 0-9 4.5 4.5 0 0 1 0 9z"
          />
        </svg>
      </sugam-button>
    </div>`;
  },
};

/** `type="submit"` and `type="reset"` work in a native form; the submitter's name and value are sent. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const output = form.querySelector('output')!;
        output.textContent = JSON.stringify([...new FormData(form, event.submitter)]);
      }}
      style="display: grid; gap: 12px; max-inline-size: 32rem"
    >
      <label>${s.fullName} <input name="applicant" required /></label>
      <div style="display: flex; gap: 12px; flex-wrap: wrap">
        <sugam-button type="submit" name="action" value="submit">${s.submit}</sugam-button>
        <sugam-button type="submit" name="action" value="draft" variant="outline" formnovalidate
          >${s.saveDraft}</sugam-button
        >
        <sugam-button type="reset" variant="text" intent="neutral">${s.clear}</sugam-button>
      </div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
