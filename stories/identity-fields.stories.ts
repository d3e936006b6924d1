import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { showFormData } from './fixtures/forms.js';
import '@sugam/components/aadhaar-field';
import '@sugam/components/pincode-field';
import '@sugam/components/mobile-field';
import '@sugam/components/otp-field';
import '@sugam/components/pan-field';
import '@sugam/components/ifsc-field';
import '@sugam/components/gstin-field';
import '@sugam/components/name-field';
import '@sugam/components/button';

const meta: Meta = {
  title: 'Forms/Identity fields',
  component: 'sugam-aadhaar-field',
  // The docs page is identity-fields.mdx.
  tags: ['!autodocs'],
};
export default meta;
type Story = StoryObj;

const column = 'display: grid; gap: 16px; max-inline-size: 28rem';

/**
 * 12 digits grouped 4-4-4 as typed (spaces, hyphens and any script's digits accepted), Verhoeff check digit.
 * `masked` shows only the last four digits while the field is not focused, with a toggle to reveal.
 */
export const Aadhaar: Story = {
  render: () =>
    html`<div style=${column}>
      <sugam-aadhaar-field
        label="Aadhaar number"
        hint="12 digits, as on your Aadhaar card"
        required
      ></sugam-aadhaar-field>
      <sugam-aadhaar-field label="Aadhaar number (masked)" masked value="4968 5824 5152"></sugam-aadhaar-field>
      <sugam-aadhaar-field label="Aadhaar number (wrong check digit)" value="4968 5824 5153"></sugam-aadhaar-field>
    </div>`,
};

/** 6 digits, the first 1–9. */
export const PinCode: Story = {
  name: 'PIN code',
  render: () =>
    html`<div style=${column}>
      <sugam-pincode-field label="PIN code" hint="6 digits" required></sugam-pincode-field>
      <sugam-pincode-field
        label="PIN code"
        value="११०००१"
        state="success"
        status-message="New Delhi GPO"
      ></sugam-pincode-field>
    </div>`,
};

/** +91 shown; pasted +91, 0091, 91 and 0 prefixes, spaces and hyphens are normalised to 10 digits. */
export const Mobile: Story = {
  render: () =>
    html`<div style=${column}>
      <sugam-mobile-field label="Mobile number" hint="We will send a code by SMS" required></sugam-mobile-field>
      <sugam-mobile-field label="Mobile number" value="+91 98765 43210"></sugam-mobile-field>
    </div>`,
};

/**
 * 4–8 cells acting as one field: paste a whole code into any cell, SMS autofill (`autocomplete="one-time-code"`),
 * resend countdown in the page's language, error and locked states.
 */
export const Otp: Story = {
  name: 'OTP',
  render: () =>
    html`<div style=${column}>
      <sugam-otp-field
        label="One-time code"
        hint="Sent to +91 98xxx xx210"
        resend-after="30"
        required
      ></sugam-otp-field>
      <sugam-otp-field
        label="One-time code (4 digits)"
        length="4"
        value="12"
        error-message="The code is wrong"
      ></sugam-otp-field>
      <sugam-otp-field label="One-time code (locked)" locked></sugam-otp-field>
    </div>`,
};

/** AAAAA9999A, uppercased as typed; the fourth letter is the holder type. */
export const Pan: Story = {
  name: 'PAN',
  render: () =>
    html`<div style=${column}>
      <sugam-pan-field label="PAN" hint="10 characters, as on your PAN card" required></sugam-pan-field>
      <sugam-pan-field label="PAN" value="abcpe1234f" size="sm"></sugam-pan-field>
    </div>`,
};

/** AAAA0XXXXXX: bank, the digit 0, branch. */
export const Ifsc: Story = {
  name: 'IFSC',
  render: () =>
    html`<div style=${column}>
      <sugam-ifsc-field
        label="IFSC of your bank branch"
        hint="11 characters, on your cheque book"
        required
      ></sugam-ifsc-field>
      <sugam-ifsc-field label="IFSC" value="SBIN0001234" readonly></sugam-ifsc-field>
    </div>`,
};

/** 15 characters with the check character validated. */
export const Gstin: Story = {
  name: 'GSTIN',
  render: () =>
    html`<div style=${column}>
      <sugam-gstin-field label="GSTIN" hint="15 characters" required size="lg"></sugam-gstin-field>
      <sugam-gstin-field
        label="GSTIN"
        value="27AAPFU0939F1ZW"
        state="warning"
        status-message="Check the last character"
      ></sugam-gstin-field>
      <sugam-gstin-field label="GSTIN" value="27AAPFU0939F1ZV" disabled></sugam-gstin-field>
    </div>`,
};

/** Letters of every script with combining marks, ZWJ/ZWNJ, space, dot, apostrophe and hyphen; stored as NFC. */
export const Name: Story = {
  render: () =>
    html`<div style=${column}>
      <sugam-name-field label="Full name" hint="As on your Aadhaar card" required></sugam-name-field>
      <sugam-name-field label="Given name" autocomplete="given-name" value="प्रिया"></sugam-name-field>
      <sugam-name-field label="Family name" autocomplete="family-name" value="ന്‍" optional></sugam-name-field>
    </div>`,
};

/** Every identity field in one form. Submit to see the normalised form data. */
export const InAForm: Story = {
  render: () =>
    html`<form novalidate @submit=${showFormData} style=${column}>
      <sugam-name-field name="name" label="Full name" required></sugam-name-field>
      <sugam-aadhaar-field name="aadhaar" label="Aadhaar number" masked required></sugam-aadhaar-field>
      <sugam-mobile-field name="mobile" label="Mobile number" required></sugam-mobile-field>
      <sugam-otp-field name="otp" label="One-time code" resend-after="30" required></sugam-otp-field>
      <sugam-pincode-field name="pin" label="PIN code" required></sugam-pincode-field>
      <sugam-pan-field name="pan" label="PAN" optional></sugam-pan-field>
      <sugam-ifsc-field name="ifsc" label="IFSC" optional></sugam-ifsc-field>
      <sugam-gstin-field name="gstin" label="GSTIN" optional></sugam-gstin-field>
      <sugam-button type="submit">Submit</sugam-button>
      <output aria-live="polite"></output>
    </form>`,
};
