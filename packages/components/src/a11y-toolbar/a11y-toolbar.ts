import { LitElement, html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { cssProperties } from '../internal/css-properties.js';
import { LocalizeController, findLocale, registerStrings } from '@sugam/i18n';
import { a11yToolbar, common } from '@sugam/i18n/en';
import { oneOf } from '../internal/enum.js';
import * as ICONS from '../internal/icon-set.js';
import {
  A11Y_CHANGE_EVENT,
  A11Y_STORAGE_KEY,
  TEXT_SCALE_STEPS,
  A11Y_THEMES,
  LINE_HEIGHT_STEPS,
  TEXT_SPACING_STEPS,
  applyA11ySettings,
  readA11ySettings,
  resetA11ySettings,
  toolbarSettings,
  writeA11ySettings,
  type A11ySettings,
  type A11yTheme,
  type A11yToolbarSettings,
} from '../internal/a11y-settings.js';
import { chunkText, loadVoices, pickVoice, textToRead } from './speech.js';
import { a11yToolbarStyles } from './a11y-toolbar.styles.js';

registerStrings({ a11yToolbar, common });

export {
  A11Y_STORAGE_KEY,
  A11Y_CHANGE_EVENT,
  TEXT_SCALE_STEPS,
  LINE_HEIGHT_STEPS,
  TEXT_SPACING_STEPS,
  applyA11ySettings,
  readA11ySettings,
  writeA11ySettings,
  resetA11ySettings,
  motionReduced,
  type A11ySettings,
  type A11yToolbarSettings,
  type A11yTheme,
} from '../internal/a11y-settings.js';

export const A11Y_TOOLBAR_VARIANTS = ['panel', 'inline'] as const;
export type A11yToolbarVariant = (typeof A11Y_TOOLBAR_VARIANTS)[number];

/** The event another component fires on `document` to open the toolbar (e.g. the identity bar's button). */
export const A11Y_OPEN_EVENT = 'sugam-a11y-open';

/** Icons this component needs that the shared set lacks (drawn for it, 24 × 24). */
const OWN_ICONS = {
  cursor: svg`<path d="M6 2v17.5l4.3-4.1 2.9 6.6 2.9-1.3-2.9-6.5H19z" />`,
  mask: svg`<path d="M3 3h18v6H3zm0 12h18v6H3zm0-4h18v2H3z" opacity=".45" /><path d="M3 10h18v4H3z" />`,
  invert: svg`<path d="M12 3a9 9 0 1 0 0 18V3zm0-1a10 10 0 1 1 0 20 10 10 0 0 1 0-20zm1 3.1v13.8a7 7 0 0 0 0-13.8z" />`,
  desaturate: svg`<path d="M12 2.7 6.3 8.4a8 8 0 1 0 11.4 0zM12 19.5V5.5l4.2 4.3a6 6 0 0 1-4.2 9.7z" />`,
  font: svg`<path d="M9.6 4h2.8L18 20h-2.6l-1.4-4H8l-1.4 4H4zm-.8 9.8h4.4L11 7.6z" />`,
  lineHeight: svg`<path d="M6 7h2.5L5 3.5 1.5 7H4v10H1.5L5 20.5 8.5 17H6zm4-2v2h12V5zm0 14h12v-2H10zm0-6h12v-2H10z" />`,
  spacing: svg`<path d="M2 20h20v-2H2zM7 4 3 15h2l1-3h4l1 3h2L9 4zm-.4 6L8 6l1.4 4zM15 8l-3 3 3 3v-2h4v2l3-3-3-3v2h-4z" />`,
  stop: svg`<path d="M6 6h12v12H6z" />`,
  reset: svg`<path d="M12 5V1L7 6l5 5V7a6 6 0 1 1-6 6H4a8 8 0 1 0 8-8z" />`,
};

const icon = (path: TemplateResult) =>
  html`<svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${path}</svg>`;

type Toggle =
  | 'highlightLinks'
  | 'readingFont'
  | 'hideImages'
  | 'largeCursor'
  | 'invert'
  | 'desaturate'
  | 'pauseAnimations'
  | 'readingMask';

interface Shortcut {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  code: string;
}

/** Reads "Alt+Shift+A" (letters and digits by their physical key, so any keyboard layout works). */
export function parseShortcut(value: string | undefined | null): Shortcut | undefined {
  if (!value) return undefined;
  const parts = value.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return undefined;
  const code = /^[a-z]$/.test(key) ? `Key${key.toUpperCase()}` : /^[0-9]$/.test(key) ? `Digit${key}` : undefined;
  if (!code) return undefined;
  const has = (...names: string[]) => parts.some((p) => names.includes(p));
  const shortcut = {
    alt: has('alt', 'option'),
    ctrl: has('ctrl', 'control'),
    shift: has('shift'),
    meta: has('meta', 'cmd'),
    code,
  };
  // A shortcut without Alt, Ctrl or Meta would fire while the visitor types (WCAG 2.1.4).
  return shortcut.alt || shortcut.ctrl || shortcut.meta ? shortcut : undefined;
}

/** The element that has focus, through shadow roots. */
function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Toolbars on the page, in connection order: the first one answers the open event and draws the reading mask. */
const toolbars: SugamA11yToolbar[] = [];

/**
 * The accessibility toolbar: text size, line height and text spacing in steps, a reading font for Latin text,
 * highlighted links, hidden images, a large cursor, colour theme, inverted and desaturated colours, paused
 * animations, a reading mask, read aloud (Web Speech API, in the text's own language, never with a voice of another
 * language) and reset all. It matches UX4G's accessibility widget and fixes its faults: every control is a real
 * button, radio or stepper with its own name and state, in the page's language and numerals.
 *
 * Settings apply through the document root (`--sugam-text-scale`, `--sugam-line-height-factor`, spacing factors,
 * `data-sugam-theme`, `data-sugam-a11y-*` attributes): tokens.css and the shared host styles of every component
 * read them, so they reach inside shadow roots. They are saved in `localStorage['sugam-a11y']` (shared with the
 * identity bar's text size buttons) and re-applied when this module is imported. With `variant="panel"` (default)
 * a button opens the toolbar as a non-modal dialog beside the page; Escape closes it and returns focus. A
 * `sugam-a11y-open` event on `document` also opens it (the identity bar's button sends it; focus returns to
 * `detail.trigger`); `shortcut="Alt+Shift+A"` adds a keyboard shortcut, matched by physical key so it works with any
 * keyboard layout (InScript too), needing Alt, Ctrl or Meta so it never fires while typing, and clear of screen
 * reader keys (NVDA and JAWS use Insert or Caps Lock, VoiceOver Ctrl+Option).
 *
 * Read aloud uses the browser's speech synthesis with a voice of the text's language (the selection's `lang`, else
 * the `<main>` content's). When the device has no such voice it says so, in the page's language, rather than read
 * Tamil with an English voice. The reading font changes Latin-script text only (a note says so): it names fonts a
 * visitor may have installed (OpenDyslexic, Lexend), then wide sans fonts every system has; no font is downloaded.
 * The large cursor uses SVG `data:` URLs (a Content-Security-Policy needs `img-src data:` for it).
 *
 * @summary Accessibility toolbar: text size, spacing, reading font, links, images, cursor, theme, filters, motion, reading mask, read aloud.
 * @status experimental
 * @since 0.1.0
 *
 * @csspart trigger - The button that opens the panel (panel variant).
 * @csspart panel - The dialog (panel variant) or section (inline variant) holding the controls.
 * @csspart reading-mask - The reading mask overlay.
 *
 * @cssprop --sugam-a11y-toolbar-inline-size - Width of the panel. Defaults to 24rem (the whole width on a phone).
 * @cssprop --sugam-a11y-reading-mask-band - Height of the clear band of the reading mask. Defaults to about three lines.
 *
 * @event sugam-a11y-change - On `window`, whenever a setting changes (detail: all settings), from any control.
 */
export class SugamA11yToolbar extends LitElement {
  static override styles = a11yToolbarStyles;

  /** How long read aloud waits for the browser's voice list before it reports that no voice is there (ms). */
  static voiceWait = 1000;

  /** `panel`: a button opens the toolbar as a dialog beside the page. `inline`: the controls sit in the page. */
  @property({ reflect: true, useDefault: true }) accessor variant: A11yToolbarVariant = 'panel';

  /** Keyboard shortcut that opens the panel, e.g. "Alt+Shift+A" (needs Alt, Ctrl or Meta). None by default. */
  @property() accessor shortcut: string | undefined;

  /** Whether the panel is open (panel variant). */
  @property({ type: Boolean, reflect: true }) accessor open = false;

  @state() private accessor settings: A11ySettings & A11yToolbarSettings = SugamA11yToolbar.current();
  @state() private accessor speaking = false;
  /** The read-aloud message (reading, no voice, nothing to read). */
  @state() private accessor speechMessage = '';
  /** Polite announcement of the last change ("Text size 125%"). */
  @state() private accessor announcement = '';
  @state() private accessor maskY = 0;

  @query('#panel') private accessor panel!: HTMLElement | null;
  @query('.trigger') private accessor trigger!: HTMLButtonElement | null;

  private readonly localize = new LocalizeController(this);
  private returnFocus: HTMLElement | null = null;
  private pendingSelection: { text: string; lang: string } | undefined;
  private speechRun = 0;
  private maskFrame = 0;

  private static current(): A11ySettings & A11yToolbarSettings {
    const stored = readA11ySettings();
    return { ...stored, ...toolbarSettings(stored) };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    toolbars.push(this);
    this.settings = SugamA11yToolbar.current();
    globalThis.addEventListener(A11Y_CHANGE_EVENT, this.onChange);
    globalThis.addEventListener('storage', this.onStorage);
    document.addEventListener(A11Y_OPEN_EVENT, this.onOpenEvent);
    document.addEventListener('keydown', this.onShortcut);
    this.syncMask();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    const index = toolbars.indexOf(this);
    if (index >= 0) toolbars.splice(index, 1);
    globalThis.removeEventListener(A11Y_CHANGE_EVENT, this.onChange);
    globalThis.removeEventListener('storage', this.onStorage);
    document.removeEventListener(A11Y_OPEN_EVENT, this.onOpenEvent);
    document.removeEventListener('keydown', this.onShortcut);
    this.stopReading();
    this.syncMask(false);
    // The next toolbar on the page takes over the reading mask.
    if (index === 0 && toolbars[0]) {
      toolbars[0].syncMask();
      toolbars[0].requestUpdate();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // An unknown variant renders as the default panel, with one warning.
    if (changed.has('variant')) oneOf(this, 'variant', this.variant, A11Y_TOOLBAR_VARIANTS, 'panel');
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Kept in step on every update (a panel that was moved in the page is closed by the browser).
    const panel = this.panel;
    if (!panel || !panel.isConnected) return;
    const shown = panel.matches(':popover-open');
    if (this.open && !shown) {
      panel.showPopover();
      // Opened by the visitor: focus moves in. A page that starts with `open` does not have its focus taken.
      if (!(changed.has('open') && changed.get('open') === undefined)) {
        this.shadowRoot!.querySelector<HTMLElement>('.close')?.focus();
      }
    } else if (!this.open && shown) panel.hidePopover();
  }

  /**
   * Opens the panel and moves focus into it (panel variant); scrolls to and focuses the first control (inline).
   * Closing returns focus to `returnFocusTo`, by default the element that had focus.
   */
  show(returnFocusTo?: HTMLElement): void {
    this.returnFocus = returnFocusTo ?? (deepActiveElement() as HTMLElement | null);
    if (this.variant === 'inline') {
      const first = this.shadowRoot?.querySelector<HTMLElement>('button, input');
      first?.scrollIntoView({ block: 'nearest' });
      first?.focus();
      return;
    }
    this.open = true;
  }

  /** Closes the panel and returns focus to the control that opened it. */
  hide(): void {
    if (!this.open) return;
    const focusInside = this.matches(':focus-within') || this.shadowRoot?.activeElement != null;
    this.open = false;
    if (focusInside) {
      const target = this.returnFocus?.isConnected ? this.returnFocus : this.trigger;
      target?.focus();
    }
    this.returnFocus = null;
  }

  private readonly onChange = (event: Event) => {
    const detail = (event as CustomEvent<A11ySettings>).detail ?? readA11ySettings();
    this.settings = { ...detail, ...toolbarSettings(detail) };
    this.syncMask();
  };

  private readonly onStorage = (event: StorageEvent) => {
    if (event.key !== A11Y_STORAGE_KEY && event.key !== null) return;
    applyA11ySettings(document.documentElement);
    this.settings = SugamA11yToolbar.current();
    this.syncMask();
  };

  private readonly onOpenEvent = (event: Event) => {
    // The first toolbar on the page answers; preventDefault tells the sender (and other toolbars) it was handled.
    if (event.defaultPrevented || toolbars[0] !== this) return;
    event.preventDefault();
    // The sender may name the control to return focus to (the identity bar sends detail.trigger).
    const trigger = (event as CustomEvent<{ trigger?: unknown } | null>).detail?.trigger;
    this.show(trigger instanceof HTMLElement ? trigger : undefined);
  };

  private readonly onShortcut = (event: KeyboardEvent) => {
    const shortcut = parseShortcut(this.shortcut);
    if (!shortcut || event.defaultPrevented || event.repeat || event.isComposing) return;
    if (
      event.code !== shortcut.code ||
      event.altKey !== shortcut.alt ||
      event.ctrlKey !== shortcut.ctrl ||
      event.shiftKey !== shortcut.shift ||
      event.metaKey !== shortcut.meta
    )
      return;
    event.preventDefault();
    if (this.open) this.hide();
    else this.show();
  };

  private write(partial: Partial<A11ySettings & A11yToolbarSettings>, announcement?: string): void {
    const saved = writeA11ySettings(partial);
    this.settings = { ...saved, ...toolbarSettings(saved) };
    this.syncMask();
    if (announcement !== undefined) this.announce(announcement);
  }

  private announce(text: string): void {
    // Cleared first, so that the same words twice (a step at a limit) are announced again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  private percent(value: number): string {
    return this.localize.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
  }

  private step(steps: readonly number[], value: number, direction: 1 | -1): number {
    if (direction > 0) return steps.find((s) => s > value + 1e-9) ?? value;
    return [...steps].reverse().find((s) => s < value - 1e-9) ?? value;
  }

  private changeTextScale(direction: 1 | -1 | 0): void {
    const value = direction === 0 ? 1 : this.step(TEXT_SCALE_STEPS, this.settings.textScale, direction);
    this.write({ textScale: value }, this.localize.t('a11yToolbar.textSizeValue', { value: this.percent(value) }));
  }

  private changeLineHeight(direction: 1 | -1): void {
    const value = this.step(LINE_HEIGHT_STEPS, this.settings.lineHeight, direction);
    this.write({ lineHeight: value }, this.localize.t('a11yToolbar.lineHeightValue', { value: this.percent(value) }));
  }

  private spacingText(level: number): string {
    return level === 0
      ? this.localize.t('a11yToolbar.off')
      : this.localize.t('a11yToolbar.level', { level, max: TEXT_SPACING_STEPS.length - 1 });
  }

  private changeSpacing(direction: 1 | -1): void {
    const level = Math.min(Math.max(this.settings.textSpacing + direction, 0), TEXT_SPACING_STEPS.length - 1);
    const text = `${this.localize.t('a11yToolbar.textSpacing')}: ${this.spacingText(level)}`;
    this.write({ textSpacing: level }, text);
  }

  private toggle(field: Toggle): void {
    this.write({ [field]: !this.settings[field] });
  }

  private setTheme(theme: A11yTheme | null): void {
    this.write({ theme });
  }

  private resetAll(): void {
    this.stopReading();
    const saved = resetA11ySettings();
    this.settings = { ...saved, ...toolbarSettings(saved) };
    this.syncMask();
    this.speechMessage = '';
    this.announce(this.localize.t('a11yToolbar.resetDone'));
  }

  // --- Read aloud ---------------------------------------------------------------------------------------------

  /** Remembers the page's selection before a pointer press on Read aloud can clear it. */
  private rememberSelection(): void {
    const found = textToRead(document.getSelection());
    this.pendingSelection = document.getSelection()?.isCollapsed === false ? found : undefined;
  }

  private async readAloud(): Promise<void> {
    const target = this.pendingSelection ?? textToRead(document.getSelection());
    this.pendingSelection = undefined;
    const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
    this.stopReading();
    const run = ++this.speechRun;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') {
      this.speechMessage = this.localize.t('a11yToolbar.speechUnsupported');
      return;
    }
    if (!target.text) {
      this.speechMessage = this.localize.t('a11yToolbar.nothingToRead');
      return;
    }
    const voice = pickVoice(await loadVoices(synth, SugamA11yToolbar.voiceWait), target.lang);
    if (run !== this.speechRun) return;
    if (!voice) {
      const locale = findLocale(target.lang);
      const language = locale?.endonym ?? target.lang;
      this.speechMessage = this.localize.t('a11yToolbar.noVoice', { language });
      return;
    }
    const chunks = chunkText(target.text, target.lang);
    this.speaking = true;
    this.speechMessage = this.localize.t('a11yToolbar.reading');
    chunks.forEach((chunk, index) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      if (index === chunks.length - 1) {
        utterance.addEventListener('end', () => {
          if (run === this.speechRun) {
            this.speaking = false;
            this.speechMessage = '';
          }
        });
      }
      utterance.addEventListener('error', () => {
        if (run === this.speechRun) this.speaking = false;
      });
      synth.speak(utterance);
    });
  }

  private stopReading(): void {
    this.speechRun++;
    const synth = globalThis.speechSynthesis as SpeechSynthesis | undefined;
    if (this.speaking) synth?.cancel();
    if (this.speaking) this.speechMessage = '';
    this.speaking = false;
  }

  // --- Reading mask -------------------------------------------------------------------------------------------

  private get drawsMask(): boolean {
    return this.settings.readingMask && toolbars[0] === this;
  }

  private maskListening = false;

  private syncMask(on = this.drawsMask): void {
    if (on === this.maskListening) return;
    this.maskListening = on;
    if (on) {
      this.maskY = globalThis.innerHeight / 2;
      document.addEventListener('pointermove', this.onPointerMove, { passive: true });
      document.addEventListener('focusin', this.onFocusIn);
    } else {
      document.removeEventListener('pointermove', this.onPointerMove);
      document.removeEventListener('focusin', this.onFocusIn);
      cancelAnimationFrame(this.maskFrame);
    }
  }

  /** Moves the band on the next frame, to where `y` says then. */
  private moveMask(y: () => number): void {
    cancelAnimationFrame(this.maskFrame);
    this.maskFrame = requestAnimationFrame(() => (this.maskY = Math.round(y())));
  }

  private readonly onPointerMove = (event: PointerEvent) => this.moveMask(() => event.clientY);

  /**
   * Keyboard users: the band follows the focused element (its centre, or its top for a tall one), measured on the
   * next frame: WebKit scrolls a newly focused element into view after the focus event, not before it.
   */
  private readonly onFocusIn = () => {
    const focused = deepActiveElement();
    if (!focused || this.contains(focused) || this.shadowRoot?.contains(focused)) return;
    this.moveMask(() => {
      const rect = focused.getBoundingClientRect();
      return rect.height > globalThis.innerHeight / 3 ? rect.top + 24 : rect.top + rect.height / 2;
    });
  };

  // --- Rendering ----------------------------------------------------------------------------------------------

  private stepper(options: {
    id: string;
    label: string;
    value: string;
    iconPath: TemplateResult;
    less: { label: string; disabled: boolean; run: () => void };
    more: { label: string; disabled: boolean; run: () => void };
    reset?: { label: string; disabled: boolean; run: () => void };
  }) {
    const { id, label, value, iconPath, less, more, reset } = options;
    const button = (b: { label: string; disabled: boolean; run: () => void }, cls: string, content: TemplateResult) =>
      html`<button
        type="button"
        class="step ${cls}"
        aria-label=${b.label}
        aria-describedby="${id}-value"
        aria-disabled=${b.disabled ? 'true' : 'false'}
        @click=${() => (b.disabled ? undefined : b.run())}
      >
        ${content}
      </button>`;
    return html`<div class="stepper" role="group" aria-labelledby="${id}-label">
      <span class="stepper-label" id="${id}-label">${icon(iconPath)}<span>${label}</span></span>
      <span class="stepper-controls">
        ${button(less, 'less', icon(ICONS.minus()))}
        <span class="value" id="${id}-value">${value}</span>
        ${button(more, 'more', icon(ICONS.plus()))} ${reset ? button(reset, 'reset', icon(OWN_ICONS.reset)) : nothing}
      </span>
    </div>`;
  }

  private toggleButton(field: Toggle, label: string, iconPath: TemplateResult, describedBy?: string) {
    const pressed = this.settings[field];
    return html`<button
      type="button"
      class="toggle"
      data-setting=${field}
      aria-pressed=${pressed ? 'true' : 'false'}
      aria-describedby=${ifDefined(describedBy)}
      @click=${() => this.toggle(field)}
    >
      ${icon(iconPath)}<span class="toggle-label">${label}</span
      ><svg class="check" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.check()}</svg>
    </button>`;
  }

  private renderControls() {
    const t = (key: string, options?: Record<string, unknown>) => this.localize.t(`a11yToolbar.${key}`, options);
    const s = this.settings;
    const scales = TEXT_SCALE_STEPS as readonly number[];
    const lines = LINE_HEIGHT_STEPS as readonly number[];
    const maxSpacing = TEXT_SPACING_STEPS.length - 1;
    const themes: (A11yTheme | null)[] = [null, ...A11Y_THEMES];
    const themeLabel = (theme: A11yTheme | null) =>
      t(
        theme === null
          ? 'themeDefault'
          : theme === 'high-contrast'
            ? 'themeHighContrast'
            : theme === 'dark'
              ? 'themeDark'
              : 'themeLight',
      );
    return html`
      <section class="group" aria-labelledby="group-text">
        <h3 id="group-text">${t('groupText')}</h3>
        ${this.stepper({
          id: 'size',
          label: t('textSize'),
          value: this.percent(s.textScale),
          iconPath: ICONS.textSize(),
          less: { label: t('smaller'), disabled: s.textScale <= scales[0], run: () => this.changeTextScale(-1) },
          more: {
            label: t('bigger'),
            disabled: s.textScale >= scales[scales.length - 1],
            run: () => this.changeTextScale(1),
          },
          reset: { label: t('resetTextSize'), disabled: s.textScale === 1, run: () => this.changeTextScale(0) },
        })}
        ${this.stepper({
          id: 'line-height',
          label: t('lineHeight'),
          value: this.percent(s.lineHeight),
          iconPath: OWN_ICONS.lineHeight,
          less: {
            label: t('lineHeightLess'),
            disabled: s.lineHeight <= lines[0],
            run: () => this.changeLineHeight(-1),
          },
          more: {
            label: t('lineHeightMore'),
            disabled: s.lineHeight >= lines[lines.length - 1],
            run: () => this.changeLineHeight(1),
          },
        })}
        ${this.stepper({
          id: 'spacing',
          label: t('textSpacing'),
          value: this.spacingText(s.textSpacing),
          iconPath: OWN_ICONS.spacing,
          less: { label: t('spacingLess'), disabled: s.textSpacing <= 0, run: () => this.changeSpacing(-1) },
          more: { label: t('spacingMore'), disabled: s.textSpacing >= maxSpacing, run: () => this.changeSpacing(1) },
        })}
        <div class="single">${this.toggleButton('readingFont', t('readingFont'), OWN_ICONS.font, 'font-note')}</div>
        <p class="note" id="font-note">${t('readingFontNote')}</p>
      </section>
      <section class="group" aria-labelledby="group-colour">
        <h3 id="group-colour">${t('groupColour')}</h3>
        <fieldset class="themes">
          <legend>${t('theme')}</legend>
          <div class="segments">
            ${themes.map(
              (theme) =>
                html`<label class="segment">
                  <input
                    type="radio"
                    name="theme"
                    value=${theme ?? 'default'}
                    .checked=${s.theme === theme}
                    @change=${() => this.setTheme(theme)}
                  /><span>${themeLabel(theme)}</span>
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="toggles">
          ${this.toggleButton('invert', t('invert'), OWN_ICONS.invert)}
          ${this.toggleButton('desaturate', t('desaturate'), OWN_ICONS.desaturate)}
        </div>
      </section>
      <section class="group" aria-labelledby="group-reading">
        <h3 id="group-reading">${t('groupReading')}</h3>
        <div class="toggles">
          ${this.toggleButton('highlightLinks', t('highlightLinks'), ICONS.link())}
          ${this.toggleButton('hideImages', t('hideImages'), ICONS.image())}
          ${this.toggleButton('largeCursor', t('largeCursor'), OWN_ICONS.cursor)}
          ${this.toggleButton('pauseAnimations', t('pauseAnimations'), ICONS.pause())}
          ${this.toggleButton('readingMask', t('readingMask'), OWN_ICONS.mask)}
        </div>
        <div class="speech">
          <button
            type="button"
            class="action read"
            aria-describedby="read-hint"
            @pointerdown=${this.rememberSelection}
            @click=${() => void this.readAloud()}
          >
            ${icon(ICONS.speak())}<span>${t('readAloud')}</span>
          </button>
          <button
            type="button"
            class="action stop"
            aria-disabled=${this.speaking ? 'false' : 'true'}
            @click=${() => this.stopReading()}
          >
            ${icon(OWN_ICONS.stop)}<span>${t('stopReading')}</span>
          </button>
        </div>
        <p class="note" id="read-hint">${t('readHint')}</p>
        <p class="message" role="status">${this.speechMessage}</p>
      </section>
      <div class="footer">
        <button type="button" class="action reset-all" @click=${this.resetAll}>
          ${icon(OWN_ICONS.reset)}<span>${t('resetAll')}</span>
        </button>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }

  private renderMask() {
    if (!this.drawsMask) return nothing;
    return html`<div
      class="mask"
      part="reading-mask"
      aria-hidden="true"
      ${cssProperties({ '--_mask-y': `${this.maskY}px` })}
    >
      <div class="mask-before"></div>
      <div class="mask-after"></div>
    </div>`;
  }

  protected override render() {
    const title = this.localize.t('a11yToolbar.title');
    if (this.variant === 'inline') {
      return html`<section part="panel" class="panel inline" aria-labelledby="title">
          <h2 class="title" id="title">${icon(ICONS.accessibility())}<span>${title}</span></h2>
          ${this.renderControls()}
        </section>
        ${this.renderMask()}`;
    }
    const keys = parseShortcut(this.shortcut) ? this.shortcut : undefined;
    return html`<button
        part="trigger"
        class="trigger"
        type="button"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls="panel"
        aria-keyshortcuts=${ifDefined(keys)}
        @click=${() => (this.open ? this.hide() : this.show())}
      >
        ${icon(ICONS.accessibility())}<span class="trigger-label">${title}</span>
      </button>
      <div
        part="panel"
        id="panel"
        class="panel"
        popover="manual"
        role="dialog"
        aria-labelledby="title"
        @keydown=${this.onPanelKeydown}
        @toggle=${this.onPanelToggle}
      >
        <div class="header">
          <h2 class="title" id="title">${icon(ICONS.accessibility())}<span>${title}</span></h2>
          <button type="button" class="close" aria-label=${this.localize.t('common.close')} @click=${() => this.hide()}>
            ${icon(ICONS.close())}
          </button>
        </div>
        ${this.renderControls()}
      </div>
      ${this.renderMask()}`;
  }

  private onPanelKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && !event.isComposing) {
      event.preventDefault();
      event.stopPropagation();
      this.hide();
    }
  }

  private onPanelToggle(event: ToggleEvent): void {
    // Closed by the browser (another popover opened): keep the property in step.
    if (event.newState === 'closed' && this.open) this.open = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sugam-a11y-toolbar': SugamA11yToolbar;
  }
}
