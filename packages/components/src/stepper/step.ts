import { LitElement, html, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { stepper } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import { stepStyles } from './stepper.styles.js';
import { safeUrl } from '../internal/url.js';

registerStrings({ stepper });

export const STEP_STATES = ['upcoming', 'current', 'done', 'warning', 'error', 'disabled'] as const;
export type StepState = (typeof STEP_STATES)[number];

/** Fired (not composed) when a step's state changes, so its stepper updates its summary. */
export const STEP_CHANGED = 'sugam-step-changed';

const STATE_KEYS: Record<StepState, string> = {
  upcoming: 'stepper.upcoming',
  current: 'stepper.current',
  done: 'stepper.done',
  warning: 'stepper.warning',
  error: 'stepper.warning',
  disabled: 'stepper.disabled',
};

/**
 * One step of a `<sugam-stepper>` (a list item). Its state is shown by the marker (a number in the page's
 * numerals, a tick, a warning sign) and said in words to screen readers ("Completed", "Current step", "Needs
 * attention", "Not available", "Not started", in the reader's language). The current step has
 * `aria-current="step"`. With `href`, a step that is not current or disabled is a link (to go back to a
 * completed step).
 *
 * @summary A step of `<sugam-stepper>`: title, optional description, state, optional link.
 * @status stable
 * @since 0.1.0
 *
 * @slot - The step's title (plain inline text).
 * @slot description - More about the step, when it needs more than the `description` attribute.
 *
 * @csspart base - The step's box (a link with `href`).
 * @csspart marker - The circle with the number or icon.
 * @csspart connector - The line to the next step.
 * @csspart title - The title.
 * @csspart description - The description.
 */
export class SugamStep extends LitElement {
  static override styles = stepStyles;

  /** `upcoming`, `current`, `done`, `warning`, `error` or `disabled`. */
  @property({ reflect: true, useDefault: true }) accessor state: StepState = 'upcoming';

  /** Makes the step a link (unless it is the current or a disabled step). */
  @property() accessor href: string | undefined;

  /** A short line under the title. */
  @property() accessor description = '';

  /** Position from 1, set by `<sugam-stepper>`. */
  @property({ type: Number, attribute: false }) accessor index = 1;

  /** Whether this is the last step (no connector), set by `<sugam-stepper>`. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor last = false;

  /** The stepper's orientation, set by `<sugam-stepper>`. */
  @property({ reflect: true }) accessor orientation: 'horizontal' | 'vertical' = 'horizontal';

  /** Whether the stepper shows its compact layout (titles visually hidden), set by `<sugam-stepper>`. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor compact = false;

  private readonly localize = new LocalizeController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'listitem');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('state')) oneOf(this, 'state', this.state, STEP_STATES, 'upcoming');
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The stepper's "Step 2 of 5" summary follows the current step.
    if (changed.has('state') && changed.get('state') !== undefined) {
      this.dispatchEvent(new Event(STEP_CHANGED, { bubbles: true }));
    }
  }

  private marker() {
    const state = oneOf(this, 'state', this.state, STEP_STATES, 'upcoming');
    const icon =
      state === 'done'
        ? ICONS.check()
        : state === 'warning'
          ? ICONS.warning()
          : state === 'error'
            ? ICONS.error()
            : null;
    if (icon) return html`<svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${icon}</svg>`;
    return this.localize.formatNumber(this.index);
  }

  protected override render() {
    const state = oneOf(this, 'state', this.state, STEP_STATES, 'upcoming');
    const current = state === 'current';
    const linked = !!safeUrl(this.href) && !current && state !== 'disabled';
    const content = html`<span part="marker" class="marker" aria-hidden="true">${this.marker()}</span>
      <span part="connector" class="connector" aria-hidden="true"></span>
      <span class="text">
        <span part="title" class="title"><slot></slot></span
        ><span class="visually-hidden">, ${this.localize.t(STATE_KEYS[state])}</span>
        <span part="description" class="description"><slot name="description">${this.description}</slot></span>
      </span>`;
    if (linked) {
      return html`<a part="base" class="base" href=${this.href!}>${content}</a>`;
    }
    return html`<div part="base" class="base" aria-current=${ifDefined(current ? 'step' : undefined)}>${content}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-step': SugamStep;
  }
}
