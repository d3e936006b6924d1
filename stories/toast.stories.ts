import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/toast';
import '@sugam/components/button';
import { toast, TOAST_POSITIONS, TOAST_VARIANTS, type ToastPosition, type ToastVariant } from '@sugam/components/toast';
import { EN, sampleArg, samples } from './fixtures/samples.js';

interface Args {
  message: string;
  variant: ToastVariant;
  duration: number | undefined;
  dismissible: boolean;
  actionLabel: string;
  position: ToastPosition;
}

const meta: Meta<Args> = {
  title: 'Feedback/Toast',
  component: 'sugam-toast',
  args: {
    message: EN.applicationSaved,
    variant: 'success',
    duration: undefined,
    dismissible: true,
    actionLabel: '',
    position: 'bottom-end',
  },
  argTypes: {
    variant: { control: 'inline-radio', options: [...TOAST_VARIANTS] },
    position: { control: 'select', options: [...TOAST_POSITIONS] },
    duration: { control: 'number', description: 'ms; 0 = until closed; empty = 5000 (never for errors and actions)' },
    actionLabel: { control: 'text', description: 'An action button, e.g. Undo' },
  },
  render: (args, { globals }) =>
    html`<sugam-button
      @click=${() =>
        toast(sampleArg(args.message, 'applicationSaved', globals.locale) ?? '', {
          variant: args.variant,
          duration: args.duration,
          dismissible: args.dismissible,
          position: args.position,
          action: args.actionLabel ? { label: args.actionLabel } : undefined,
        })}
      >${samples(globals.locale).showToast}</sugam-button
    >`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * `toast(message, options)` shows a toast in a corner of the screen and announces it. Hover over it or move focus
 * into it to pause its timer; Escape closes the focused toast.
 */
export const Playground: Story = {};

/** The four variants as they look in the stack (shown here in the page flow, without timers). */
export const Variants: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 8px; max-inline-size: 28rem">
      <sugam-toast variant="success" dismissible>${s.applicationSaved}</sugam-toast>
      <sugam-toast variant="info" dismissible>${s.officesClosedText}</sugam-toast>
      <sugam-toast variant="warning" dismissible>${s.sessionEndingText}</sugam-toast>
      <sugam-toast variant="error">${s.paymentFailed}</sugam-toast>
    </div>`;
  },
};

/** An action button ("Undo"). Toasts with an action stay until closed, so keyboard users can reach it. */
export const WithAction: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 8px; max-inline-size: 28rem">
      <sugam-toast variant="info" action-label=${s.undo}>${s.draftDeleted}</sugam-toast>
    </div>`;
  },
};

/** Every position (logical: start is the right-hand side in Urdu). Each button opens a toast there. */
export const Positions: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    const names: Record<ToastPosition, string> = {
      'top-start': s.topStart,
      'top-center': s.topCenter,
      'top-end': s.topEnd,
      'bottom-start': s.bottomStart,
      'bottom-center': s.bottomCenter,
      'bottom-end': s.bottomEnd,
    };
    return html`<div style="display: flex; flex-wrap: wrap; gap: 8px">
      ${TOAST_POSITIONS.map(
        (position) =>
          html`<sugam-button
            variant="outline"
            @click=${() => toast(`${s.showToast}: ${names[position]}`, { position, variant: 'info' })}
            >${names[position]}</sugam-button
          >`,
      )}
    </div>`;
  },
};

/** Several toasts stack in the order they arrived; errors are announced assertively. */
export const Stacking: Story = {
  render: (_args, { globals }) =>
    html`<sugam-button
      @click=${() => {
        const s = samples(globals.locale);
        toast(s.applicationSaved, { variant: 'success' });
        toast(s.fileTooLarge, { variant: 'warning' });
        toast(s.paymentFailed, { variant: 'error' });
      }}
      >${samples(globals.locale).showToasts}</sugam-button
    >`,
};

/**
 * A toast about a section in another language takes that section's language and direction with `from`:
 * `toast(message, { from: button })`. Here the Urdu section's button shows a right-to-left toast with an Urdu
 * close button, announced with the Urdu voice, whatever the page's own language.
 */
export const FromAnotherLanguage: Story = {
  render: () => {
    const ur = samples('ur');
    return html`<section lang="ur" dir="rtl" style="display: grid; gap: 8px; justify-items: start">
      <sugam-button
        @click=${(event: Event) =>
          toast(ur.applicationSaved, { variant: 'success', from: event.currentTarget as Element })}
        >${ur.showToast}</sugam-button
      >
    </section>`;
  },
};
