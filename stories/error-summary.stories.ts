import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/error-summary';
import '@sugam/components/text-field';
import '@sugam/components/textarea';
import '@sugam/components/slider';
import '@sugam/components/button';
import type { SugamErrorSummary } from '@sugam/components/error-summary';

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'sugam-error-summary',
};
export default meta;
type Story = StoryObj;

/** Errors set by the page (e.g. from server-side validation), with links to the fields by id. */
export const Default: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary
        no-autofocus
        .errors=${[
          { label: 'Full name', message: 'Enter your full name', target: 'es-name' },
          { label: 'PIN code', message: 'Enter a 6-digit PIN code', target: 'es-pin' },
        ]}
      ></sugam-error-summary>
      <sugam-text-field id="es-name" label="Full name" error-message="Enter your full name"></sugam-text-field>
      <sugam-text-field
        id="es-pin"
        label="PIN code"
        inputmode="numeric"
        value="4110"
        error-message="Enter a 6-digit PIN code"
      ></sugam-text-field>
    </div>`,
};

/** A description under the heading, and a custom heading. */
export const WithDescription: Story = {
  render: () =>
    html`<sugam-error-summary
      no-autofocus
      heading="Your application could not be sent"
      .errors=${[{ message: 'Upload a photo of your Aadhaar card' }, { message: 'Choose the district you live in' }]}
    >
      <p>Correct the following and send the form again.</p>
    </sugam-error-summary>`,
};

/**
 * `for="form-id"`: on submit the summary checks the form's native and Sugam controls, lists the invalid ones
 * with their labels and localized messages, takes focus and stops the submit. Press Send with the form empty.
 */
export const InAForm: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary for="es-form"></sugam-error-summary>
      <form
        id="es-form"
        novalidate
        style="display: grid; gap: 16px"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          const form = event.target as HTMLFormElement;
          form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
        }}
      >
        <sugam-text-field name="name" label="Full name" required></sugam-text-field>
        <sugam-text-field name="email" label="Email address" type="email" value="asha@"></sugam-text-field>
        <sugam-textarea
          name="reason"
          label="Reason"
          maxlength="20"
          value="I need the certificate for my daughter's admission"
        ></sugam-textarea>
        <sugam-slider name="rating" label="Rate the old process" min="1" max="5" value="" required></sugam-slider>
        <div><sugam-button type="submit">Send</sugam-button></div>
        <output aria-live="polite"></output>
      </form>
    </div>`,
};

/** The summary after a submit, as the reader sees it (filled with `showFor(form)`). */
export const Shown: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary no-autofocus></sugam-error-summary>
      <form novalidate style="display: grid; gap: 16px">
        <sugam-text-field name="name" label="Full name" required></sugam-text-field>
        <sugam-textarea name="reason" label="Reason" maxlength="10" value="Too long a reason"></sugam-textarea>
        <sugam-slider name="rating" label="Rating" min="1" max="5" value="" required></sugam-slider>
      </form>
    </div>`,
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<SugamErrorSummary>('sugam-error-summary')!;
    const form = canvasElement.querySelector('form')!;
    await Promise.all(
      [...form.querySelectorAll('sugam-text-field, sugam-textarea, sugam-slider')].map(
        (el) => (el as SugamErrorSummary).updateComplete,
      ),
    );
    summary.showFor(form, { focus: false });
  },
};
