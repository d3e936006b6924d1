import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/textarea';
import '@sugam/components/button';
import type { SugamTextarea } from '@sugam/components/textarea';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamTextarea,
  | 'label'
  | 'hint'
  | 'value'
  | 'placeholder'
  | 'rows'
  | 'autoGrow'
  | 'size'
  | 'required'
  | 'optional'
  | 'disabled'
  | 'readonly'
> & { maxlength?: number; state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const meta: Meta<Args> = {
  title: 'Forms/Textarea',
  component: 'sugam-textarea',
  args: {
    label: EN.complaint,
    hint: EN.complaintHint,
    value: '',
    placeholder: '',
    rows: 4,
    autoGrow: false,
    maxlength: 200,
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-textarea
      label=${sampleArg(args.label, 'complaint', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'complaintHint', globals.locale) ?? ''}
      value=${args.value}
      placeholder=${args.placeholder}
      rows=${args.rows}
      maxlength=${ifDefined(args.maxlength)}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?auto-grow=${args.autoGrow}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-textarea>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/**
 * The counter counts characters as readers see them (क्षि is one), in the reader's digits. Over the limit the
 * text is kept, and the counter says by how much.
 */
export const CharacterCounter: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label=${s.emptyWithLimit} maxlength="200"></sugam-textarea>
      <sugam-textarea label=${s.underLimit} maxlength="200" value="पानी की पाइपलाइन टूटी है"></sugam-textarea>
      <sugam-textarea label=${s.overLimit} maxlength="20" value=${s.complaintText}></sugam-textarea>
    </div>`;
  },
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label=${s.complaint} error-message=${s.complaintError}></sugam-textarea>
      <sugam-textarea
        label=${s.address}
        value=${s.addressValue}
        state="success"
        status-message=${s.found}
      ></sugam-textarea>
      <sugam-textarea label=${s.feedback} value="ok" state="warning" status-message=${s.moreDetails}></sugam-textarea>
      <sugam-textarea label=${s.review} value=${s.saved} readonly rows="2"></sugam-textarea>
      <sugam-textarea label=${s.status} value=${s.closed} disabled rows="2"></sugam-textarea>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label=${s.small} size="sm" rows="2" optional></sugam-textarea>
      <sugam-textarea label=${s.medium} size="md" rows="2"></sugam-textarea>
      <sugam-textarea label=${s.large} size="lg" rows="2"></sugam-textarea>
    </div>`;
  },
};

/** `auto-grow` makes the box as tall as its text (up to `--sugam-textarea-max-block-size`). */
export const AutoGrow: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="max-inline-size: 32rem">
      <sugam-textarea label=${s.feedback} rows="2" auto-grow value=${s.feedbackLines}></sugam-textarea>
    </div>`;
  },
};

/** Submit to see the form data; an over-long text stops the submit with a localized message. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea name="complaint" label=${s.complaint} required maxlength="100"></sugam-textarea>
      <sugam-textarea name="suggestion" label=${s.feedback} optional rows="2" auto-grow></sugam-textarea>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
