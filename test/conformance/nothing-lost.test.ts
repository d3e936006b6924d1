// Conformance, issue 9 item 7 ("nothing lost"): a form holding every Sugam form control and identity field, filled
// in (some values valid, some not), keeps every value, every validity flag and every typed text through switches of
// language (en → hi → ur, which also flips direction), theme (light → dark → high-contrast) and direction.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components';
import type { SugamFileUpload } from '@sugam/components/file-upload';
import { i18n, loadLocale, setPageLanguage } from '@sugam/i18n';
import { setTheme } from '@sugam/tokens/runtime';

type Control = HTMLElement & {
  name: string;
  value?: unknown;
  readonly validity: ValidityState;
  readonly validationMessage: string;
  checkValidity(): boolean;
  setCustomValidity(message: string): void;
  updateComplete: Promise<boolean>;
};

const FLAGS = [
  'valueMissing',
  'typeMismatch',
  'patternMismatch',
  'tooLong',
  'tooShort',
  'rangeUnderflow',
  'rangeOverflow',
  'stepMismatch',
  'badInput',
  'customError',
  'valid',
] as const;

/** Every form control of the form, by name. */
const controls = (form: HTMLFormElement) =>
  [...form.querySelectorAll<Control>('[name]')].filter((el) => el.localName.startsWith('sugam-'));

/** Waits until every control has rendered what the last switch changed (locale strings load asynchronously). */
async function settle(form: HTMLFormElement) {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await Promise.all([...form.querySelectorAll<Control>('*')].map((el) => el.updateComplete));
  }
}

