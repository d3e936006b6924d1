import { expect, fixture } from '@open-wc/testing';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { loadLocale } from '@sugam/i18n';

/** A form control as the shared suite drives it. */
export interface FormControlLike extends HTMLElement {
  name: string;
  disabled: boolean;
  required: boolean;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  reportValidity(): boolean;
  updateComplete: Promise<boolean>;
  formStateRestoreCallback(state: unknown, reason: 'restore' | 'autocomplete'): void;
}

export interface FormControlSuiteOptions<T extends FormControlLike> {
  tag: string;
  /** Attributes for a filled-in control named "field" (e.g. `value="Asha"`). */
  filledAttributes: string;
  /** The same control in native HTML, named "field", with the same value. */
  nativeEquivalent: string;
  /** Changes the value as a user would, to something other than the initial value. */
  change(el: T): Promise<void>;
  /** Makes a required control empty. */
  empty?(el: T): Promise<void>;
  /**
   * The English and Hindi messages of a required, empty control. Absent for a control that always holds a value,
   * as `required` does not apply to a native range input: the suite then checks that `required` changes nothing.
   */
  requiredMessage?: { en: string; hi: string };
  /** Children of every control the suite creates (e.g. the radios of a radio group). */
  content?: string;
  /** Gives a value attributes cannot (e.g. files), before the required test checks that a filled control is valid. */
  fill?(el: T): Promise<void>;
}

/** FormData entries, a file written as its name, type and size (a native input's empty file has its own timestamp). */
const entriesOf = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([key, value]) => [
    key,
    value instanceof File ? { name: value.name, type: value.type, size: value.size } : value,
  ]);

const settle = async (el: FormControlLike) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

/** The behaviour every Sugam form control shares with native controls, run once per control. */
export function runFormControlTests<T extends FormControlLike>(options: FormControlSuiteOptions<T>) {
  const tag = unsafeStatic(options.tag);
  const attrs = options.filledAttributes;
  const content = unsafeStatic(options.content ?? '');

  const filledForm = () =>
    fixture<HTMLFormElement>(
      staticHtml`<form><${tag} name="field" label="Field" ${unsafeStatic(attrs)}>${content}</${tag}></form>`,
    );

  describe('as a form control', () => {
    it('puts the same entries in FormData as the equivalent native control', async () => {
      const form = await filledForm();
      await settle(form.querySelector<T>(options.tag)!);
      const native = await fixture<HTMLFormElement>(staticHtml`<form>${unsafeStatic(options.nativeEquivalent)}</form>`);
      expect(entriesOf(form)).to.deep.equal(entriesOf(native));
      expect(new FormData(form).has('field')).to.equal(true);
    });

    it('returns to its initial value on form reset', async () => {
      const form = await filledForm();
      const el = form.querySelector<T>(options.tag)!;
      await settle(el);
      const initial = entriesOf(form);
      await options.change(el);
      await settle(el);
      expect(entriesOf(form)).not.to.deep.equal(initial);
      form.reset();
      await settle(el);
      expect(entriesOf(form)).to.deep.equal(initial);
    });

    it('restores a saved state (back/forward cache, autofill)', async () => {
      const form = await filledForm();
      const el = form.querySelector<T>(options.tag)!;
      await options.change(el);
      await settle(el);
      const changed = entriesOf(form);
      // What the browser saved is what setFormValue() was given as state; restore it into a fresh control.
      const fresh = await filledForm();
      const other = fresh.querySelector<T>(options.tag)!;
      await settle(other);
      const saved = (el as unknown as { formState(): unknown }).formState();
      other.formStateRestoreCallback(saved, 'restore');
      await settle(other);
      expect(entriesOf(fresh)).to.deep.equal(changed);
    });

    it('is left out of FormData and not focusable inside a disabled fieldset', async () => {
      const form = await fixture<HTMLFormElement>(
        staticHtml`<form><fieldset disabled><${tag} name="field" label="Field" ${unsafeStatic(attrs)}>${content}</${tag}></fieldset></form>`,
      );
      const el = form.querySelector<T>(options.tag)!;
      await settle(el);
      expect(entriesOf(form)).to.deep.equal([]);
      el.focus();
      expect(el.shadowRoot!.activeElement).to.equal(null);
      form.querySelector('fieldset')!.disabled = false;
      await settle(el);
      expect(new FormData(form).has('field')).to.equal(true);
    });

    const { requiredMessage } = options;
    if (requiredMessage) {
      it('is invalid when required and empty, with a message in its own language', async () => {
        await loadLocale('hi');
        const form = await fixture<HTMLFormElement>(
          staticHtml`<form><${tag} name="field" label="Field" required ${unsafeStatic(attrs)}>${content}</${tag}></form>`,
        );
        const el = form.querySelector<T>(options.tag)!;
        await options.fill?.(el);
        await settle(el);
        expect(el.checkValidity()).to.equal(true);
        await options.empty!(el);
        await settle(el);
        expect(el.checkValidity()).to.equal(false);
        expect(el.validity.valueMissing).to.equal(true);
        expect(el.validationMessage).to.equal(requiredMessage.en);
        form.lang = 'hi';
        await settle(el);
        expect(el.validationMessage).to.equal(requiredMessage.hi);
        expect(el.validity.valueMissing, 'a language switch keeps the validity').to.equal(true);
      });

      it('shows its message and is focused first when an invalid form is submitted', async () => {
        const form = await fixture<HTMLFormElement>(
          staticHtml`<form><input name="before" /><${tag} name="field" label="Field" required ${unsafeStatic(attrs)}>${content}</${tag}><button>Send</button></form>`,
        );
        const el = form.querySelector<T>(options.tag)!;
        await options.empty!(el);
        await settle(el);
        let submitted = false;
        form.addEventListener('submit', (event) => {
          event.preventDefault();
          submitted = true;
        });
        form.requestSubmit();
        await settle(el);
        expect(submitted).to.equal(false);
        // A group's focus lands on one of its children (e.g. a radio), which is inside the control.
        expect(el.contains(document.activeElement)).to.equal(true);
        const message = el.shadowRoot!.querySelector('[part="message"]');
        expect(message?.textContent).to.contain(requiredMessage.en);
      });
    } else {
      it('ignores required, as a native range input does: it always holds a value', async () => {
        const form = await fixture<HTMLFormElement>(
          staticHtml`<form><${tag} name="field" label="Field" required ${unsafeStatic(attrs)}>${content}</${tag}></form>`,
        );
        const el = form.querySelector<T>(options.tag)!;
        await settle(el);
        expect(el.checkValidity()).to.equal(true);
        expect(form.checkValidity()).to.equal(true);
      });
    }

    it('is accessible when filled, required-and-invalid, and disabled', async () => {
      const wrapper = await fixture<HTMLElement>(
        staticHtml`<form>
          <${tag} name="a" label="Filled" ${unsafeStatic(attrs)}>${content}</${tag}>
          <${tag} name="b" label="Invalid" required error-message="Something is wrong" ${unsafeStatic(attrs)}>${content}</${tag}>
          <${tag} name="c" label="Disabled" disabled ${unsafeStatic(attrs)}>${content}</${tag}>
        </form>`,
      );
      await settle(wrapper.querySelector<T>(options.tag)!);
      await expect(wrapper).to.be.accessible();
    });
  });
}
