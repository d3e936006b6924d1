import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocalizeController, registerStrings } from '@sugam/i18n';
import { errorSummary } from '@sugam/i18n/en';
import { hostStyles } from '../internal/styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';

registerStrings({ errorSummary });

/** One entry of the summary. */
export interface ErrorSummaryItem {
  /** What is wrong (the link text, after the label). */
  message: string;
  /** The field's label, said before the message ("Full name: Fill in this field."). */
  label?: string;
  /** The control the link moves focus to: the element, or its id (with or without `#`) in the summary's tree. */
  target?: Element | string;
}

/** What the summary reads from a control (native or Sugam). */
interface Validatable extends HTMLElement {
  name?: string;
  label?: string;
  errorMessage?: string;
  willValidate?: boolean;
  validationMessage?: string;
  labels?: NodeListOf<HTMLLabelElement> | null;
  checkValidity?(): boolean;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const hasText = (nodes: Node[]) => nodes.some((node) => clean(node.textContent) !== '');

/**
 * The GOV.UK error summary: a box at the top of a form or page that says "There is a problem" in the reader's
 * language and lists every error as a link to its field. It takes focus when it appears (so keyboard and screen
 * reader users land on it), and its heading and list are inside `role="alert"`. A link moves focus to the
 * field's control, also inside a Sugam control's shadow root, after scrolling its label into view.
 *
 * Fill it from a form with `summary.showFor(form)` (it checks every native and Sugam control of the form and
 * lists the invalid ones with their labels and localized messages), give it `for="form-id"` to do that on
 * every submit, or set `errors` to what the server found. Empty, it renders nothing.
 *
 * @summary GOV.UK error summary: a focused box listing a form's errors as links to the fields.
 * @status stable
 * @since 0.1.0
 *
 * @slot - Optional text under the heading (e.g. what to do before sending the form again).
 *
 * @csspart base - The box (focused when shown).
 * @csspart heading - The heading.
 * @csspart list - The list of errors.
 * @csspart link - Each link to a field.
 *
 * @event sugam-error-summary-show - After the summary has been filled and shown (detail: `{ count }`).
 */
export class SugamErrorSummary extends LitElement {
  static override styles = [hostStyles, errorSummaryStyles];

  /** The errors listed. `showFor()` and `for` fill it; a page can set it (e.g. from server-side validation). */
  @property({ attribute: false }) accessor errors: ErrorSummaryItem[] = [];

  /** The heading (default: the localized "There is a problem"). */
  @property() accessor heading = '';

  /** The heading level, 1–6 (default 2). */
  @property({ type: Number, attribute: 'heading-level' }) accessor headingLevel = 2;

  /** The id of a form: on every submit the summary checks it, lists its errors and stops an invalid submit. */
  @property({ attribute: 'for' }) accessor htmlFor: string | undefined;

  /** Do not move focus to the summary when it appears (e.g. when several are on one page). */
  @property({ type: Boolean, attribute: 'no-autofocus' }) accessor noAutofocus = false;

  @state() private accessor hasDescription = false;

  @query('.summary') private accessor base!: HTMLElement | null;

  private readonly localize = new LocalizeController(this);
  private readonly internals = this.attachInternals();
  private focusOnShow = true;
  private collecting = false;
  private invalidScheduled = false;
  private listeningOn: Document | ShadowRoot | undefined;
  private renderedLang = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasDescription = hasText([...this.childNodes]);
    this.listen();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten();
  }

  /**
   * Checks every control of `form` (firing their `invalid` events, so Sugam controls show their messages too),
   * lists the invalid ones with their labels and messages, and shows the summary, focused. Returns how many
   * errors there are; with none the summary hides.
   */
  showFor(form: HTMLFormElement, options: { focus?: boolean } = {}): number {
    const items: ErrorSummaryItem[] = [];
    const radios = new Set<string>();
    this.collecting = true;
    try {
      for (const element of Array.from(form.elements) as Validatable[]) {
        const pageError = typeof element.errorMessage === 'string' ? element.errorMessage : '';
        if (!pageError && (!element.willValidate || element.checkValidity?.() !== false)) continue;
        if (element instanceof HTMLInputElement && element.type === 'radio') {
          if (radios.has(element.name)) continue;
          radios.add(element.name);
        }
        items.push({
          label: labelOf(element),
          message: pageError || element.validationMessage || '',
          target: element,
        });
      }
    } finally {
      this.collecting = false;
    }
    this.focusOnShow = options.focus ?? true;
    this.errors = items;
    return items.length;
  }

  /** Empties and hides the summary. */
  clear(): void {
    this.errors = [];
  }

  override focus(options?: FocusOptions): void {
    this.base?.focus(options);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Empty, it takes no room either (no gap of its own in a grid or flex layout): `:state(empty)`.
    try {
      this.internals.states[this.errors.length ? 'delete' : 'add']('empty');
    } catch {
      // Browsers without CustomStateSet keep an empty block.
    }
    if (changed.has('htmlFor')) this.listen();
    if (this.localize.lang !== this.renderedLang) {
      // The controls re-word their messages in the new language in their own update: read them after it.
      this.renderedLang = this.localize.lang;
      const pending = this.errors.map((item) => (item.target as Partial<LitElement> | undefined)?.updateComplete);
      if (pending.some(Boolean)) void Promise.all(pending).then(() => this.requestUpdate());
    }
    if (changed.has('errors') && this.errors.length) {
      if (this.focusOnShow && !this.noAutofocus) this.base?.focus();
      this.focusOnShow = true;
      this.dispatchEvent(
        new CustomEvent('sugam-error-summary-show', {
          detail: { count: this.errors.length },
          bubbles: true,
          composed: true,
        }),
      );
    }
  }