/** What must not change: the FormData entries, each control's validity flags and the text in its inputs. */
function snapshot(form: HTMLFormElement) {
  const entries = [...new FormData(form)].map(([key, value]) => [
    key,
    value instanceof File ? { name: value.name, type: value.type, size: value.size } : value,
  ]);
  const validity = Object.fromEntries(
    controls(form).map((el) => [el.name, Object.fromEntries(FLAGS.map((flag) => [flag, el.validity[flag]]))]),
  );
  const shown = Object.fromEntries(
    controls(form).map((el) => [
      el.name,
      [...el.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')]
        .filter((input) => input.type !== 'file' && input.type !== 'hidden')
        .map((input) =>
          input instanceof HTMLInputElement && (input.type === 'checkbox' || input.type === 'radio')
            ? `checked: ${input.checked}`
            : input.value,
        ),
    ]),
  );
  return { entries, validity, shown };
}

async function typeInto(form: HTMLFormElement, name: string, text: string) {
  const el = form.querySelector<Control>(`[name="${name}"]`)!;
  el.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!.focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

describe('nothing lost: values and validity survive language, theme and direction switches', () => {
  afterEach(async () => {
    await setPageLanguage('en');
    document.documentElement.removeAttribute('dir');
    setTheme('auto');
  });

  it('keeps every value, validity flag and typed text of a filled form', async () => {
    await Promise.all(['hi', 'ur'].map((lang) => loadLocale(lang)));
    await setPageLanguage('en');
    setTheme('light');
    const form = await fixture<HTMLFormElement>(html`
      <form novalidate>
        <sugam-text-field name="applicant" label="Applicant name" required></sugam-text-field>
        <sugam-text-field name="email" type="email" label="Email"></sugam-text-field>
        <sugam-text-field name="father" label="Father's name" required></sugam-text-field>
        <sugam-textarea name="address" label="Address" minlength="40"></sugam-textarea>
        <sugam-select name="state" label="State" required>
          <sugam-option value="MH">Maharashtra</sugam-option>
          <sugam-option value="TN">Tamil Nadu</sugam-option>
        </sugam-select>
        <sugam-combobox name="district" label="District">
          <sugam-option value="PN">Pune</sugam-option>
          <sugam-option value="MU">Mumbai</sugam-option>
        </sugam-combobox>
        <sugam-checkbox name="consent" required>I agree</sugam-checkbox>
        <sugam-checkbox-group name="contact" label="Contact me by" min="2">
          <sugam-checkbox value="sms">SMS</sugam-checkbox>
          <sugam-checkbox value="email">Email</sugam-checkbox>
          <sugam-checkbox value="post">Post</sugam-checkbox>
        </sugam-checkbox-group>
        <sugam-radio-group name="zone" label="Zone" required>
          <sugam-radio value="north">North</sugam-radio>
          <sugam-radio value="south">South</sugam-radio>
        </sugam-radio-group>
        <sugam-switch name="alerts">Alerts</sugam-switch>
        <sugam-slider name="income" label="Income" min="0" max="10" value="4"></sugam-slider>
        <sugam-range-slider start-name="age-from" end-name="age-to" label="Age" min="18" max="60"></sugam-range-slider>
        <sugam-combobox name="works-in" label="Districts" multiple>
          <sugam-option value="PN">Pune</sugam-option>
          <sugam-option value="MU">Mumbai</sugam-option>
          <sugam-option value="NG">Nagpur</sugam-option>
        </sugam-combobox>
        <sugam-date-field name="dob" label="Date of birth"></sugam-date-field>
        <sugam-date-field name="visit" label="Visit" min="2030-01-01"></sugam-date-field>
        <sugam-time-field name="arrival" label="Arrival"></sugam-time-field>
        <sugam-time-field name="slot" label="Slot"></sugam-time-field>
        <sugam-time-field name="departure" label="Departure" hour-cycle="h23" min="06:00"></sugam-time-field>
        <sugam-file-upload name="proof" label="Proof of address" required></sugam-file-upload>
        <sugam-aadhaar-field name="aadhaar" label="Aadhaar"></sugam-aadhaar-field>
        <sugam-pincode-field name="pin" label="PIN code"></sugam-pincode-field>
        <sugam-mobile-field name="mobile" label="Mobile"></sugam-mobile-field>
        <sugam-otp-field name="otp" label="OTP"></sugam-otp-field>
        <sugam-pan-field name="pan" label="PAN"></sugam-pan-field>
        <sugam-ifsc-field name="ifsc" label="IFSC"></sugam-ifsc-field>
        <sugam-gstin-field name="gstin" label="GSTIN"></sugam-gstin-field>
        <sugam-name-field name="fullname" label="Full name"></sugam-name-field>
      </form>
    `);
    await settle(form);

    // Typed, as a user would: valid values and invalid ones (a bad email, a too-short address and PIN, a date
    // before the minimum, a GSTIN with a wrong check character, half an OTP).
    await typeInto(form, 'applicant', 'Asha Devi');
    await typeInto(form, 'email', 'asha@');
    await typeInto(form, 'address', '12 MG Road, Pune');
    await typeInto(form, 'dob', '26012000');
    await typeInto(form, 'visit', '15082025');
    await typeInto(form, 'arrival', '२:३०');
    await typeInto(form, 'slot', '10:15');
    await typeInto(form, 'departure', '0545');
    await typeInto(form, 'aadhaar', '496858245152');
    await typeInto(form, 'pin', '1100');
    await typeInto(form, 'mobile', '9876543210');
    await typeInto(form, 'otp', '123');
    await typeInto(form, 'pan', 'abcpe1234f');
    await typeInto(form, 'ifsc', 'SBIN0001234');
    await typeInto(form, 'gstin', '27AAPFU0939F1ZW');
    await typeInto(form, 'fullname', 'Asha');
    // Chosen by pointer: an option, a checkbox, one of a group that needs two, a radio, the switch, a slider step.
    const get = <T extends HTMLElement = Control>(selector: string) => form.querySelector<T>(selector)!;
    Object.assign(get('[name="state"]'), { value: 'TN' });
    Object.assign(get('[name="district"]'), { value: 'PN' });
    const press = (selector: string) => get(selector).shadowRoot!.querySelector<HTMLElement>('input')!.click();
    press('[name="consent"]');
    press('[name="contact"] [value="sms"]');
    get('[name="zone"] [value="south"]').click();
    press('[name="alerts"]');
    get('[name="arrival"]').shadowRoot!.querySelector<HTMLElement>('input[value="pm"]')!.click();
    get('[name="income"]').shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    get('[start-name="age-from"]').shadowRoot!.querySelectorAll<HTMLElement>('[role="slider"]')[1].focus();
    await sendKeys({ press: 'PageDown' });
    Object.assign(get('[name="works-in"]'), { values: ['NG', 'PN'] });
    get<SugamFileUpload>('[name="proof"]').addFiles([new File(['%PDF'], 'proof.pdf', { type: 'application/pdf' })]);
    get('[name="father"]').setCustomValidity('Does not match the records');
    await settle(form);

    const before = snapshot(form);
    // The fill took: the entries hold the typed values and the invalid controls are invalid.
    const entries = Object.fromEntries(before.entries);
    expect(entries).to.include({
      applicant: 'Asha Devi',
      dob: '2000-01-26',
      arrival: '14:30',
      aadhaar: '496858245152',
      pin: '1100',
      mobile: '9876543210',
      pan: 'ABCPE1234F',
      state: 'TN',
      district: 'PN',
      zone: 'south',
      income: '5',
      'age-from': '18',
      consent: 'on',
      alerts: 'on',
      contact: 'sms',
    });
    const invalid = Object.entries(before.validity)
      .filter(([, flags]) => !flags.valid)
      .map(([name]) => name)
      .sort();
    expect(invalid).to.deep.equal([
      'address',
      'contact',
      'departure',
      'email',
      'father',
      'gstin',
      'otp',
      'pin',
      'slot',
      'visit',
    ]);
    expect(before.shown.applicant).to.deep.equal(['Asha Devi']);
    expect(before.entries.filter(([name]) => name === 'age-to' || name === 'works-in')).to.deep.equal([
      ['age-to', '56'],
      ['works-in', 'NG'],
      ['works-in', 'PN'],
    ]);

    // Each switch, with the direction and a word of the language the controls must then render in (proof that
    // the switch reached them: re-rendered, re-worded, flipped).
    const pin = get('[name="pin"]');
    const field = () => pin.shadowRoot!.querySelector<HTMLElement>('.field')!;
    const steps: { step: string; run: () => unknown; dir: 'ltr' | 'rtl'; theme?: string; message: RegExp }[] = [
      { step: 'lang hi', run: () => setPageLanguage('hi'), dir: 'ltr', message: /[\u0900-\u097f]/ },
      { step: 'lang ur (rtl)', run: () => setPageLanguage('ur'), dir: 'rtl', message: /[\u0600-\u06ff]/ },
      { step: 'lang en (ltr)', run: () => setPageLanguage('en'), dir: 'ltr', message: /[a-z]/ },
      { step: 'theme dark', run: () => setTheme('dark'), dir: 'ltr', theme: 'dark', message: /[a-z]/ },
      {
        step: 'theme high-contrast',
        run: () => setTheme('high-contrast'),
        dir: 'ltr',
        theme: 'high-contrast',
        message: /[a-z]/,
      },
      { step: 'theme light', run: () => setTheme('light'), dir: 'ltr', theme: 'light', message: /[a-z]/ },
      { step: 'dir rtl', run: () => (document.documentElement.dir = 'rtl'), dir: 'rtl', message: /[a-z]/ },
      {
        step: 'dir ltr and lang hi on the form',
        run: () => {
          document.documentElement.dir = 'ltr';
          form.lang = 'hi';
        },
        dir: 'ltr',
        message: /[\u0900-\u097f]/,
      },
      {
        step: 'dir rtl on the form',
        run: () => (form.dir = 'rtl'),
        dir: 'rtl',
        message: /[\u0900-\u097f]/,
      },
    ];
    for (const { step, run, dir, theme, message } of steps) {
      await run();
      await settle(form);
      expect(getComputedStyle(field()).direction, `direction after ${step}`).to.equal(dir);
      expect(pin.validationMessage, `message after ${step}`).to.match(message);
      if (theme) expect(document.documentElement.dataset.sugamTheme).to.equal(theme);
      const after = snapshot(form);
      expect(after.entries, `FormData after ${step}`).to.deep.equal(before.entries);
      expect(after.validity, `validity after ${step}`).to.deep.equal(before.validity);
      expect(after.shown, `text in the inputs after ${step}`).to.deep.equal(before.shown);
    }
    expect(i18n.language).to.equal('en');
  });
});
