import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/toggletip';
import '@sugam/components/link';
import type { SugamToggletip } from '@sugam/components/toggletip';
import { samples } from './fixtures/samples.js';

type Args = Pick<SugamToggletip, 'label' | 'placement' | 'open'>;

const meta: Meta<Args> = {
  title: 'Overlays/Toggletip',
  component: 'sugam-toggletip',
  args: { label: '', placement: 'top', open: false },
  argTypes: { placement: { control: 'inline-radio', options: ['top', 'bottom', 'start', 'end'] } },
  render: (args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="padding: 6rem 1rem 1rem">
      <span style="font-weight: 600">${s.eligibility}</span>
      <sugam-toggletip label=${args.label} placement=${args.placement} ?open=${args.open}
        >${s.eligibilityText}</sugam-toggletip
      >
    </div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** Press the "i" button (Enter or Space on the keyboard): the explanation opens above, or below without room. */
export const Playground: Story = {};

/**
 * Open, with a link inside: Tab from the button reaches it, and Escape closes the explanation with focus back on
 * the button. The button is named by `label`, else "More information" in the reader's language.
 */
export const Open: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="padding: 7rem 1rem 1rem; min-block-size: 6rem">
      <span style="font-weight: 600">${s.fees}</span>
      <sugam-toggletip open
        >${s.feesText} <sugam-link href="#how-to-apply">${s.howToApply}</sugam-link></sugam-toggletip
      >
    </div>`;
  },
};

/** At the end side (the left in right-to-left text), flipping to the other side when there is no room. */
export const AtTheEnd: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="padding: 1rem; min-block-size: 6rem">
      <span style="font-weight: 600">${s.eligibility}</span>
      <sugam-toggletip open placement="end">${s.eligibilityText}</sugam-toggletip>
    </div>`;
  },
};
