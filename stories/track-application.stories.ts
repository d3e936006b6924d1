import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/alert';
import '@sugam/components/button';
import '@sugam/components/error-summary';
import '@sugam/components/stepper';
import '@sugam/components/tag';
import '@sugam/components/text-field';
import { formatDate, loadFormatData } from '@sugam/i18n';
import { samples } from './fixtures/samples.js';

const page = 'display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; max-inline-size: 40rem';
const details = 'display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 8px 24px; margin: 0';

const meta: Meta = {
  title: 'Pages/Track your application',
  // Long dates ("12 November 2026") need the locale's month names, which load with its formatting data.
  loaders: [async ({ globals }) => ({ formats: await loadFormatData(String(globals.locale ?? 'en')) })],
  render: (_args, { globals }) => {
    const lang = String(globals.locale ?? 'en');
    const s = samples(lang);
    const date = (iso: string) => formatDate(iso, lang, { style: 'long' });
    const track = (event: SubmitEvent) => {
      // The error summary stops an invalid submit (and lists the problem); this only handles a valid one.
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      if (!form.checkValidity()) return;
      const result = form.parentElement!.querySelector<HTMLElement>('section')!;
      result.hidden = false;
      result.querySelector('h2')!.focus();
    };
    return html`<div style=${page}>
      <h1 style="margin: 0; overflow-wrap: anywhere">${s.trackApplication}</h1>
      <sugam-error-summary for="track">${s.correctAndResend}</sugam-error-summary>
      <form id="track" novalidate @submit=${track}>
        <div style="display: grid; gap: 16px; justify-items: start">
          <sugam-text-field
            style="inline-size: 100%"
            name="reference"
            label=${s.applicationNumber}
            hint=${s.trackHint}
            value="AB12345"
            pattern="[A-Za-z]{2}[0-9]{5}"
            autocomplete="off"
            required
          ></sugam-text-field>
          <sugam-button type="submit">${s.track}</sugam-button>
        </div>
      </form>
      <section aria-labelledby="result-heading" style="display: grid; gap: 16px">
        <h2 id="result-heading" tabindex="-1" style="margin: 0">${s.applicationRef}</h2>
        <dl style=${details}>
          <dt style="font-weight: 600">${s.service}</dt>
          <dd style="margin: 0">${s.birthCertificate}</dd>
          <dt style="font-weight: 600">${s.submittedOn}</dt>
          <dd style="margin: 0">${date('2026-11-12')}</dd>
          <dt style="font-weight: 600">${s.status}</dt>
          <dd style="margin: 0"><sugam-tag color="info">${s.underReview}</sugam-tag></dd>
        </dl>
        <sugam-stepper orientation="vertical" label=${s.status}>
          <sugam-step state="done" description=${date('2026-11-12')}>${s.stepReceived}</sugam-step>
          <sugam-step state="done" description=${date('2026-11-16')}>${s.stepDocumentsChecked}</sugam-step>
          <sugam-step state="current">${s.stepRegistrarReview}</sugam-step>
          <sugam-step>${s.stepIssued}</sugam-step>
        </sugam-stepper>
        <sugam-alert heading=${s.expectedWithin}>${s.smsWhenReady}</sugam-alert>
      </section>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * The status tracker pattern (UX4G): one question (the application number, with where to find it), then the
 * answer as a heading, the details as a description list, where the application is as a vertical stepper whose
 * states are written in words (done, current), and what happens next as an alert. Submitting moves focus to the
 * answer's heading, so a screen reader reads it next; an empty or malformed number is listed by the error summary
 * and tied to the field. Dates are in the reader's language and digits.
 */
export const TrackYourApplication: Story = { name: 'Track your application' };
