import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '@sugam/components/file-upload';
import '@sugam/components/button';
import type { SugamFileUpload } from '@sugam/components/file-upload';
import { showFormData } from './fixtures/forms.js';
import { EN, sampleArg, samples } from './fixtures/samples.js';

type Args = Pick<
  SugamFileUpload,
  'label' | 'hint' | 'accept' | 'multiple' | 'maxSize' | 'size' | 'required' | 'optional' | 'disabled' | 'readonly'
> & { state?: 'error' | 'success' | 'warning'; errorMessage?: string; statusMessage?: string };

const KB = 1024;
const MB = 1024 * KB;
const sample = (name: string, size: number, type: string) => new File([new Uint8Array(size)], name, { type });

/** Adds example files once the element has rendered (stories cannot pre-fill a file input any other way). */
const withFiles = (files: () => File[], progress?: number[]) =>
  ref((el) => {
    const upload = el as SugamFileUpload | undefined;
    if (!upload || upload.chosenFiles.length) return;
    upload.addFiles(files());
    progress?.forEach((fraction, i) => upload.setProgress(upload.chosenFiles[i], fraction));
  });

const meta: Meta<Args> = {
  title: 'Forms/File upload',
  component: 'sugam-file-upload',
  args: {
    label: EN.proofOfAddress,
    hint: EN.fileHint,
    accept: '.pdf,.jpg,.jpeg,.png',
    multiple: false,
    maxSize: 2 * MB,
    size: 'md',
    required: true,
    optional: false,
    disabled: false,
    readonly: false,
  },
  argTypes: {
    size: { control: 'inline-radio', options: ['sm', 'md', 'lg'] },
    state: { control: 'inline-radio', options: [undefined, 'error', 'success', 'warning'] },
  },
  render: (args, { globals }) =>
    html`<sugam-file-upload
      label=${sampleArg(args.label, 'proofOfAddress', globals.locale) ?? ''}
      hint=${sampleArg(args.hint, 'fileHint', globals.locale) ?? ''}
      accept=${args.accept}
      max-size=${ifDefined(args.maxSize)}
      size=${args.size}
      state=${ifDefined(args.state)}
      error-message=${ifDefined(args.errorMessage)}
      status-message=${ifDefined(args.statusMessage)}
      ?multiple=${args.multiple}
      ?required=${args.required}
      ?optional=${args.optional}
      ?disabled=${args.disabled}
      ?readonly=${args.readonly}
    ></sugam-file-upload>`,
};
export default meta;
type Story = StoryObj<Args>;

export const Playground: Story = {};

/**
 * Each chosen file gets a row with its size in the reader's digits, an upload progress bar (`setProgress`) and a
 * "Remove <file name>" button. A file too large or of a type not accepted keeps its row with its own error and is
 * not submitted.
 */
export const WithFiles: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 36rem">
      <sugam-file-upload
        label=${samples(globals.locale).documents}
        hint=${samples(globals.locale).supportingHint}
        multiple
        accept=".pdf,image/*"
        max-size=${MB}
        ${withFiles(
          () => [
            sample('aadhaar-card.pdf', 420 * KB, 'application/pdf'),
            sample('passport-photo.jpg', 86 * KB, 'image/jpeg'),
            sample('bank-statement-2024-25.pdf', 3.4 * MB, 'application/pdf'),
            sample('notes.docx', 12 * KB, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
          ],
          [1, 0.45],
        )}
      ></sugam-file-upload>
    </div>`,
};

/**
 * A page that uploads each file as it is chosen reports where it has got with `setStatus(file, status)`: scanning
 * for viruses (with a spinner), uploaded, or failed (with the server's reason or "Upload failed", and a "Retry"
 * button that fires `sugam-retry`). Each change is said in words and announced.
 */
export const UploadStatus: Story = {
  render: (_args, { globals }) =>
    html`<div style="max-inline-size: 36rem">
      <sugam-file-upload
        label=${samples(globals.locale).documents}
        hint=${samples(globals.locale).supportingHint}
        multiple
        accept=".pdf,image/*"
        @sugam-retry=${(event: CustomEvent<{ file: File }>) =>
          (event.currentTarget as SugamFileUpload).setStatus(event.detail.file, 'scanning')}
        ${ref((el) => {
          const upload = el as SugamFileUpload | undefined;
          if (!upload || upload.chosenFiles.length) return;
          upload.addFiles([
            sample('aadhaar-card.pdf', 420 * KB, 'application/pdf'),
            sample('passport-photo.jpg', 86 * KB, 'image/jpeg'),
            sample('bank-statement-2024-25.pdf', 640 * KB, 'application/pdf'),
          ]);
          const [first, second, third] = upload.chosenFiles;
          upload.setStatus(first, 'uploaded');
          upload.setStatus(second, 'scanning');
          upload.setStatus(third, 'failed');
        })}
      ></sugam-file-upload>
    </div>`,
};

/** Error, success and warning say their kind in words as well as colour; disabled and read-only. */
export const States: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-file-upload label=${s.proofOfAddress} error-message=${s.fileError} required></sugam-file-upload>
      <sugam-file-upload
        label=${s.incomeCertificate}
        state="success"
        status-message=${s.uploaded}
        ${withFiles(() => [sample('income-certificate.pdf', 230 * KB, 'application/pdf')], [1])}
      ></sugam-file-upload>
      <sugam-file-upload label=${s.photograph} state="warning" status-message=${s.checkDetails}></sugam-file-upload>
      <sugam-file-upload
        label="${s.documents} (${s.readOnly})"
        readonly
        ${withFiles(() => [sample('application.pdf', 120 * KB, 'application/pdf')])}
      ></sugam-file-upload>
      <sugam-file-upload label=${s.disabled} disabled></sugam-file-upload>
    </div>`;
  },
};

export const Sizes: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<div style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-file-upload label=${s.small} size="sm"></sugam-file-upload>
      <sugam-file-upload label=${s.medium} size="md"></sugam-file-upload>
      <sugam-file-upload label=${s.large} size="lg"></sugam-file-upload>
    </div>`;
  },
};

/** The form data holds the files under one name, like `<input type=file multiple>`. Submit to see it. */
export const InAForm: Story = {
  render: (_args, { globals }) => {
    const s = samples(globals.locale);
    return html`<form novalidate @submit=${showFormData} style="display: grid; gap: 16px; max-inline-size: 36rem">
      <sugam-file-upload
        name="photo"
        label=${s.photograph}
        accept="image/*"
        max-size=${200 * KB}
        required
      ></sugam-file-upload>
      <sugam-file-upload name="documents" label=${s.documents} multiple optional></sugam-file-upload>
      <div><sugam-button type="submit">${s.submit}</sugam-button></div>
      <output aria-live="polite"></output>
    </form>`;
  },
};
