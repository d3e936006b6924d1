import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/alert';
import '@sugam/components/button';
import '@sugam/components/checkbox';
import '@sugam/components/combobox';
import '@sugam/components/date-field';
import '@sugam/components/error-summary';
import '@sugam/components/file-upload';
import '@sugam/components/mobile-field';
import '@sugam/components/name-field';
import '@sugam/components/pincode-field';
import '@sugam/components/select';
import '@sugam/components/stepper';
import '@sugam/components/text-field';
import '@sugam/components/time-field';
import { confirmSubmit } from './fixtures/forms.js';
import { samples } from './fixtures/samples.js';

const meta: Meta = {
  title: 'Pages/Application form',
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const today = new Date().toISOString().slice(0, 10);
    return html`<div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; max-inline-size: 40rem">
      <h1 style="margin: 0; overflow-wrap: anywhere">${s.birthCertificate}: ${s.applyOnline}</h1>
      <sugam-stepper label=${s.applyOnline}>
        <sugam-step state="current">${s.personalDetails}</sugam-step>
        <sugam-step>${s.uploadDocuments}</sugam-step>
        <sugam-step>${s.review}</sugam-step>
      </sugam-stepper>
      <sugam-error-summary for="application">${s.correctAndResend}</sugam-error-summary>
      <sugam-alert variant="success" heading=${s.applicationSubmitted} tabindex="-1" hidden
        >${s.referenceText}</sugam-alert
      >
      <form id="application" novalidate @submit=${confirmSubmit}>
        <div style="display: grid; gap: 24px">
          <sugam-name-field name="name" label=${s.fullName} hint=${s.fullNameHint} required></sugam-name-field>
          <sugam-date-field name="dob" label=${s.dob} hint=${s.dobHint} max=${today} required></sugam-date-field>
          <sugam-mobile-field name="mobile" label=${s.mobile} required></sugam-mobile-field>
          <sugam-text-field name="email" type="email" label=${s.email} optional></sugam-text-field>
          <sugam-select name="state" label=${s.state} hint=${s.stateHint} required>
            <sugam-option value="MH">${s.maharashtra}</sugam-option>
            <sugam-option value="KA">${s.karnataka}</sugam-option>
            <sugam-option value="TN">${s.tamilNadu}</sugam-option>
            <sugam-option value="KL">${s.kerala}</sugam-option>
          </sugam-select>
          <sugam-combobox name="district" label=${s.district} hint=${s.districtHint} required>
            <sugam-option value="pune">${s.pune}</sugam-option>
            <sugam-option value="nagpur">${s.nagpur}</sugam-option>
            <sugam-option value="thane">${s.thane}</sugam-option>
            <sugam-option value="nashik">${s.nashik}</sugam-option>
          </sugam-combobox>
          <sugam-pincode-field name="pin" label=${s.pinCode} required></sugam-pincode-field>
          <sugam-file-upload
            name="proof"
            label=${s.proofOfAddress}
            hint=${s.fileHint}
            accept=".pdf,.jpg,.jpeg,.png"
            max-size="2097152"
            required
          ></sugam-file-upload>
          <sugam-date-field name="visit" label=${s.appointment} min=${today} required></sugam-date-field>
          <sugam-time-field
            name="visit-time"
            label=${s.appointmentTime}
            hint=${s.officeHours}
            min="10:00"
            max="17:00"
            step="900"
            required
          ></sugam-time-field>
          <sugam-checkbox name="confirm" label=${s.confirmDetails} hint=${s.falseInfoHint} required></sugam-checkbox>
          <div style="display: flex; flex-wrap: wrap; gap: 12px">
            <sugam-button type="submit">${s.submitApplication}</sugam-button>
            <sugam-button type="button" variant="outline">${s.saveDraft}</sugam-button>
          </div>
        </div>
      </form>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * An application built only from Sugam parts, as GOV.UK and UX4G describe the pattern: a heading, where the person
 * is in the steps, one question per field with its hint, and on submit either an error summary listing every
 * problem as a link to its field (focused, in the reader's language) or a confirmation with the reference number.
 * Every control submits like a native one: names, values and validity come from the form, not from page code.
 * Press the submit button with the form empty, follow the links, then fill it in (२६/०१/१९९०, ९८७६५४३२१०, २:३०
 * with PM all work).
 */
export const ApplicationForm: Story = { name: 'Application form' };
