import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/alert';
import '@sugam/components/button';
import '@sugam/components/checkbox';
import '@sugam/components/error-summary';
import '@sugam/components/radio-group';
import '@sugam/components/textarea';
import { confirmSubmit } from './fixtures/forms.js';
import { samples } from './fixtures/samples.js';

const meta: Meta = {
  title: 'Pages/Feedback',
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; max-inline-size: 40rem">
      <h1 style="margin: 0; overflow-wrap: anywhere">${s.feedback}</h1>
      <sugam-error-summary for="feedback">${s.correctAndResend}</sugam-error-summary>
      <sugam-alert variant="success" heading=${s.thankYou} tabindex="-1" hidden>${s.helpsImprove}</sugam-alert>
      <form id="feedback" novalidate @submit=${confirmSubmit}>
        <div style="display: grid; gap: 24px">
          <sugam-radio-group name="satisfaction" label=${s.satisfaction} required>
            <sugam-radio value="5">${s.verySatisfied}</sugam-radio>
            <sugam-radio value="4">${s.satisfied}</sugam-radio>
            <sugam-radio value="3">${s.neitherSatisfied}</sugam-radio>
            <sugam-radio value="2">${s.dissatisfied}</sugam-radio>
            <sugam-radio value="1">${s.veryDissatisfied}</sugam-radio>
          </sugam-radio-group>
          <sugam-textarea
            name="details"
            label=${s.moreDetails}
            hint=${s.noPersonalDetails}
            maxlength="500"
            optional
          ></sugam-textarea>
          <sugam-checkbox name="contact" label=${s.mayContact}></sugam-checkbox>
          <div><sugam-button type="submit">${s.sendFeedback}</sugam-button></div>
        </div>
      </form>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * The feedback pattern (UX4G): one required question with five answers in words (not stars or faces alone), an
 * optional box for more (its counter counts characters as readers see them, in any script), and consent to be
 * contacted as an unticked box. Submitting with no answer lists the question in the error summary; a valid submit
 * replaces the form with a focused thank-you message.
 */
export const Feedback: Story = {};
