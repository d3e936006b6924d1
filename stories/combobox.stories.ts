import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/combobox';
import '@sugam/components/button';
import type { SugamCombobox } from '@sugam/components/combobox';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples, type Samples } from './fixtures/samples.js';

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
  | 'multiple'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const DISTRICTS = [
  ['MH-PN', 'pune'],
  ['MH-MU', 'mumbai'],
  ['MH-NG', 'nagpur'],
  ['MH-NS', 'nashik'],
  ['MH-AU', 'sambhajinagar'],
  ['MH-KO', 'kolhapur'],
  ['MH-ST', 'satara'],
  ['MH-GA', 'gadchiroli'],
  ['MH-SO', 'solapur'],
] as const;

/** Districts of Maharashtra as options (Gadchiroli disabled); `selected` marks the given values. */
const districts = (s: Samples, selected: string[] = []) =>
  DISTRICTS.map(
    ([value, key]) =>
      html`<sugam-option value=${value} ?disabled=${value === 'MH-GA'} ?selected=${selected.includes(value)}
        >${s[key]}</sugam-option
      >`,
  );

const meta: Meta<Args> = {
  title: 'Forms/Combobox',
  component: 'sugam-combobox',
  args: {
    label: EN.district,
    hint: EN.districtHint,
    value: '',
    placeholder: '',
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
    allowCustom: false,
    multiple: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<div style="max-inline-size: 28rem; min-block-size: 24rem">
      <sugam-combobox
        label=${sampleArg(args.label, 'district', globals.locale) ?? ''}
        hint=${sampleArg(args.hint, 'districtHint', globals.locale) ?? ''}
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
        ?multiple=${args.multiple}
        >${districts(samples(globals.locale))}</sugam-combobox
      >
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** The list open, in the reader's alphabetical order (the source order is not alphabetical). */
export const Open: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 30rem">
      <sugam-combobox label=${s.district} value="MH-KO" open>${districts(s)}</sugam-combobox>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-combobox label=${s.district} required error-message=${s.districtError}>${districts(s)}</sugam-combobox>
      <sugam-combobox label=${s.district} value="MH-PN" state="success" status-message=${s.found}
        >${districts(s)}</sugam-combobox
      >
      <sugam-combobox label=${s.district} value="MH-ST" state="warning" status-message=${s.checkDetails}
        >${districts(s)}</sugam-combobox
      >
      <sugam-combobox label="${s.district} (${s.readOnly})" value="MH-NG" readonly>${districts(s)}</sugam-combobox>
      <sugam-combobox label="${s.district} (${s.disabled})" value="MH-MU" disabled>${districts(s)}</sugam-combobox>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-combobox label=${s.small} size="sm">${districts(s)}</sugam-combobox>
      <sugam-combobox label=${s.medium} size="md" value="MH-NS">${districts(s)}</sugam-combobox>
      <sugam-combobox label=${s.large} size="lg">${districts(s)}</sugam-combobox>
    </div>`;
  },
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
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 22rem">
      <sugam-combobox label=${s.village} allow-custom value=${s.wadgaonSheri} hint=${s.typeOrChoose}>
        <sugam-option>${s.hadapsar}</sugam-option>
        <sugam-option>${s.kharadi}</sugam-option>
        <sugam-option>${s.wagholi}</sugam-option>
      </sugam-combobox>
    </div>`;
  },
};

/**
 * `multiple`: several options, shown as chips, each submitted under the field's name as a `<select multiple>`
 * does. Enter or a click adds the active option (or removes a chosen one) and the list stays open; Backspace in
 * the empty box removes the last chip; each chip has a "Remove" button. Two districts start `selected`.
 */
export const Multiple: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 30rem">
      <sugam-combobox multiple label=${s.workDistricts} hint=${s.chooseOneOrMore}
        >${districts(s, ['MH-PN', 'MH-NS'])}</sugam-combobox
      >
    </div>`;
  },
};

/** The open list of a multiple field marks each option with a box, filled when it is chosen. */
export const MultipleOpen: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 28rem; min-block-size: 32rem">
      <sugam-combobox multiple open label=${s.workDistricts} hint=${s.chooseOneOrMore}
        >${districts(s, ['MH-PN', 'MH-KO', 'MH-ST'])}</sugam-combobox
      >
    </div>`;
  },
};

/** Multiple, read-only and disabled: the chips stay, without remove buttons. */
export const MultipleStates: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 28rem">
      <sugam-combobox multiple required label=${s.workDistricts} error-message=${s.districtError}
        >${districts(s)}</sugam-combobox
      >
      <sugam-combobox multiple readonly label="${s.workDistricts} (${s.readOnly})"
        >${districts(s, ['MH-NG', 'MH-MU'])}</sugam-combobox
      >
      <sugam-combobox multiple disabled label="${s.workDistricts} (${s.disabled})"
        >${districts(s, ['MH-SO'])}</sugam-combobox
      >
    </div>`;
  },
};

/** Submits the chosen option's value (a multiple field: one entry per chosen option). Submit to see the form data. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form
      novalidate
      @submit=${showFormData}
      style="display: grid; gap: 16px; max-inline-size: 28rem; min-block-size: 22rem"
    >
      <sugam-combobox name="district" label=${s.district} required>${districts(s)}</sugam-combobox>
      <sugam-combobox name="works-in" multiple label=${s.workDistricts} hint=${s.chooseOneOrMore} optional
        >${districts(s)}</sugam-combobox
      >
      <sugam-combobox name="village" label=${s.village} allow-custom optional>
        <sugam-option>${s.hadapsar}</sugam-option>
        <sugam-option>${s.kharadi}</sugam-option>
      </sugam-combobox>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
