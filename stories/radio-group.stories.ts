import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/radio-group';
import '@sugam/components/button';
import type { SugamRadioGroup } from '@sugam/components/radio-group';

type Args = Pick<
  SugamRadioGroup,
  'label' | 'hint' | 'value' | 'size' | 'orientation' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const options = html`<sugam-radio value="general">General</sugam-radio>
  <sugam-radio value="obc">Other Backward Classes (OBC)</sugam-radio>
  <sugam-radio value="sc">Scheduled Caste (SC)</sugam-radio>
  <sugam-radio value="st">Scheduled Tribe (ST)</sugam-radio>
  <sugam-radio value="ews" hint="Certificate issued this financial year"
    >Economically Weaker Section (EWS)</sugam-radio
  >`;

const meta: Meta<Args> = {
  title: 'Forms/Radio group',
  component: 'sugam-radio-group',
  subcomponents: { Radio: 'sugam-radio' },
  args: {
    label: 'Category',
    hint: 'As on your caste certificate',
    value: '',
    size: 'md',
    orientation: 'vertical',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    orientation: { control: 'inline-radio', options: ['vertical', 'horizontal'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args) =>
    html`<sugam-radio-group
      name="category"
      label=${args.label}
      hint=${args.hint}
      .value=${args.value}
      size=${args.size}
      orientation=${args.orientation}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
      >${options}</sugam-radio-group
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/** Tab reaches the selected radio (or the first); arrow keys move and select, wrapping; Space selects. */
export const Playground: Story = {};

export const States: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-radio-group label="Category" required error-message="Select your category">${options}</sugam-radio-group>
      <sugam-radio-group label="Category" value="obc" state="success" status-message="Certificate verified"
        >${options}</sugam-radio-group
      >
      <sugam-radio-group label="Category" value="ews" state="warning" status-message="Certificate expires soon"
        >${options}</sugam-radio-group
      >
      <sugam-radio-group label="Category (read-only)" value="sc" readonly>${options}</sugam-radio-group>
      <sugam-radio-group label="Category (disabled)" value="st" disabled>${options}</sugam-radio-group>
      <sugam-radio-group label="One option disabled" value="online">
        <sugam-radio value="online">Online</sugam-radio>
        <sugam-radio value="office" disabled hint="Offices are closed this week">At an office</sugam-radio>
      </sugam-radio-group>
    </div>`,
};

export const Sizes: Story = {
  render: () =>
    html`<div style="display: grid; gap: 24px; max-inline-size: 32rem">
      <sugam-radio-group label="Small" size="sm" value="general">${options}</sugam-radio-group>
      <sugam-radio-group label="Large" size="lg" value="general">${options}</sugam-radio-group>
    </div>`,
};

/** Two or three short options can sit on one line; they wrap on narrow screens. */
export const Horizontal: Story = {
  render: () =>
    html`<sugam-radio-group label="Do you have a ration card?" orientation="horizontal" value="yes">
      <sugam-radio value="yes">Yes</sugam-radio>
      <sugam-radio value="no">No</sugam-radio>
    </sugam-radio-group>`,
};

/** The group submits name=value of the selected radio. Submit to see the form data. */
export const InAForm: Story = {
  render: () =>
    html`<form
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const form = event.target as HTMLFormElement;
        form.querySelector('output')!.textContent = JSON.stringify([...new FormData(form)]);
      }}
      style="display: grid; gap: 16px; max-inline-size: 32rem"
    >
      <sugam-radio-group name="category" label="Category" required>${options}</sugam-radio-group>
      <div><sugam-button type="submit">Submit</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`,
};
