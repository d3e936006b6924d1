import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { stepper } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import { NarrowController } from '../internal/observers.js';
import { STEP_CHANGED, type SugamStep } from './step.js';
import { stepperStyles } from './stepper.styles.js';

registerStrings({ stepper });

export const STEPPER_ORIENTATIONS = ['horizontal', 'vertical'] as const;
export const STEPPER_LAYOUTS = ['auto', 'full', 'compact'] as const;
export type StepperOrientation = (typeof STEPPER_ORIENTATIONS)[number];
export type StepperLayout = (typeof STEPPER_LAYOUTS)[number];

/** Below this width (CSS px) a horizontal stepper with `layout="auto"` switches to its compact layout. */
const COMPACT_BELOW = 576;

/**
 * The progress of a multi-step form: an ordered list of `<sugam-step>` children, each done, current, warning/error,
 * disabled or upcoming. Every state is said in words (visually hidden, localized), the current step has
 * `aria-current="step"`, and step numbers are written in the page's numerals.
 *
 * Horizontal (default) or vertical. In the compact layout (`layout="compact"`, or `auto` when a horizontal
 * stepper is narrower than 576 px) it shows "Step 2 of 5" and the current step's title above a row of markers.
 * Steps with `href` link back to completed steps.
 *
 * @summary Stepper: progress through a multi-step form, states in words, horizontal, vertical or compact.
 * @status stable
 * @since 0.1.0
 *
 * @slot - `<sugam-step>` elements.
 *
 * @csspart summary - The "Step 2 of 5" line of the compact layout.
 * @csspart list - The `<ol>` holding the steps.
 */
export class SugamStepper extends LitElement {
  static override styles = stepperStyles;

  /** `horizontal` (steps in a row) or `vertical` (steps in a column). */
  @property({ reflect: true, useDefault: true }) accessor orientation: StepperOrientation = 'horizontal';

  /** `auto` (compact when a horizontal stepper is narrow), `full` or `compact`. */
  @property({ reflect: true, useDefault: true }) accessor layout: StepperLayout = 'auto';

  /** The list's accessible name. Defaults to "Progress" in the reader's language. */
  @property() accessor label: string | undefined;

  @state() private accessor steps: SugamStep[] = [];

  private readonly localize = new LocalizeController(this);
  private readonly width = new NarrowController(this, () => COMPACT_BELOW);

  constructor() {
    super();
    this.addEventListener(STEP_CHANGED, () => this.requestUpdate());
  }

  /** Whether the compact layout is in effect. */
  get compact(): boolean {
    const layout = oneOf(this, 'layout', this.layout, STEPPER_LAYOUTS, 'auto');
    if (layout !== 'auto') return layout === 'compact';
    return this.width.narrow && this.orientation !== 'vertical';
  }

  private readSteps(): void {
    this.steps = [...this.children].filter((child): child is SugamStep => child.localName === 'sugam-step');
    this.steps.forEach((step, i) => {
      step.index = i + 1;
      step.last = i === this.steps.length - 1;
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orientation')) oneOf(this, 'orientation', this.orientation, STEPPER_ORIENTATIONS, 'horizontal');
    if (changed.has('layout')) oneOf(this, 'layout', this.layout, STEPPER_LAYOUTS, 'auto');
  }

  protected override updated(): void {
    const compact = this.compact;
    const vertical = oneOf(this, 'orientation', this.orientation, STEPPER_ORIENTATIONS, 'horizontal') === 'vertical';
    this.toggleAttribute('data-compact', compact);
    for (const step of this.steps) {
      step.compact = compact;
      step.orientation = vertical ? 'vertical' : 'horizontal';
    }
  }

  protected override render() {
    const steps = this.steps;
    const currentIndex = steps.findIndex((step) => step.state === 'current');
    const current = currentIndex >= 0 ? steps[currentIndex] : undefined;
    return html`${
        this.compact && steps.length > 0
          ? html`<p part="summary" class="summary">
              <span class="count"
                >${this.localize.t('stepper.stepOf', {
                  step:
                    currentIndex >= 0 ? currentIndex + 1 : Math.max(1, steps.filter((s) => s.state === 'done').length),
                  total: steps.length,
                })}</span
              >
              ${current ? html`<span class="current" aria-hidden="true">${current.textContent?.trim()}</span>` : nothing}
            </p>`
          : nothing
      }
      <ol part="list" class="list" aria-label=${this.label || this.localize.t('stepper.label')}>
        <slot @slotchange=${this.readSteps}></slot>
      </ol>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-stepper': SugamStepper;
  }
}
