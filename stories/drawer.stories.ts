import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/drawer';
import '@sugam/components/button';
import type { SugamDrawer } from '@sugam/components/drawer';

type Args = Pick<SugamDrawer, 'label' | 'placement' | 'size' | 'backdrop' | 'lightDismiss' | 'open'>;

const openNext = (event: Event) => ((event.currentTarget as HTMLElement).nextElementSibling as SugamDrawer).show();

const filters = html`<fieldset style="border: 0; margin: 0; padding: 0">
  <legend>Scheme type</legend>
  <p>
    <label><input type="checkbox" name="type" value="education" /> Education</label>
  </p>
  <p>
    <label><input type="checkbox" name="type" value="health" /> Health</label>
  </p>
  <p>
    <label><input type="checkbox" name="type" value="housing" /> Housing</label>
  </p>
</fieldset>`;

const meta: Meta<Args> = {
  title: 'Overlays/Drawer',
  component: 'sugam-drawer',
  args: { label: 'Filter schemes', placement: 'end', size: 'm', backdrop: 'dark', lightDismiss: true, open: false },
  argTypes: {
    placement: { control: 'inline-radio', options: ['start', 'end', 'top', 'bottom'] },
    size: { control: 'inline-radio', options: ['s', 'm', 'l'] },
    backdrop: { control: 'inline-radio', options: ['dark', 'medium', 'light', 'blur'] },
  },
  render: (args) =>
    html`<sugam-button @click=${openNext}>Filters</sugam-button>
      <sugam-drawer
        label=${args.label}
        placement=${args.placement}
        size=${args.size}
        backdrop=${args.backdrop}
        ?light-dismiss=${args.lightDismiss}
        ?open=${args.open}
      >
        ${filters}
        <sugam-button
          slot="footer"
          @click=${(e: Event) => (e.currentTarget as HTMLElement).closest<SugamDrawer>('sugam-drawer')!.close('apply')}
          >Apply</sugam-button
        >
      </sugam-drawer>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The dialog's modal behaviour in a panel at an edge of the screen. */
export const Playground: Story = {};

/** Open at the end edge: the right in left-to-right text, the left in Urdu. */
export const Open: Story = {
  args: { open: true },
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
  render: (args) => html`<div style="min-block-size: 480px">${meta.render!(args, {} as never)}</div>`,
};

/** start and end are logical (they swap in right-to-left text); top and bottom span the width. */
export const Placements: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 12px">
      ${(['start', 'end', 'top', 'bottom'] as const).map(
        (placement) =>
          html`<div>
            <sugam-button variant="outline" @click=${openNext}>From ${placement}</sugam-button>
            <sugam-drawer label="Drawer at ${placement}" placement=${placement} size="s" light-dismiss>
              <p>Escape, × or a click outside closes it.</p>
            </sugam-drawer>
          </div>`,
      )}
    </div>`,
};

/** A site's navigation on small screens: a drawer from the start edge with a list of links. */
export const Navigation: Story = {
  render: () =>
    html`<sugam-button variant="outline" @click=${openNext}>Menu</sugam-button>
      <sugam-drawer label="Menu" placement="start" size="s" light-dismiss>
        <nav aria-label="Main">
          <ul style="margin: 0; padding-inline-start: 1.25rem; display: grid; gap: 8px">
            <li><a href="#home">Home</a></li>
            <li><a href="#services">Services</a></li>
            <li><a href="#schemes">Schemes</a></li>
            <li><a href="#contact">Contact us</a></li>
          </ul>
        </nav>
      </sugam-drawer>`,
};
