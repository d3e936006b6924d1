import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/error-summary';
import '@sugam/components/text-field';
import '@sugam/components/textarea';
import '@sugam/components/slider';
import '@sugam/components/button';
import type { SugamErrorSummary } from '@sugam/components/error-summary';
import { samples } from './fixtures/samples.js';

const meta: Meta = {
  title: 'Forms/Error summary',
  component: 'sugam-error-summary',
};
export default meta;
type Story = StoryObj;

/** Errors set by the page (e.g. from server-side validation), with links to the fields by id. */
export const Default: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary
        no-autofocus
        .errors=${[
          { label: s.fullName, message: s.fullNameError, target: 'es-name' },
          { label: s.pinCode, message: s.pinError, target: 'es-pin' },
        ]}
      ></sugam-error-summary>
      <sugam-text-field id="es-name" label=${s.fullName} error-message=${s.fullNameError}></sugam-text-field>
      <sugam-text-field
        id="es-pin"
        label=${s.pinCode}
        inputmode="numeric"
        value="4110"
        error-message=${s.pinError}
      ></sugam-text-field>
    </div>`;
  },
};

/** A description under the heading, and a custom heading. */
export const WithDescription: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<sugam-error-summary
      no-autofocus
      heading=${s.notSent}
      .errors=${[{ message: s.fileError }, { message: s.districtError }]}
    >
      <p>${s.correctAndResend}</p>
    </sugam-error-summary>`;
  },
};

/**
 * `for="form-id"`: on submit the summary checks the form's native and Sugam controls, lists the invalid ones
 * with their labels and localized messages, takes focus and stops the submit. Press Submit with the form empty.
 */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary for="es-form"></sugam-error-summary>
      <form
        id="es-form"
        novalidate
        style="display: grid; gap: 16px"
        @submit=${(event: SubmitEvent) => {
          event.preventDefault();
          const form = event.target as HTMLFormElement;
          // The summary stops an invalid submit and takes focus; only a valid form shows its data.
          if (!form.checkValidity()) return;
          form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
        }}
      >
        <sugam-text-field name="name" label=${s.fullName} required></sugam-text-field>
        <sugam-text-field name="email" label=${s.email} type="email" value="asha@"></sugam-text-field>
        <sugam-textarea name="reason" label=${s.complaint} maxlength="20" value=${s.complaintText}></sugam-textarea>
        <sugam-slider name="rating" label=${s.rateService} min="1" max="5" value="" required></sugam-slider>
        <div><sugam-button type="submit">${s.submit}</sugam-button></div>
        <output aria-live="polite"></output>
      </form>
    </div>`;
  },
};

/** The summary after a submit, as the reader sees it (filled with `showFor(form)`). */
export const Shown: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-error-summary no-autofocus></sugam-error-summary>
      <form novalidate style="display: grid; gap: 16px">
        <sugam-text-field name="name" label=${s.fullName} required></sugam-text-field>
        <sugam-textarea name="reason" label=${s.complaint} maxlength="10" value=${s.complaintText}></sugam-textarea>
        <sugam-slider name="rating" label=${s.rateService} min="1" max="5" value="" required></sugam-slider>
      </form>
    </div>`;
  },
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
