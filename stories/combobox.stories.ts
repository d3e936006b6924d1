import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/combobox';
import '@sugam/components/button';
import type { SugamCombobox } from '@sugam/components/combobox';

type Args = Pick<
  SugamCombobox,
  | 'label'
  | 'hint'
  | 'value'
  | 'placeholder'
  | 'size'
  | 'required'
  | 'optional'
  | 'disabled'
  | 'readonly'
  | 'allowCustom'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const districts = html`
  <sugam-option value="MH-PN">Pune</sugam-option>
  <sugam-option value="MH-MU">Mumbai</sugam-option>
  <sugam-option value="MH-NG">Nagpur</sugam-option>
  <sugam-option value="MH-NS">Nashik</sugam-option>
  <sugam-option value="MH-AU">Chhatrapati Sambhajinagar</sugam-option>
  <sugam-option value="MH-KO">Kolhapur</sugam-option>
  <sugam-option value="MH-ST">Satara</sugam-option>
  <sugam-option value="MH-GA" disabled>Gadchiroli</sugam-option>
  <sugam-option value="MH-SO">Solapur</sugam-option>
`;

const meta: Meta<Args> = {
  title: 'Forms/Combobox',
  component: 'sugam-combobox',
  args: {
    label: 'District',
    hint: 'Start typing to narrow the list',
    value: '',
    placeholder: '',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
    allowCustom: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args) =>
    html`<div style="max-inline-size: 28rem; min-block-size: 24rem">
      <sugam-combobox
        label=${args.label}
        hint=${args.hint}
        value=${args.value}
        placeholder=${args.placeholder}
        size=${args.size}
        state=${ifDefined(args.state)}
        error-message=${ifDefined(args.errorMessage)}
        status-message=${ifDefined(args.statusMessage)}
        ?required=${args.required}
        ?optional=${args.optional}
        ?disabled=${args.disabled}
        ?readonly=${args.readonly}
        ?allow-custom=${args.allowCustom}
        >${districts}</sugam-combobox
      >
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The list open, in the reader's alphabetical order (the source order is not alphabetical). */
export const Open: Story = {
  render: () =>
    html`<div style="max-inline-size: 28rem; min-block-size: 30rem">
      <sugam-combobox label="District" value="MH-KO" open>${districts}</sugam-combobox>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-combobox label="District" required error-message="Choose a district from the list"
        >${districts}</sugam-combobox
      >
      <sugam-combobox label="District" value="MH-PN" state="success" status-message="Office found"
        >${districts}</sugam-combobox
      >
      <sugam-combobox label="District" value="MH-ST" state="warning" status-message="This office moved in 2025"
        >${districts}</sugam-combobox
      >
      <sugam-combobox label="District (read only)" value="MH-NG" readonly>${districts}</sugam-combobox>
      <sugam-combobox label="District (disabled)" value="MH-MU" disabled>${districts}</sugam-combobox>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-combobox label="Small" size="sm">${districts}</sugam-combobox>
      <sugam-combobox label="Medium" size="md" value="MH-NS">${districts}</sugam-combobox>
      <sugam-combobox label="Large" size="lg">${districts}</sugam-combobox>
    </div>`,
};

/**
 * A Hindi field (with its own `lang` and `dir`, so it stays left-to-right inside an Urdu page). Options in Hindi, sorted with the Hindi collation. Matching ignores case, accents and Unicode normalisation
 * (क़ typed precomposed or as क + nukta) but keeps vowel signs: दि finds दिल्ली, not दरभंगा.
 */
export const IndicOptions: Story = {
  render: () =>
    html`<div style="max-inline-size: 28rem; min-block-size: 26rem">
      <sugam-combobox lang="hi" dir="ltr" label="ज़िला" hint="टाइप करके सूची छोटी करें" open>
        <sugam-option value="DL-ND">नई दिल्ली</sugam-option>
        <sugam-option value="BR-DB">दरभंगा</sugam-option>
        <sugam-option value="UP-AG">आगरा</sugam-option>
        <sugam-option value="UP-KN">कानपुर</sugam-option>
        <sugam-option value="HR-KT">कैथल</sugam-option>
        <sugam-option value="BR-MB">मधुबनी</sugam-option>
        <sugam-option value="HR-HS">हिसार</sugam-option>
      </sugam-combobox>
    </div>`,
};

/** With `allow-custom`, text that matches no option is submitted as typed (here: a village not in the list). */
export const AllowCustom: Story = {
  render: () =>
    html`<div style="max-inline-size: 28rem; min-block-size: 22rem">
      <sugam-combobox label="Village" allow-custom value="Wadgaon Sheri" hint="Choose from the list or type a name">
        <sugam-option>Hadapsar</sugam-option>
        <sugam-option>Kharadi</sugam-option>
        <sugam-option>Wagholi</sugam-option>
      </sugam-combobox>
    </div>`,
};

/** Submits the chosen option's value. Submit to see the form data. */
export const InAForm: Story = {
  render: () =>
    html`<form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const valid = [...form.querySelectorAll('sugam-combobox')].map((f) => f.reportValidity()).every(Boolean);
        form.querySelector('output')!.textContent = valid ? JSON.stringify([...new FormData(form)]) : '';
      }}
      style="display: grid; gap: 16px; max-inline-size: 28rem; min-block-size: 22rem"
    >
      <sugam-combobox name="district" label="District" required>${districts}</sugam-combobox>
      <sugam-combobox name="village" label="Village" allow-custom optional>
        <sugam-option>Hadapsar</sugam-option>
        <sugam-option>Kharadi</sugam-option>
      </sugam-combobox>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
