import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@sugam/components/avatar';
import { AVATAR_SHAPES, AVATAR_SIZES, AVATAR_STATUSES, type SugamAvatar } from '@sugam/components/avatar';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<SugamAvatar, 'name' | 'src' | 'size' | 'shape' | 'status'>;

/** A picture drawn inline, so the stories never need the network. */
const photo = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80"><rect width="80" height="80" fill="#c0b3ff"/><circle cx="40" cy="32" r="14" fill="#4a2bc2"/><path d="M12 80c4-18 16-26 28-26s24 8 28 26z" fill="#4a2bc2"/></svg>',
)}`;

const meta: Meta<Args> = {
  title: 'Data display/Avatar',
  component: 'sugam-avatar',
  args: { name: EN.personName, size: 'lg', shape: 'circle' },
  argTypes: {
    size: { control: 'inline-radio', options: [...AVATAR_SIZES] },
    shape: { control: 'inline-radio', options: [...AVATAR_SHAPES] },
    status: { control: 'inline-radio', options: [undefined, ...AVATAR_STATUSES] },
    src: { control: 'text' },
  },
  render: (args, { globals }) =>
    html`<sugam-avatar
      name=${ifDefined(sampleArg(args.name, 'personName', globals.locale))}
      src=${ifDefined(args.src)}
      size=${args.size}
      shape=${args.shape}
      status=${ifDefined(args.status)}
    ></sugam-avatar>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/** A picture, initials from the name (when there is no picture or it fails), and an icon without a name. */
export const Fallbacks: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      <sugam-avatar name=${samples(globals.locale).personName} src=${photo} size="xl"></sugam-avatar>
      <sugam-avatar name=${samples(globals.locale).personName} size="xl"></sugam-avatar>
      <sugam-avatar name="Ravi Kumar" src="data:image/png;base64,broken" size="xl"></sugam-avatar>
      <sugam-avatar decorative size="xl"></sugam-avatar>
    </div>`,
};

/** Initials are whole grapheme clusters in every script: a conjunct like "श्री" is never split. */
export const IndicInitials: Story = {
  render: () =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      <sugam-avatar lang="hi" name="श्रीनिवास राव" size="xl"></sugam-avatar>
      <sugam-avatar lang="hi" name="क्षमा शर्मा" size="xl"></sugam-avatar>
      <sugam-avatar lang="ta" name="ஸ்ரீ ராம்" size="xl"></sugam-avatar>
      <sugam-avatar lang="bn" name="সৌমিত্র চট্টোপাধ্যায়" size="xl"></sugam-avatar>
      <sugam-avatar lang="ml" name="ക്ഷേമ നായർ" size="xl"></sugam-avatar>
      <sugam-avatar lang="ur" dir="rtl" name="محمد علی" size="xl"></sugam-avatar>
    </div>`,
};

/** 24, 32, 40, 48, 56, 64 and 80 px, in both shapes. */
export const Sizes: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: grid; gap: 16px">
      ${AVATAR_SHAPES.map(
        (shape) =>
          html`<div style="display: flex; flex-wrap: wrap; gap: 12px; align-items: center">
            ${AVATAR_SIZES.map((size) => html`<sugam-avatar name=${samples(globals.locale).personName} size=${size} shape=${shape}></sugam-avatar>`)}
          </div>`,
      )}
    </div>`,
};

/** Each status has its own mark as well as colour, and is told to screen readers in the page's language. */
export const Status: Story = {
  render: (_args, { globals }) =>
    html`<div style="display: flex; flex-wrap: wrap; gap: 16px; align-items: center">
      ${AVATAR_STATUSES.map(
        (status) =>
          html`<sugam-avatar
            name=${samples(globals.locale).personName}
            src=${photo}
            size="xl"
            status=${status}
          ></sugam-avatar>`,
      )}
      <sugam-avatar name=${samples(globals.locale).personName} size="xl" shape="square" status="online"></sugam-avatar>
    </div>`,
};

/** Overlapping avatars; past `max`, a "+N" bubble whose accessible name says how many more people there are. */
export const Group: Story = {
  render: (_args, { globals }) =>
    html`<sugam-avatar-group label="Reviewers" max="3">
      <sugam-avatar name=${samples(globals.locale).personName} src=${photo}></sugam-avatar>
      <sugam-avatar name="Ravi Kumar"></sugam-avatar>
      <sugam-avatar name="श्रीनिवास राव"></sugam-avatar>
      <sugam-avatar name="Meena Das"></sugam-avatar>
      <sugam-avatar name="John Paul"></sugam-avatar>
    </sugam-avatar-group>`,
};
