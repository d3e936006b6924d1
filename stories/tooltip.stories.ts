import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/tooltip';
import '@sugam/components/button';
import type { SugamTooltip } from '@sugam/components/tooltip';

type Args = Pick<SugamTooltip, 'content' | 'placement' | 'open' | 'disabled'>;

const meta: Meta<Args> = {
  title: 'Overlays/Tooltip',
  component: 'sugam-tooltip',
  args: { content: 'Downloads the form as a PDF', placement: 'top', open: false, disabled: false },
  argTypes: { placement: { control: 'inline-radio', options: ['top', 'bottom', 'start', 'end'] } },
  render: (args) =>
    html`<div style="padding: 4rem 1rem; text-align: center">
      <sugam-tooltip content=${args.content} placement=${args.placement} ?open=${args.open} ?disabled=${args.disabled}>
        <sugam-button variant="outline">Download form</sugam-button>
      </sugam-tooltip>
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * Shows on hover (after a short delay) and on keyboard focus; stays while the pointer is on it; Escape hides it
 * and focus stays. The button gets the text as its description. Never the only carrier of information: the same
 * thing must be said elsewhere, because touch and some assistive technology users never see a tooltip.
 */
export const Playground: Story = {};

/** Shown, to see its look. */
export const Open: Story = { args: { open: true } };

/** The preferred side; it flips when there is no room. start and end follow the text direction. */
export const Placements: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 12px; padding: 4rem 1rem; justify-content: center">
      ${(['top', 'bottom', 'start', 'end'] as const).map(
        (placement) =>
          html`<sugam-tooltip content="Tooltip at ${placement}" placement=${placement}>
            <button>${placement}</button>
          </sugam-tooltip>`,
      )}
    </div>`,
};

/** `for="id"` points at an element elsewhere, e.g. an input whose hint repeats what the tooltip says. */
export const ForAnElement: Story = {
  render: () =>
    html`<div style="padding: 4rem 1rem">
      <label for="story-ifsc">IFSC</label>
      <input id="story-ifsc" size="11" aria-describedby="story-ifsc-hint" />
      <p id="story-ifsc-hint">11 characters, like SBIN0001234</p>
      <sugam-tooltip for="story-ifsc" content="Printed on your cheque book" placement="end"></sugam-tooltip>
    </div>`,
};

/** Content with markup goes in `slot="content"` (text only: nothing interactive). */
export const RichContent: Story = {
  render: () =>
    html`<div style="padding: 4rem 1rem; text-align: center">
      <sugam-tooltip open>
        <button>PAN</button>
        <span slot="content"><strong>PAN</strong>: Permanent Account Number</span>
      </sugam-tooltip>
    </div>`,
};