  private listen(): void {
    this.unlisten();
    if (!this.htmlFor || !this.isConnected) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    // Capture: the summary decides before the page's own submit handlers run (they see defaultPrevented).
    root.addEventListener('submit', this.handleSubmit, true);
    root.addEventListener('invalid', this.handleInvalid, true);
    this.listeningOn = root;
  }

  private unlisten(): void {
    this.listeningOn?.removeEventListener('submit', this.handleSubmit, true);
    this.listeningOn?.removeEventListener('invalid', this.handleInvalid, true);
    this.listeningOn = undefined;
  }

  private ownForm(target: EventTarget | null): HTMLFormElement | undefined {
    if (target instanceof HTMLFormElement) return target.id === this.htmlFor ? target : undefined;
    const form = (target as Validatable & { form?: HTMLFormElement | null })?.form;
    return form instanceof HTMLFormElement && form.id === this.htmlFor ? form : undefined;
  }

  /** A form that does not validate itself (`novalidate`): list its errors and stop the submit. */
  private readonly handleSubmit = (event: Event) => {
    const form = this.ownForm(event.target);
    if (form && this.showFor(form) > 0) event.preventDefault();
  };

  /** A form the browser validates: the browser focuses the first invalid field; the summary lists them all. */
  private readonly handleInvalid = (event: Event) => {
    const form = this.ownForm(event.target);
    if (!form || this.collecting || this.invalidScheduled) return;
    this.invalidScheduled = true;
    queueMicrotask(() => {
      this.invalidScheduled = false;
      this.showFor(form, { focus: false });
    });
  };

  private resolve(target: ErrorSummaryItem['target']): HTMLElement | null {
    if (target instanceof HTMLElement) return target;
    if (typeof target !== 'string' || !target) return null;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById(target.replace(/^#/, ''));
  }

  private handleClick(event: MouseEvent, item: ErrorSummaryItem): void {
    const target = this.resolve(item.target);
    if (!target) return;
    event.preventDefault();
    // As GOV.UK does: bring the field's label (or legend) into view with the control, then focus the control.
    const control = target as Validatable;
    const label =
      control.labels?.[0] ?? target.closest('fieldset')?.querySelector(':scope > legend') ?? (target as HTMLElement);
    label.scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
  }

  private linkText(item: ErrorSummaryItem): string {
    const target = item.target instanceof Element ? (item.target as Validatable) : undefined;
    // A control re-words its message when the language changes; read it live while it is still invalid.
    const message = clean((!target?.errorMessage && target?.validationMessage) || item.message);
    const label = clean(item.label);
    return label ? this.localize.t('errorSummary.entry', { label, message }) : message;
  }

  private href(item: ErrorSummaryItem): string {
    const id = item.target instanceof Element ? item.target.id : (item.target ?? '').replace(/^#/, '');
    return id ? `#${id}` : '#';
  }

  protected override render() {
    if (!this.errors.length) return nothing;
    const level =
      Number.isInteger(this.headingLevel) && this.headingLevel >= 1 && this.headingLevel <= 6 ? this.headingLevel : 2;
    return html`<div part="base" class="summary" tabindex="-1" dir=${this.localize.dir}>
      <div role="alert">
        <div part="heading" class="heading" role="heading" aria-level=${level}>
          ${this.heading || this.localize.t('errorSummary.title')}
        </div>
        <div class="description" ?hidden=${!this.hasDescription}>
          <slot
            @slotchange=${(e: Event) => (this.hasDescription = hasText((e.target as HTMLSlotElement).assignedNodes()))}
          ></slot>
        </div>
        <ul part="list" class="list">
          ${this.errors.map(
            (item) =>
              html`<li>
                <a part="link" href=${this.href(item)} @click=${(event: MouseEvent) => this.handleClick(event, item)}
                  >${this.linkText(item)}</a
                >
              </li>`,
          )}
        </ul>
      </div>
    </div>`;
  }
}

/** The name people see for a control: its label, legend, aria-label(ledby), title or name. */
function labelOf(element: Validatable): string {
  if (typeof element.label === 'string' && element.localName.includes('-')) return clean(element.label);
  if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
    const legend = element.closest('fieldset')?.querySelector(':scope > legend');
    if (legend && element.type === 'radio') return clean(legend.textContent);
  }
  const labelled = element.getAttribute('aria-labelledby');
  if (labelled) {
    const root = element.getRootNode() as Document | ShadowRoot;
    const text = labelled
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent)
      .join(' ');
    if (clean(text)) return clean(text);
  }
  const ariaLabel = element.getAttribute('aria-label');
  if (clean(ariaLabel)) return clean(ariaLabel);
  const label = element.labels?.[0];
  if (label) return clean(label.textContent);
  return clean(element.title || element.name || '');
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-error-summary': SugamErrorSummary;
  }
  interface HTMLElementEventMap {
    'sugam-error-summary-show': CustomEvent<{ count: number }>;
  }
}
