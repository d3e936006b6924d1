import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/file-upload';
import type { SugamFileUpload } from '@sugam/components/file-upload';
import { loadLocale } from '@sugam/i18n';
import { runFormControlTests } from './form-control-suite.js';

const MB = 1024 * 1024;
const file = (name: string, size = 10, type = '') => new File([new Uint8Array(size)], name, { type });
const chooseButton = (el: SugamFileUpload) => el.shadowRoot!.querySelector<HTMLButtonElement>('#choose')!;
const fileInput = (el: SugamFileUpload) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type=file]')!;
const rows = (el: SugamFileUpload) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="file"]')];
const removeButtons = (el: SugamFileUpload) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.remove')];
/** A file name as messages show it: isolated from the text around it (FSI … PDI). */
const isolated = (name: string) => `\u2068${name}\u2069`;
const status = (el: SugamFileUpload) => el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim();

const settle = async (el: SugamFileUpload) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

const transfer = (...files: File[]) => {
  const data = new DataTransfer();
  for (const f of files) data.items.add(f);
  return data;
};

/** Comparable FormData entries: File objects become [name, size, type]. */
const entries = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([key, value]) => [
    key,
    value instanceof File ? [value.name, value.size, value.type] : value,
  ]);

describe('<sugam-file-upload>', () => {
  runFormControlTests<SugamFileUpload>({
    tag: 'sugam-file-upload',
    filledAttributes: '',
    nativeEquivalent: '<input type="file" name="field">',
    change: async (el) => {
      el.addFiles([file('aadhaar.pdf', 2048, 'application/pdf')]);
    },
    empty: async (el) => {
      for (const f of el.chosenFiles) el.removeFile(f);
    },
    fill: async (el) => {
      el.addFiles([file('aadhaar.pdf', 2048, 'application/pdf')]);
    },
    requiredMessage: { en: 'Select a file.', hi: 'कोई फ़ाइल चुनें।' },
  });

  it('is accessible in every state and size, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang}>
          <sugam-file-upload label="Proof of address" hint="PDF or JPG, up to 2 MB" required></sugam-file-upload>
          <sugam-file-upload
            label="Photos"
            size="sm"
            optional
            multiple
            accept="image/*"
            max-size="1048576"
          ></sugam-file-upload>
          <sugam-file-upload
            label="Certificate"
            size="lg"
            state="success"
            status-message="Uploaded"
          ></sugam-file-upload>
          <sugam-file-upload label="Form 16" state="warning" status-message="Check the year"></sugam-file-upload>
          <sugam-file-upload label="Affidavit" error-message="Upload the signed affidavit"></sugam-file-upload>
          <sugam-file-upload label="Disabled" disabled></sugam-file-upload>
          <sugam-file-upload label="Read only" readonly></sugam-file-upload>
        </div>`,
      );
      const [, photos, certificate] = [...wrapper.querySelectorAll('sugam-file-upload')];
      photos.addFiles([file('ok.png', 1000, 'image/png'), file('big.jpg', 2 * MB, 'image/jpeg'), file('notes.txt', 5)]);
      certificate.addFiles([file('certificate.pdf', 300000, 'application/pdf')]);
      certificate.setProgress(certificate.chosenFiles[0], 0.4);
      // Every upload status, in words: scanning, uploaded and failed (with its retry button).
      const [ok, big] = photos.chosenFiles;
      photos.setStatus(ok, 'uploaded');
      photos.setStatus(big, 'failed');
      certificate.setStatus(certificate.chosenFiles[0], 'scanning');
      await settle(photos);
      await settle(certificate);
      expect(rows(photos)).to.have.length(3);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  describe('choosing files', () => {
    it('names its button with the label and the action, and describes it with the hint', async () => {
      const el = await fixture<SugamFileUpload>(
        html`<sugam-file-upload label="Proof of address" hint="PDF, up to 2 MB" required></sugam-file-upload>`,
      );
      const button = chooseButton(el);
      expect(button.getAttribute('aria-labelledby')).to.equal('label choose');
      expect(el.shadowRoot!.getElementById('label')!.textContent).to.contain('Proof of address');
      expect(button.textContent!.trim()).to.equal('Choose file');
      expect(button.getAttribute('aria-describedby')).to.equal('hint');
      expect(el.shadowRoot!.querySelector('.drop-text')!.textContent).to.equal('or drop a file here');
      expect(fileInput(el).type).to.equal('file');
    });

    it('opens the real file input from the button with Enter and Space', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Document"></sugam-file-upload>`);
      let opened = 0;
      fileInput(el).showPicker = () => {
        opened++;
      };
      chooseButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await sendKeys({ press: 'Space' });
      expect(opened).to.equal(2);
    });

    it('takes what the file input chose, fires input and change, and submits it', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><sugam-file-upload name="doc" label="Document" accept=".pdf"></sugam-file-upload></form>`,
      );
      const el = form.querySelector('sugam-file-upload')!;
      expect(fileInput(el).accept).to.equal('.pdf');
      let changes = 0;
      let inputs = 0;
      el.addEventListener('change', () => changes++);
      el.addEventListener('input', () => inputs++);
      const pdf = file('ration-card.pdf', 1536, 'application/pdf');
      fileInput(el).files = transfer(pdf).files;
      fileInput(el).dispatchEvent(new Event('change'));
      await settle(el);
      expect(changes).to.equal(1);
      expect(inputs).to.equal(1);
      expect(new FormData(form).getAll('doc')).to.deep.equal([pdf]);
      expect(rows(el)[0].querySelector('.file-name')!.textContent).to.equal('ration-card.pdf');
      expect(rows(el)[0].querySelector('.file-size')!.textContent).to.equal('1.5 KB');
      expect(status(el)).to.equal('1 file added');
    });

    it('submits several files under one name, like a native multiple file input', async () => {
      const files = [file('a.pdf', 1, 'application/pdf'), file('b.pdf', 2, 'application/pdf')];
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-file-upload name="docs" label="Documents" multiple></sugam-file-upload>
        </form>`,
      );
      const el = form.querySelector('sugam-file-upload')!;
      el.addFiles([files[0]]);
      el.addFiles([files[1]]);
      await settle(el);
      const native = await fixture<HTMLFormElement>(html`<form><input type="file" name="docs" multiple /></form>`);
      native.querySelector('input')!.files = transfer(...files).files;
      expect(entries(form)).to.deep.equal(entries(native));
      expect(new FormData(form).getAll('docs')).to.deep.equal(files);
      expect(chooseButton(el).textContent!.trim()).to.equal('Choose files');
    });

    it('replaces the file when not multiple', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Photo"></sugam-file-upload>`);
      el.addFiles([file('one.png')]);
      el.addFiles([file('two.png')]);
      await settle(el);
      expect(el.files.map((f) => f.name)).to.deep.equal(['two.png']);
    });

    it('takes dropped files, highlighting the zone while dragging', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Photos" multiple></sugam-file-upload>`);
      const zone = el.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
      const dataTransfer = transfer(file('a.png', 5, 'image/png'), file('b.png', 5, 'image/png'));
      const over = new DragEvent('dragover', { dataTransfer, cancelable: true, bubbles: true });
      zone.dispatchEvent(over);
      await settle(el);
      expect(over.defaultPrevented, 'dragover is accepted').to.equal(true);
      expect(zone.classList.contains('dragging')).to.equal(true);
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer, cancelable: true, bubbles: true }));
      await settle(el);
      expect(zone.classList.contains('dragging')).to.equal(false);
      expect(el.files.map((f) => f.name)).to.deep.equal(['a.png', 'b.png']);
      expect(status(el)).to.equal('2 files added');
    });

    it('ignores drops while disabled', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Photos" disabled></sugam-file-upload>`);
      const zone = el.shadowRoot!.querySelector<HTMLElement>('[part="dropzone"]')!;
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer(file('a.png')), cancelable: true }));
      await settle(el);
      expect(el.files).to.deep.equal([]);
      expect(chooseButton(el).disabled).to.equal(true);
    });
  });

  describe('checks', () => {
    it('lists a file of a type not accepted with its own error, leaves it out of the form data, and is invalid', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-file-upload name="docs" label="Documents" multiple accept=".pdf, image/*"></sugam-file-upload>
        </form>`,
      );
      const el = form.querySelector('sugam-file-upload')!;
      const good = file('scan.JPG', 10, 'image/jpeg');
      const bad = file('setup.exe', 10, 'application/x-msdownload');
      el.addFiles([good, bad, file('form.pdf', 10, 'application/pdf')]);
      await settle(el);
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.equal(
        `${isolated('setup.exe')} is not an allowed file type. Allowed: PDF or image/*.`,
      );
      const [, badRow] = rows(el);
      expect(badRow.querySelector('.file-error')!.textContent).to.contain(el.validationMessage);
      expect(badRow.querySelector('.remove')!.getAttribute('aria-describedby')).to.equal('error-1');
      expect(new FormData(form).getAll('docs').map((f) => (f as File).name)).to.deep.equal(['scan.JPG', 'form.pdf']);
      el.removeFile(bad);
      await settle(el);
      expect(el.checkValidity()).to.equal(true);
    });

    it('shows the problem of files added before its first render in that first render', async () => {
      const el = document.createElement('sugam-file-upload');
      el.label = 'Photo';
      el.maxSize = 2 * MB;
      const proto = Object.getPrototypeOf(el) as { render(): unknown };
      let renders = 0;
      (el as unknown as { render(): unknown }).render = function (this: SugamFileUpload) {
        renders++;
        return proto.render.call(this);
      };
      el.addFiles([file('photo.jpg', 3 * MB, 'image/jpeg')]);
      await fixture(html`<div>${el}</div>`);
      await settle(el);
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.shadowRoot!.textContent).to.contain(el.validationMessage);
      // The message was there in the first render: no second render to show it.
      expect(renders).to.equal(1);
    });

    it('names the file and the size limit in KB or MB, in the reader’s digits', async () => {
      await loadLocale('hi');
      await loadLocale('bn');
      await loadLocale('ur');
      const section = await fixture<HTMLElement>(
        html`<section lang="en">
          <sugam-file-upload label="Photo" max-size="2097152"></sugam-file-upload>
        </section>`,
      );
      const el = section.querySelector('sugam-file-upload')!;
      el.addFiles([file('photo.jpg', 3 * MB, 'image/jpeg')]);
      await settle(el);
      expect(el.validity.rangeOverflow).to.equal(true);
      expect(el.validationMessage).to.equal(`${isolated('photo.jpg')} is too large. Choose a file of 2 MB or less.`);
      expect(rows(el)[0].querySelector('.file-size')!.textContent).to.equal('3 MB');
      expect(status(el)).to.contain(el.validationMessage);
      section.lang = 'hi';
      await settle(el);
      expect(el.validationMessage).to.equal(`${isolated('photo.jpg')} बहुत बड़ी है। 2 MB या उससे छोटी फ़ाइल चुनें।`);
      section.lang = 'bn';
      await settle(el);
      expect(el.validationMessage).to.equal(`${isolated('photo.jpg')} খুব বড়। ২ MB বা তার চেয়ে ছোট ফাইল বেছে নিন।`);
      expect(rows(el)[0].querySelector('.file-size')!.textContent).to.equal('৩ MB');
      section.lang = 'ur';
      await settle(el);
      expect(el.validationMessage).to.contain('۲ MB');
      el.maxSize = 512000;
      await settle(el);
      expect(el.validationMessage).to.contain('۵۰۰ KB');
    });

    it('writes sizes in bytes, KB and MB', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Files"></sugam-file-upload>`);
      expect(el.formatSize(1)).to.equal('1 byte');
      expect(el.formatSize(900)).to.equal('900 bytes');
      expect(el.formatSize(1536)).to.equal('1.5 KB');
      expect(el.formatSize(150 * 1024)).to.equal('150 KB');
      expect(el.formatSize(2.25 * MB)).to.equal('2.3 MB');
    });

    it('shows the first problem under the field once the user has acted, and focuses the button on submit', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form>
          <sugam-file-upload name="doc" label="Document" required></sugam-file-upload><button>Send</button>
        </form>`,
      );
      const el = form.querySelector('sugam-file-upload')!;
      await settle(el);
      expect(el.shadowRoot!.querySelector('[part="message"]')).to.equal(null);
      form.requestSubmit();
      await settle(el);
      expect(el.shadowRoot!.activeElement).to.equal(chooseButton(el));
      expect(el.shadowRoot!.querySelector('[part="message"]')!.textContent).to.contain('Select a file.');
      expect(chooseButton(el).getAttribute('aria-invalid')).to.equal('true');
      expect(chooseButton(el).getAttribute('aria-describedby')).to.equal('message');
    });
  });

  describe('rows', () => {
    it('has a remove button named "Remove <file name>" in the reader’s language', async () => {
      await loadLocale('hi');
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-file-upload label="Files" multiple></sugam-file-upload>
          <sugam-file-upload lang="hi" label="फ़ाइलें" multiple></sugam-file-upload>
        </div>`,
      );
      const [en, hi] = [...wrapper.querySelectorAll('sugam-file-upload')];
      en.addFiles([file('pan.pdf')]);
      hi.addFiles([file('pan.pdf')]);
      await settle(en);
      await settle(hi);
      const [enRemove] = removeButtons(en);
      const [hiRemove] = removeButtons(hi);
      expect(enRemove.getAttribute('aria-label')).to.equal('Remove pan.pdf');
      expect(enRemove.textContent!.trim()).to.equal('Remove');
      expect(hiRemove.getAttribute('aria-label')).to.equal('pan.pdf हटाएँ');
      expect(hiRemove.textContent!.trim()).to.equal('हटाएँ');
    });

    it('removes a file by keyboard, announces it, and moves focus to the next row or the button', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Files" multiple></sugam-file-upload>`);
      el.addFiles([file('a.pdf'), file('b.pdf')]);
      await settle(el);
      let changes = 0;
      el.addEventListener('change', () => changes++);
      removeButtons(el)[0].focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(el.files.map((f) => f.name)).to.deep.equal(['b.pdf']);
      expect(status(el)).to.equal('a.pdf removed');
      expect(el.shadowRoot!.activeElement).to.equal(removeButtons(el)[0]);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(el.files).to.deep.equal([]);
      expect(el.shadowRoot!.activeElement).to.equal(chooseButton(el));
      expect(changes).to.equal(2);
    });

    it('shows upload progress set with setProgress', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Files"></sugam-file-upload>`);
      const doc = file('form.pdf', 100);
      el.addFiles([doc]);
      el.setProgress(doc, 0.45);
      await settle(el);
      const progress = el.shadowRoot!.querySelector('progress')!;
      expect(progress.value).to.equal(0.45);
      expect(progress.getAttribute('aria-label')).to.equal('Upload progress of form.pdf');
      expect(el.shadowRoot!.querySelector('.percent')!.textContent).to.equal('45%');
      el.setProgress(doc, 2);
      await settle(el);
      expect(progress.value).to.equal(1);
      el.setProgress(doc, null);
      await settle(el);
      expect(el.shadowRoot!.querySelector('progress')).to.equal(null);
    });

    it('says each file’s upload status in words, announces it, and offers a retry that fires sugam-retry', async () => {
      const el = await fixture<SugamFileUpload>(
        html`<sugam-file-upload label="Documents" multiple></sugam-file-upload>`,
      );
      const [a, b] = [file('a.pdf'), file('b.pdf')];
      el.addFiles([a, b]);
      await settle(el);
      const statusLine = (index: number) => rows(el)[index].querySelector('[part="status"]')?.textContent?.trim();
      el.setStatus(a, 'scanning');
      await settle(el);
      expect(statusLine(0)).to.equal('Checking for viruses');
      expect(rows(el)[0].querySelector('.spinner')).to.exist;
      expect(status(el)).to.equal(`${isolated('a.pdf')}: Checking for viruses`);
      el.setStatus(a, 'uploaded');
      el.setStatus(b, 'failed', 'The server is busy. Try again later.');
      await settle(el);
      expect(statusLine(0)).to.equal('Uploaded');
      expect(statusLine(1)).to.equal('The server is busy. Try again later.');
      expect(status(el)).to.equal(`${isolated('b.pdf')}: The server is busy. Try again later.`);
      const retry = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="retry"]');
      expect(retry).to.have.length(1);
      expect(retry[0].getAttribute('aria-label')).to.equal('Retry b.pdf');
      expect(retry[0].textContent!.trim()).to.equal('Retry');
      let retried: File | undefined;
      el.addEventListener('sugam-retry', (event) => (retried = event.detail.file));
      retry[0].focus();
      await sendKeys({ press: 'Enter' });
      expect(retried).to.equal(b);
      // A status is not a validity: both files are still submitted.
      expect(el.checkValidity()).to.equal(true);
      expect(el.files).to.deep.equal([a, b]);
      el.setStatus(b, null);
      await settle(el);
      expect(statusLine(1)).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('[part="retry"]')).to.equal(null);
      // The retry button is not counted among the remove buttons (their focus order after a removal).
      expect(removeButtons(el)).to.have.length(2);
    });

    it('says the upload status in the reader’s language', async () => {
      await loadLocale('hi');
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload lang="hi" label="दस्तावेज़"></sugam-file-upload>`);
      const a = file('a.pdf');
      el.addFiles([a]);
      el.setStatus(a, 'failed');
      await settle(el);
      expect(rows(el)[0].querySelector('[part="status"]')!.textContent!.trim()).to.equal('अपलोड नहीं हो सकी');
      expect(el.shadowRoot!.querySelector('[part="retry"]')!.getAttribute('aria-label')).to.equal(
        'a.pdf के लिए फिर से कोशिश करें',
      );
    });

    it('lets nothing be added or removed when read-only', async () => {
      const el = await fixture<SugamFileUpload>(html`<sugam-file-upload label="Files" readonly></sugam-file-upload>`);
      el.addFiles([file('a.pdf')]);
      await settle(el);
      expect(chooseButton(el).disabled).to.equal(true);
      expect(removeButtons(el)).to.have.length(0);
    });
  });
});
