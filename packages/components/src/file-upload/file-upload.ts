import { LitElement, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { formatList, formatNumber, registerStrings } from '@sugam/i18n';
import { field, fileUpload, validation } from '@sugam/i18n/en';
import { FormControl, type ValidationProblem } from '../internal/form-control.js';
import * as ICONS from '../internal/icon-set.js';
import { fieldDescriptions, fieldLabel, fieldStyles } from '../internal/field.js';
import { hostStyles } from '../internal/styles.js';
import { fileUploadStyles } from './file-upload.styles.js';

registerStrings({ field, fileUpload, validation });

export const FILE_STATUSES = ['scanning', 'uploaded', 'failed'] as const;
/** Where a file's upload has got (`setStatus`). */
export type FileStatus = (typeof FILE_STATUSES)[number];

interface Entry {
  file: File;
  problem?: ValidationProblem;
  progress?: number;
  status?: FileStatus;
  /** The page's own words for the status (e.g. the server's reason for a failure). */
  statusMessage?: string;
}

/**
 * Chooses files to send with a form, like `<input type=file>`, with a labelled button, a drag-and-drop zone and a
 * list of the chosen files.
 *
 * A real `<input type=file>` does the choosing (the button opens it, so keyboard and screen-reader users get the
 * platform's file dialog); dropping files on the zone is a shortcut for pointer users. Each chosen file gets a
 * row with its name, size (in the reader's digits), an optional upload progress bar (`setProgress`) and a
 * "Remove <name>" button. A page that uploads files as they are chosen shows where each has got with `setStatus`:
 * `scanning` (a virus check is running, with a spinner), `uploaded`, or `failed` (with the page's reason, else
 * "Upload failed", and a "Retry <name>" button that fires `sugam-retry`); each change is said in words in the row
 * and announced. Files that break `accept` or `max-size` stay listed with their own error, are not
 * submitted, and make the control invalid until removed. The form data holds one entry per file under `name`,
 * like a native file input (and an empty file entry when there is none).
 *
 * @summary File chooser with drag-and-drop, accept/size checks, per-file rows, progress and remove.
 * @status stable
 * @since 0.1.0
 *
 * @csspart label - The `<label>`.
 * @csspart hint - The hint text.
 * @csspart message - The error, success or warning message.
 * @csspart dropzone - The area files can be dropped on, around the button.
 * @csspart button - The "Choose file" button.
 * @csspart list - The list of chosen files.
 * @csspart file - One file's row.
 * @csspart remove - A file's remove button.
 * @csspart progress - A file's `<progress>` bar.
 * @csspart status - A file's upload status line (`setStatus`).
 * @csspart retry - A failed file's retry button.
 *
 * @cssprop --sugam-file-upload-dropzone-bg - Background of the drop zone.
 *
 * @event change - When files are added or removed.
 * @event input - When files are added or removed.
 * @event sugam-retry - A failed file's retry button was pressed; `detail.file` is the file. The page uploads it again.
 */
export class SugamFileUpload extends FormControl {
  static override styles = [hostStyles, fieldStyles, fileUploadStyles];
  static override shadowRootOptions: ShadowRootInit = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** File types allowed, as on `<input type=file>`: extensions and MIME types, e.g. `.pdf,image/*`. */
  @property() accessor accept = '';

  /** Allows more than one file. */
  @property({ type: Boolean, reflect: true, useDefault: true }) accessor multiple = false;

  /** Largest allowed file, in bytes. */
  @property({ type: Number, attribute: 'max-size' }) accessor maxSize: number | undefined;

  @state() private accessor entries: Entry[] = [];
  @state() private accessor dragging = false;
  @state() private accessor announcement = '';

  @query('#file') private accessor fileInput!: HTMLInputElement;
  @query('#choose') private accessor button!: HTMLButtonElement;

  /** The chosen files that pass `accept` and `max-size` (the ones submitted). */
  get files(): File[] {
    return this.entries.filter((entry) => !entry.problem).map((entry) => entry.file);
  }

  /** Every chosen file, including ones with an error. */
  get chosenFiles(): File[] {
    return this.entries.map((entry) => entry.file);
  }

  protected formValue(): FormData | null {
    if (!this.name) return null;
    const data = new FormData();
    const files = this.files;
    // A native file input with no file submits one empty entry.
    if (!files.length) data.append(this.name, new File([], '', { type: 'application/octet-stream' }));
    for (const file of files) data.append(this.name, file);
    return data;
  }

  protected override formState(): FormData {
    const data = new FormData();
    for (const file of this.chosenFiles) data.append('file', file);
    return data;
  }

  protected validationAnchor() {
    return this.button;
  }

  formResetCallback(): void {
    this.entries = [];
    this.touched = false;
    if (this.fileInput) this.fileInput.value = '';
  }

  formStateRestoreCallback(state: unknown): void {
    if (!(state instanceof FormData)) return;
    const files = state.getAll('file').filter((item): item is File => item instanceof File && item.name !== '');
    this.entries = files.map((file) => this.check(file));
  }

  protected validate(): ValidationProblem | undefined {
    const bad = this.entries.find((entry) => entry.problem);
    if (bad) return { ...bad.problem!, values: this.messageValues(bad.problem!) };
    if (this.required && !this.entries.length) return { flag: 'valueMissing', key: 'fileMissing' };
    return undefined;
  }

  override focus(options?: FocusOptions): void {
    this.button?.focus(options);
  }

  /** Opens the platform's file dialog. */
  showPicker(): void {
    if (this.isDisabled || this.readonly) return;
    try {
      this.fileInput.showPicker();
    } catch {
      this.fileInput.click();
    }
  }

  /**
   * Adds files as if the user chose them (replacing the chosen file unless `multiple`). Each is checked against
   * `accept` and `max-size`.
   */
  addFiles(files: Iterable<File>): void {
    const added = [...files].map((file) => this.check(file));
    if (!added.length) return;
    this.entries = this.multiple ? [...this.entries, ...added] : added.slice(0, 1);
    this.touched = true;
    const count = this.multiple ? added.length : 1;
    const problems = (this.multiple ? added : added.slice(0, 1)).filter((entry) => entry.problem);
    this.announcement = [
      this.localize.t('fileUpload.added', { count }),
      ...problems.map((entry) => this.message(entry.problem!)),
    ].join(' ');
    this.emitChange();
  }

  /** Removes a chosen file. */
  removeFile(file: File): void {
    const index = this.entries.findIndex((entry) => entry.file === file);
    if (index < 0) return;
    this.entries = this.entries.filter((_, i) => i !== index);
    this.announcement = this.localize.t('fileUpload.removed', { name: file.name });
    this.emitChange();
  }

  /**
   * Shows how far a file's upload has got, from 0 to 1, as a progress bar in its row; `null` removes the bar.
   */
  setProgress(file: File, fraction: number | null): void {
    this.entries = this.entries.map((entry) =>
      entry.file === file
        ? { ...entry, progress: fraction == null ? undefined : Math.min(1, Math.max(0, Number(fraction) || 0)) }
        : entry,
    );
  }

  /**
   * Shows where a file's upload has got, in words in its row, and announces it: `scanning`, `uploaded` or `failed`
   * (with `message`, e.g. the server's reason, else "Upload failed"; a retry button appears). `null` clears it.
   * A status does not change validity: a page that must not submit with a failed upload sets a custom validity.
   */
  setStatus(file: File, status: FileStatus | null, message?: string): void {
    const entry = this.entries.find((e) => e.file === file);
    if (!entry) return;
    const next = status && (FILE_STATUSES as readonly string[]).includes(status) ? status : undefined;
    this.entries = this.entries.map((e) =>
      e === entry ? { ...e, status: next, statusMessage: next ? message || undefined : undefined } : e,
    );
    if (next) {
      this.announcement = this.localize.t('fileUpload.statusOf', {
        name: `\u2068${file.name}\u2069`,
        status: message || this.localize.t(`fileUpload.${next}`),
      });
    }
  }

  private handleRetry(entry: Entry): void {
    this.dispatchEvent(
      new CustomEvent<FileRetryDetail>('sugam-retry', { detail: { file: entry.file }, bubbles: true, composed: true }),
    );
  }

  private renderStatus(entry: Entry) {
    const { status } = entry;
    if (!status) return nothing;
    const text = entry.statusMessage || this.localize.t(`fileUpload.${status}`);
    const icon =
      status === 'scanning'
        ? html`<span class="spinner" aria-hidden="true"></span>`
        : html`<svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">
            ${ICONS.statusIcon(status === 'uploaded' ? 'success' : 'error')}
          </svg>`;
    return html`<div part="status" class="status ${status}">${icon}<span>${text}</span></div>`;
  }

  private emitChange(): void {
    this.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  private check(file: File): Entry {
    if (this.accept && !accepts(this.accept, file)) {
      return { file, problem: { flag: 'typeMismatch', key: 'fileTypeNotAccepted', values: { name: file.name } } };
    }
    if (this.maxSize != null && this.maxSize >= 0 && file.size > this.maxSize) {
      return { file, problem: { flag: 'rangeOverflow', key: 'fileTooLarge', values: { name: file.name } } };
    }
    return { file };
  }

  /** A file problem in the current language (sizes and type lists are formatted when shown, not when found). */
  private message(problem: ValidationProblem): string {
    return this.localize.t(`validation.${problem.key}`, this.messageValues(problem));
  }

  private messageValues(problem: ValidationProblem): Record<string, unknown> {
    return {
      ...problem.values,
      // A file name keeps its own direction inside a message in the other direction (FSI … PDI).
      name: `\u2068${String(problem.values?.name ?? '')}\u2069`,
      max: this.formatSize(this.maxSize ?? 0),
      types: formatList(acceptList(this.accept), this.localize.lang, { type: 'disjunction' }),
    };
  }

  /** A size in bytes, KB or MB (1 KB = 1024 bytes, as file dialogs show them), in the reader's digits. */
  formatSize(bytes: number): string {
    const lang = this.localize.lang;
    if (bytes < 1024) return this.localize.t('fileUpload.bytes', { count: bytes, size: formatNumber(bytes, lang) });
    const [unit, value] = bytes < 1024 ** 2 ? ['kb', bytes / 1024] : ['mb', bytes / 1024 ** 2];
    const size = formatNumber(value, lang, { maximumFractionDigits: value < 10 ? 1 : 0 });
    return this.localize.t(`fileUpload.${unit}`, { size });
  }

  private handlePicked(): void {
    const files = this.fileInput.files;
    if (files?.length) this.addFiles(files);
    // The list is the source of truth; clearing lets the same file be chosen again after removing it.
    this.fileInput.value = '';
  }

  private handleDragOver(event: DragEvent): void {
    if (this.isDisabled || this.readonly || !event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.dragging = true;
  }

  private handleDragLeave(event: DragEvent): void {
    const to = event.relatedTarget as Node | null;
    if (!to || !(event.currentTarget as Node).contains(to)) this.dragging = false;
  }

  private handleDrop(event: DragEvent): void {
    this.dragging = false;
    if (this.isDisabled || this.readonly) return;
    event.preventDefault();
    const files = event.dataTransfer?.files;
    if (files?.length) this.addFiles(this.multiple ? files : [files[0]]);
  }

  private handleRemove(entry: Entry, index: number): void {
    this.removeFile(entry.file);
    // Focus goes to the row that took this one's place, else the previous row, else the button.
    void this.updateComplete.then(() => {
      const buttons = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.remove')];
      (buttons[index] ?? buttons[index - 1] ?? this.button)?.focus();
    });
  }

  private renderEntry(entry: Entry, index: number) {
    const lang = this.localize.lang;
    const disabled = this.isDisabled;
    return html`<li part="file" class=${classMap({ file: true, invalid: Boolean(entry.problem) })}>
      <svg class="file-icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.file()}</svg>
      <div class="file-body">
        <div class="file-line">
          <span class="file-name" id="name-${index}" dir="auto">${entry.file.name}</span>
          <span class="file-size">${this.formatSize(entry.file.size)}</span>
        </div>
        ${
          entry.progress !== undefined
            ? html`<div class="progress-line">
                <progress
                  part="progress"
                  max="1"
                  .value=${entry.progress}
                  aria-label=${this.localize.t('fileUpload.progress', { name: entry.file.name })}
                ></progress>
                <span class="percent">${formatNumber(entry.progress, lang, { style: 'percent' })}</span>
              </div>`
            : nothing
        }
        ${this.renderStatus(entry)}
        ${
          entry.problem
            ? html`<div class="file-error" id="error-${index}">
                <svg class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.error()}</svg>
                <span
                  ><span class="visually-hidden">${this.localize.t('field.error')} </span
                  >${this.message(entry.problem)}</span
                >
              </div>`
            : nothing
        }
      </div>
      ${
        entry.status === 'failed' && !this.readonly
          ? html`<button
              part="retry"
              class="retry"
              type="button"
              ?disabled=${disabled}
              aria-label=${this.localize.t('fileUpload.retryName', { name: entry.file.name })}
              @click=${() => this.handleRetry(entry)}
            >
              ${this.localize.t('fileUpload.retry')}
            </button>`
          : nothing
      }
      ${
        this.readonly
          ? nothing
          : html`<button
              part="remove"
              class="remove"
              type="button"
              ?disabled=${disabled}
              aria-label=${this.localize.t('fileUpload.remove', { name: entry.file.name })}
              aria-describedby=${entry.problem ? `error-${index}` : nothing}
              @click=${() => this.handleRemove(entry, index)}
            >
              ${this.localize.t('fileUpload.removeShort')}
            </button>`
      }
    </li>`;
  }

  protected override render() {
    const t = (key: string, values?: Record<string, unknown>) => this.localize.t(key, values);
    const texts = this.fieldTexts;
    const disabled = this.isDisabled;
    const message =
      this.visibleError || (this.state === 'success' || this.state === 'warning' ? this.statusMessage : '');
    const describedBy = [this.hint ? 'hint' : '', message ? 'message' : ''].filter(Boolean).join(' ');
    return html`<div class="field ${classMap({ invalid: this.showsError })}">
      ${fieldLabel(texts, 'choose')}
      <div
        part="dropzone"
        class=${classMap({ dropzone: true, dragging: this.dragging, disabled })}
        @dragenter=${this.handleDragOver}
        @dragover=${this.handleDragOver}
        @dragleave=${this.handleDragLeave}
        @drop=${this.handleDrop}
      >
        <input
          id="file"
          type="file"
          tabindex="-1"
          aria-hidden="true"
          hidden
          accept=${this.accept || nothing}
          ?multiple=${this.multiple}
          ?disabled=${disabled}
          @change=${this.handlePicked}
          @cancel=${(event: Event) => event.stopPropagation()}
        />
        <button
          part="button"
          id="choose"
          class="choose"
          type="button"
          aria-labelledby="label choose"
          aria-describedby=${describedBy || nothing}
          aria-invalid=${this.showsError ? 'true' : 'false'}
          ?disabled=${disabled || this.readonly}
          @click=${() => this.showPicker()}
        >
          <svg viewBox="0 0 24 24" fill="currentColor" aria-hidden="true">${ICONS.upload()}</svg>
          <span>${t(this.multiple ? 'fileUpload.chooseFiles' : 'fileUpload.chooseFile')}</span>
        </button>
        <span class="drop-text">${t(this.multiple ? 'fileUpload.dropFiles' : 'fileUpload.dropFile')}</span>
      </div>
      ${fieldDescriptions(texts)}
      ${
        this.entries.length
          ? html`<ul part="list" class="files" aria-labelledby="label">
              ${this.entries.map((entry, index) => this.renderEntry(entry, index))}
            </ul>`
          : nothing
      }
      <div class="visually-hidden" role="status">${this.announcement}</div>
    </div>`;
  }
}

/** The readable list of what `accept` allows: `.pdf, .jpg or image/*` (extensions upper-cased for reading). */
function acceptList(accept: string): string[] {
  return accept
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean)
    .map((token) => (token.startsWith('.') ? token.slice(1).toUpperCase() : token));
}

/** Whether a file matches an `accept` list, as browsers filter their file dialog. */
export function accepts(accept: string, file: File): boolean {
  const tokens = accept
    .split(',')
    .map((token) => token.trim().toLowerCase())
    .filter(Boolean);
  if (!tokens.length) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((token) => {
    if (token.startsWith('.')) return name.endsWith(token);
    if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
    return type === token;
  });
}

/** `sugam-retry`: the file whose failed upload the user asked to try again. */
export interface FileRetryDetail {
  file: File;
}

declare global {
  interface HTMLElementEventMap {
    'sugam-retry': CustomEvent<FileRetryDetail>;
  }
  interface HTMLElementTagNameMap {
    'sugam-file-upload': SugamFileUpload;
  }
}
