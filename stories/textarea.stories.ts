import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/textarea';
import '@sugam/components/button';
import type { SugamTextarea } from '@sugam/components/textarea';

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
    label: 'Describe your complaint',
    hint: 'Say what happened, where and when',
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
  render: (args) =>
    html`<sugam-textarea
      label=${args.label}
      hint=${args.hint}
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
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label="Empty, with a limit" maxlength="200"></sugam-textarea>
      <sugam-textarea label="Under the limit" maxlength="200" value="पानी की पाइपलाइन टूटी है"></sugam-textarea>
      <sugam-textarea
        label="Over the limit"
        maxlength="20"
        value="The streetlight outside the school has not worked for a week"
      ></sugam-textarea>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label="Reason for the request" error-message="Enter the reason for your request"></sugam-textarea>
      <sugam-textarea
        label="Address"
        value="12, Gandhi Marg, Pune"
        state="success"
        status-message="Address found"
      ></sugam-textarea>
      <sugam-textarea
        label="Remarks"
        value="ok"
        state="warning"
        status-message="Add a few more details"
      ></sugam-textarea>
      <sugam-textarea
        label="Officer's note"
        value="Documents verified on 12/03/2026"
        readonly
        rows="2"
      ></sugam-textarea>
      <sugam-textarea label="Appeal" value="Closed for appeals" disabled rows="2"></sugam-textarea>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 16px; max-inline-size: 32rem">
      <sugam-textarea label="Small" size="sm" rows="2" optional></sugam-textarea>
      <sugam-textarea label="Medium" size="md" rows="2"></sugam-textarea>
      <sugam-textarea label="Large" size="lg" rows="2"></sugam-textarea>
    </div>`,
};

/** `auto-grow` makes the box as tall as its text (up to `--sugam-textarea-max-block-size`). */
export const AutoGrow: Story = {
  render: () =>
    html`<div style="max-inline-size: 32rem">
      <sugam-textarea
        label="Your feedback"
        rows="2"
        auto-grow
        value=${'The office was clean.\nThe staff were helpful.\nThe queue moved quickly.'}
      ></sugam-textarea>
    </div>`,
};

/** Submit to see the form data; an over-long text stops the submit with a localized message. */
export const InAForm: Story = {
  render: () =>
    html`<form
      novalidate
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        const valid = [...form.querySelectorAll('sugam-textarea')].map((f) => f.reportValidity()).every(Boolean);
        form.querySelector('output')!.textContent = valid ? JSON.stringify([...new FormData(form)]) : '';
      }}
      style="display: grid; gap: 16px; max-inline-size: 32rem"
    >
      <sugam-textarea name="complaint" label="Describe your complaint" required maxlength="100"></sugam-textarea>
      <sugam-textarea name="suggestion" label="Any suggestion" optional rows="2" auto-grow></sugam-textarea>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
