import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@sugam/components/aadhaar-field';
import '@sugam/components/pincode-field';
import '@sugam/components/mobile-field';
import '@sugam/components/otp-field';
import '@sugam/components/pan-field';
import '@sugam/components/ifsc-field';
import '@sugam/components/gstin-field';
import '@sugam/components/name-field';
import type { SugamAadhaarField } from '@sugam/components/aadhaar-field';
import type { SugamMobileField } from '@sugam/components/mobile-field';
import type { SugamOtpField } from '@sugam/components/otp-field';
import type { SugamNameField } from '@sugam/components/name-field';
import { loadLocale } from '@sugam/i18n';
import {
  gstinCheckCharacter,
  gstinValid,
  verhoeffCheckDigit,
  verhoeffValid,
  type SugamIdentityField,
} from '../packages/components/src/internal/identity.js';
import { runFormControlTests } from './form-control-suite.js';

const AADHAAR = '496858245152';
const requiredMessage = { en: 'Fill in this field.', hi: 'यह फ़ील्ड भरें।' };

const input = (el: HTMLElement) => el.shadowRoot!.querySelector('input')!;
const notice = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="notice"]')!;
const message = (el: HTMLElement) => el.shadowRoot!.querySelector('[part="message"]')?.textContent ?? '';

const settle = async (el: HTMLElement & { updateComplete: Promise<boolean> }) => {
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

/** Types with the keyboard into the field's input. */
async function type(el: SugamIdentityField, text: string) {
  input(el).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Pastes like the browser does (one insertText edit, one input event) at the caret of the focused input. */
async function paste(el: SugamIdentityField, text: string, target: HTMLInputElement = input(el)) {
  target.focus();
  document.execCommand('insertText', false, text);
  await el.updateComplete;
}

async function make<T extends SugamIdentityField>(tag: string, attrs = ''): Promise<T> {
  const wrapper = await fixture<HTMLElement>(`<div><${tag} label="Field" ${attrs}></${tag}></div>`);
  const el = wrapper.firstElementChild as T;
  await settle(el);
  return el;
}

describe('identity check algorithms', () => {
  it('accepts a correct Verhoeff digit and catches every single wrong digit and every neighbour swap', () => {
    expect(verhoeffValid(AADHAAR)).to.equal(true);
    expect(verhoeffCheckDigit(AADHAAR.slice(0, 11))).to.equal('2');
    for (let i = 0; i < AADHAAR.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === AADHAAR[i]) continue;
        const wrong = AADHAAR.slice(0, i) + d + AADHAAR.slice(i + 1);
        expect(verhoeffValid(wrong), wrong).to.equal(false);
      }
      if (i < AADHAAR.length - 1 && AADHAAR[i] !== AADHAAR[i + 1]) {
        const swapped = AADHAAR.slice(0, i) + AADHAAR[i + 1] + AADHAAR[i] + AADHAAR.slice(i + 2);
        expect(verhoeffValid(swapped), swapped).to.equal(false);
      }
    }
  });

  it('computes the GSTIN check character', () => {
    expect(gstinCheckCharacter('27AAPFU0939F1Z')).to.equal('V');
    expect(gstinValid('27AAPFU0939F1ZV')).to.equal(true);
    expect(gstinValid('27AAPFU0939F1ZW')).to.equal(false);
    expect(gstinValid('27AAPFU0939F1Z')).to.equal(false);
  });
});

interface SuiteCase {
  tag: string;
  filled: string;
  value: string;
  other: string;
}

const suites: SuiteCase[] = [
  { tag: 'sugam-aadhaar-field', filled: 'value="4968 5824 5152"', value: AADHAAR, other: '2345 6789 0124' },
  { tag: 'sugam-pincode-field', filled: 'value="110001"', value: '110001', other: '560001' },
  { tag: 'sugam-mobile-field', filled: 'value="+91 98765 43210"', value: '9876543210', other: '7012345678' },
  { tag: 'sugam-pan-field', filled: 'value="abcpe1234f"', value: 'ABCPE1234F', other: 'ZZZPZ9999Z' },
  { tag: 'sugam-ifsc-field', filled: 'value="SBIN0001234"', value: 'SBIN0001234', other: 'HDFC0000001' },
  { tag: 'sugam-gstin-field', filled: 'value="27AAPFU0939F1ZV"', value: '27AAPFU0939F1ZV', other: '29AAGCB7383J1Z4' },
  { tag: 'sugam-name-field', filled: 'value="Asha"', value: 'Asha', other: 'प्रिया' },
];

for (const { tag, filled, value, other } of suites) {
  describe(`<${tag}>`, () => {
    runFormControlTests<SugamIdentityField>({
      tag,
      filledAttributes: filled,
      nativeEquivalent: `<input name="field" value="${value}">`,
      change: async (el) => {
        el.value = other;
      },
      empty: async (el) => {
        el.value = '';
      },
      requiredMessage,
    });
  });
}

describe('<sugam-otp-field>', () => {
  runFormControlTests<SugamOtpField>({
    tag: 'sugam-otp-field',
    filledAttributes: 'value="123456"',
    nativeEquivalent: '<input name="field" value="123456">',
    change: async (el) => {
      el.value = '654321';
    },
    empty: async (el) => {
      el.value = '';
    },
    requiredMessage,
  });
});

describe('valid and invalid values, with messages that say how to fix them', () => {
  const cases: [string, string, string, keyof ValidityState | 'valid', string?][] = [
    ['sugam-aadhaar-field', AADHAAR, AADHAAR, 'valid'],
    [
      'sugam-aadhaar-field',
      '4968 5824 515',
      '49685824515',
      'tooShort',
      'An Aadhaar number has 12 digits; you entered 11.',
    ],
    ['sugam-aadhaar-field', '1968 5824 5152', '196858245152', 'patternMismatch', 'does not start with 0 or 1'],
    ['sugam-aadhaar-field', '4968 5824 5153', '496858245153', 'patternMismatch', 'This is not a valid Aadhaar number.'],
    ['sugam-pincode-field', '110 001', '110001', 'valid'],
    ['sugam-pincode-field', '11000', '11000', 'tooShort', 'A PIN code has 6 digits; you entered 5.'],
    ['sugam-pincode-field', '010001', '010001', 'patternMismatch', 'does not start with 0'],
    ['sugam-mobile-field', '98765-43210', '9876543210', 'valid'],
    ['sugam-mobile-field', '98765', '98765', 'tooShort', 'A mobile number has 10 digits after +91; you entered 5.'],
    ['sugam-mobile-field', '5876543210', '5876543210', 'patternMismatch', 'starts with 6, 7, 8 or 9'],
    ['sugam-pan-field', 'ABCPE1234F', 'ABCPE1234F', 'valid'],
    ['sugam-pan-field', 'ABCPE1234', 'ABCPE1234', 'tooShort', 'A PAN has 10 characters; you entered 9.'],
    ['sugam-pan-field', 'ABCDE1234F', 'ABCDE1234F', 'patternMismatch', 'like ABCPE1234F'],
    ['sugam-pan-field', '1BCPE1234F', '1BCPE1234F', 'patternMismatch', 'like ABCPE1234F'],
    ['sugam-ifsc-field', 'sbin0001234', 'SBIN0001234', 'valid'],
    ['sugam-ifsc-field', 'SBIN1001234', 'SBIN1001234', 'patternMismatch', 'the digit 0'],
    ['sugam-ifsc-field', 'SBIN000', 'SBIN000', 'tooShort', 'An IFSC has 11 characters; you entered 7.'],
    ['sugam-gstin-field', '27AAPFU0939F1ZV', '27AAPFU0939F1ZV', 'valid'],
    ['sugam-gstin-field', '27AAPFU0939F1ZW', '27AAPFU0939F1ZW', 'patternMismatch', 'does not match the rest'],
    ['sugam-gstin-field', 'AAAAPFU0939F1ZV', 'AAAAPFU0939F1ZV', 'patternMismatch', 'like 27AAPFU0939F1ZV'],
    ['sugam-gstin-field', '27AAPFU0939F1Z', '27AAPFU0939F1Z', 'tooShort', 'A GSTIN has 15 characters; you entered 14.'],
    ['sugam-name-field', "D'Souza-Rao P.", "D'Souza-Rao P.", 'valid'],
    ['sugam-name-field', '. -', '. -', 'patternMismatch', 'at least one letter'],
  ];
  for (const [tag, given, normalised, flag, text] of cases) {
    it(`${tag} "${given}": ${flag}`, async () => {
      const el = await make(tag);
      el.value = given;
      await settle(el);
      expect(el.value).to.equal(normalised);
      if (flag === 'valid') {
        expect(el.checkValidity(), el.validationMessage).to.equal(true);
      } else {
        expect(el.validity[flag]).to.equal(true);
        expect(el.validationMessage).to.contain(text);
      }
    });
  }

  it('words its messages in the field’s language, with its digits', async () => {
    await loadLocale('hi');
    await loadLocale('mr');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-aadhaar-field label="आधार" value="4968 5824"></sugam-aadhaar-field></div>`,
    );
    const el = wrapper.querySelector('sugam-aadhaar-field')!;
    await settle(el);
    expect(el.validationMessage).to.equal('आधार संख्या में 12 अंक होते हैं; आपने 8 अंक लिखे हैं।');
    wrapper.lang = 'mr';
    await settle(el);
    expect(el.validationMessage).to.equal('आधार क्रमांकात १२ अंक असतात; तुम्ही ८ लिहिले.');
  });
});

describe('typing and pasting', () => {
  it('accepts digits typed in Devanagari, Bengali, Tamil and Arabic-Indic and submits ASCII', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <sugam-pincode-field name="pin" label="PIN"></sugam-pincode-field>
        <sugam-aadhaar-field name="uid" label="Aadhaar"></sugam-aadhaar-field>
        <sugam-mobile-field name="mobile" label="Mobile"></sugam-mobile-field>
      </form>`,
    );
    const pin = form.querySelector('sugam-pincode-field')!;
    await type(pin, '११०००१');
    expect(input(pin).value).to.equal('११०००१');
    expect(new FormData(form).get('pin')).to.equal('110001');
    expect(pin.checkValidity()).to.equal(true);

    const uid = form.querySelector('sugam-aadhaar-field')!;
    await type(uid, '৪৯৬৮৫৮২৪৫১৫২');
    expect(input(uid).value).to.equal('৪৯৬৮ ৫৮২৪ ৫১৫২');
    expect(new FormData(form).get('uid')).to.equal(AADHAAR);

    const mobile = form.querySelector('sugam-mobile-field')!;
    await paste(mobile, '۹۸۷۶۵۴۳۲۱۰');
    expect(new FormData(form).get('mobile')).to.equal('9876543210');
    mobile.value = '';
    await settle(mobile);
    await paste(mobile, '௯௮௭௬௫௪௩௨௧௦');
    expect(new FormData(form).get('mobile')).to.equal('9876543210');
  });

  it('groups an Aadhaar number 4-4-4 as it is typed, with spaces or hyphens', async () => {
    const el = await make<SugamAadhaarField>('sugam-aadhaar-field');
    await type(el, '4968-5824 51');
    expect(input(el).value).to.equal('4968 5824 51');
    await sendKeys({ type: '52' });
    await el.updateComplete;
    expect(input(el).value).to.equal('4968 5824 5152');
    expect(el.value).to.equal(AADHAAR);
    expect(input(el).selectionStart).to.equal(14);
  });

  for (const pasted of [
    '+91 98765 43210',
    '+919876543210',
    '919876543210',
    '09876543210',
    '0091 98765 43210',
    '(987) 654-3210',
  ]) {
    it(`normalises a pasted mobile number "${pasted}" to its 10 digits`, async () => {
      const el = await make<SugamMobileField>('sugam-mobile-field');
      await paste(el, pasted);
      expect(el.value).to.equal('9876543210');
      expect(input(el).value).to.equal('9876543210');
      expect(notice(el).textContent).to.equal('');
      expect(el.checkValidity()).to.equal(true);
    });
  }

  it('shows +91 before the number and reads it with the field', async () => {
    const el = await make<SugamMobileField>('sugam-mobile-field');
    const prefix = el.shadowRoot!.getElementById('prefix')!;
    expect(prefix.textContent).to.equal('+91');
    expect(input(el).getAttribute('aria-describedby')).to.contain('prefix');
    expect(input(el).type).to.equal('tel');
    expect(input(el).getAttribute('autocomplete')).to.equal('tel-national');
    expect(input(el).inputMode).to.equal('numeric');
  });

  it('cuts an over-long paste to the field’s length and announces the rest politely', async () => {
    const el = await make('sugam-pincode-field');
    await paste(el, '110001234');
    expect(el.value).to.equal('110001');
    const region = notice(el);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.textContent).to.equal('3 extra characters were left out: this field takes 6.');
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(region.textContent, 'the notice goes with the next edit').to.equal('');
  });

  it('announces an over-long paste in the field’s language and digits', async () => {
    await loadLocale('mr');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="mr"><sugam-pincode-field label="पिन"></sugam-pincode-field></div>`,
    );
    const el = wrapper.firstElementChild as SugamIdentityField;
    await settle(el);
    await paste(el, '1100012');
    expect(notice(el).textContent).to.equal('१ जास्तीचे अक्षर वगळले: या फील्डमध्ये ६ अक्षरे बसतात.');
  });

  it('rejects characters that cannot belong with a message, never an exception', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    const el = await make('sugam-pincode-field');
    await type(el, '11a');
    expect(notice(el).textContent).to.equal('a cannot be used here. Enter digits only.');
    await sendKeys({ type: '0#001' });
    await el.updateComplete;
    expect(el.value).to.equal('110001');
    const pan = await make('sugam-pan-field');
    await paste(pan, 'abcpé1234f');
    expect(pan.value).to.equal('ABCP1234F');
    expect(notice(pan).textContent).to.equal('é cannot be used here. Enter only the letters A to Z and digits.');
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
  });

  it('names every rejected character once', async () => {
    const el = await make('sugam-pincode-field');
    await paste(el, '1a1b0a');
    expect(notice(el).textContent).to.equal('a b cannot be used here. Enter digits only.');
  });

  it('uppercases PAN, IFSC and GSTIN as they are typed', async () => {
    const el = await make('sugam-pan-field');
    await type(el, 'abcpe1234f');
    expect(input(el).value).to.equal('ABCPE1234F');
    expect(el.value).to.equal('ABCPE1234F');
    expect(input(el).getAttribute('autocapitalize')).to.equal('characters');
    const ifsc = await make('sugam-ifsc-field');
    await type(ifsc, 'sbin0001234');
    expect(ifsc.value).to.equal('SBIN0001234');
    expect(ifsc.checkValidity()).to.equal(true);
  });

  it('never rewrites the value while an input method is composing', async () => {
    const el = await make<SugamNameField>('sugam-name-field');
    const field = input(el);
    field.focus();
    field.dispatchEvent(new CompositionEvent('compositionstart'));
    field.value = 'प्रि1';
    field.dispatchEvent(new InputEvent('input', { isComposing: true, composed: true, bubbles: true }));
    await el.updateComplete;
    expect(field.value).to.equal('प्रि1');
    field.dispatchEvent(new CompositionEvent('compositionend'));
    await el.updateComplete;
    expect(field.value).to.equal('प्रि');
    expect(notice(el).textContent).to.contain('1 cannot be used in a name.');
  });
});

describe('<sugam-name-field> letters of every script', () => {
  for (const name of [
    'प्रिया',
    'र्‍य',
    'ന്‍',
    'ক্‌ষ',
    'ਗੁਰਪ੍ਰੀਤ',
    'முத்துலட்சுமி',
    'محمد عارف',
    'ᱥᱟᱱᱛᱟᱲᱤ',
    'ꯃꯤꯇꯩ',
    "O'Brien",
    'Anne-Marie N. Rao',
  ]) {
    it(`accepts ${name}`, async () => {
      const el = await make<SugamNameField>('sugam-name-field');
      await paste(el, name);
      expect(el.value).to.equal(name.normalize('NFC'));
      expect(notice(el).textContent).to.equal('');
      expect(el.checkValidity()).to.equal(true);
    });
  }

  it('stores NFC, trimmed, with single spaces', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><sugam-name-field name="n" label="Name"></sugam-name-field></form>`,
    );
    const el = form.querySelector('sugam-name-field')!;
    await paste(el, '  Jose\u0301   Kumar ');
    expect(new FormData(form).get('n')).to.equal('José Kumar');
    expect(new FormData(form).get('n')).to.equal('Jos\u00e9 Kumar');
  });

  it('counts maxlength in letters as people see them', async () => {
    const el = await make<SugamNameField>('sugam-name-field', 'maxlength="3"');
    await paste(el, 'क्षिस्त्रीकामना');
    expect(el.value).to.equal('क्षिस्त्रीका');
    expect(notice(el).textContent).to.equal('2 extra characters were left out: this field takes 3.');
  });

  it('uses the autofill hint it is given, name by default', async () => {
    const el = await make<SugamNameField>('sugam-name-field');
    expect(input(el).getAttribute('autocomplete')).to.equal('name');
    el.autocomplete = 'given-name';
    await el.updateComplete;
    expect(input(el).getAttribute('autocomplete')).to.equal('given-name');
    expect(input(el).dir).to.equal('auto');
  });
});

describe('<sugam-aadhaar-field> privacy', () => {
  it('never puts the number in console output, messages or events’ detail', async () => {
    const logged: unknown[] = [];
    const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
    const originals = methods.map((m) => console[m]);
    methods.forEach((m) => (console[m] = (...args: unknown[]) => logged.push(...args)));
    const details: unknown[] = [];
    try {
      const form = await fixture<HTMLFormElement>(
        // The button gives Tab a place to land inside the page (Firefox would move focus to its toolbar).
        html`<form>
          <sugam-aadhaar-field name="uid" label="Aadhaar" required size="huge"></sugam-aadhaar-field
          ><button type="button">After</button>
        </form>`,
      );
      const el = form.querySelector('sugam-aadhaar-field')!;
      for (const name of ['input', 'change', 'invalid']) {
        el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
      }
      await type(el, '4968 5824 5153');
      await paste(el, '99999');
      await sendKeys({ press: 'Tab' });
      form.requestSubmit();
      await settle(el);
      const texts = [el.validationMessage, message(el), notice(el).textContent ?? ''];
      const everything = JSON.stringify([logged.map(String), texts, details]);
      expect(everything).not.to.match(/4968|5824|5153|49685824/);
      expect(el.validity.patternMismatch).to.equal(true);
    } finally {
      methods.forEach((m, i) => (console[m] = originals[i]));
    }
    expect(logged.length, 'the unknown size is warned about').to.be.greaterThan(0);
    // Native input events are UIEvents, whose detail is 0; none carries the number.
    expect(details.every((detail) => detail == null || detail === 0)).to.equal(true);
  });

  it('shows only the last four digits when masked, with a toggle to reveal, and the full number while editing', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <input /><sugam-aadhaar-field name="uid" label="Aadhaar" masked value=${AADHAAR}></sugam-aadhaar-field>
      </form>`,
    );
    const el = form.querySelector('sugam-aadhaar-field')!;
    await settle(el);
    expect(input(el).value).to.equal('XXXX XXXX 5152');
    expect(new FormData(form).get('uid')).to.equal(AADHAAR);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="reveal"]')!;
    expect(toggle.getAttribute('aria-pressed')).to.equal('false');
    form.querySelector('input')!.focus();
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(input(el).value, 'editing shows the digits').to.equal('4968 5824 5152');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    expect(input(el).value).to.equal('XXXX XXXX 5152');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(input(el).value).to.equal('4968 5824 5152');
  });
});

describe('<sugam-otp-field>', () => {
  const cells = (el: SugamOtpField) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input')];
  const active = (el: SugamOtpField) => cells(el).indexOf(el.shadowRoot!.activeElement as HTMLInputElement);

  async function makeOtp(attrs = '') {
    const form = await fixture<HTMLFormElement>(
      `<form><sugam-otp-field name="otp" label="Code" ${attrs}></sugam-otp-field></form>`,
    );
    const el = form.querySelector<SugamOtpField>('sugam-otp-field')!;
    await settle(el);
    return { form, el };
  }

  function pasteInto(cell: HTMLInputElement, text: string) {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const event = new ClipboardEvent('paste', { bubbles: true, cancelable: true, composed: true });
    // Set on the event itself: Firefox gives a script-made paste event an empty clipboard of its own instead of
    // the `clipboardData` passed to the constructor (a real paste carries its data in both engines).
    Object.defineProperty(event, 'clipboardData', { value: data });
    cell.dispatchEvent(event);
  }

  it('is one field: one label naming the group, named cells, one value, SMS autofill on the first cell', async () => {
    const { el } = await makeOtp();
    const group = el.shadowRoot!.querySelector('[role="group"]')!;
    expect(group.getAttribute('aria-labelledby')).to.equal('label');
    expect(el.shadowRoot!.querySelectorAll('label').length).to.equal(1);
    expect(cells(el).length).to.equal(6);
    expect(cells(el)[0].getAttribute('autocomplete')).to.equal('one-time-code');
    expect(cells(el)[0].getAttribute('aria-label')).to.equal('Digit 1 of 6');
    expect(cells(el).every((cell) => cell.inputMode === 'numeric')).to.equal(true);
    expect(cells(el).filter((cell) => cell.tabIndex === 0).length, 'one tab stop').to.equal(1);
  });

  it('moves to the next cell as digits are typed, and back with Backspace', async () => {
    const { form, el } = await makeOtp();
    let inputs = 0;
    el.addEventListener('input', () => inputs++);
    cells(el)[0].focus();
    await sendKeys({ type: '123' });
    await el.updateComplete;
    expect(active(el)).to.equal(3);
    expect(el.value).to.equal('123');
    expect(inputs).to.equal(3);
    await sendKeys({ press: 'Backspace' });
    await el.updateComplete;
    expect(active(el)).to.equal(2);
    expect(el.value).to.equal('12');
    await sendKeys({ type: '3456' });
    await el.updateComplete;
    expect(new FormData(form).get('otp')).to.equal('123456');
    expect(el.checkValidity()).to.equal(true);
  });

  it('moves with the arrow keys, Home and End, also on a right-to-left page', async () => {
    await loadLocale('ur');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="ur" dir="rtl"><sugam-otp-field label="کوڈ"></sugam-otp-field></div>`,
    );
    const el = wrapper.querySelector('sugam-otp-field')!;
    await settle(el);
    cells(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(active(el)).to.equal(1);
    await sendKeys({ press: 'End' });
    expect(active(el)).to.equal(5);
    await sendKeys({ press: 'ArrowLeft' });
    expect(active(el)).to.equal(4);
    await sendKeys({ press: 'Home' });
    expect(active(el)).to.equal(0);
    expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('dir')).to.equal('ltr');
  });

  it('fills every cell from a whole code pasted into any cell, in any script’s digits', async () => {
    const { form, el } = await makeOtp();
    pasteInto(cells(el)[3], '४८२-९१७');
    await el.updateComplete;
    expect(new FormData(form).get('otp')).to.equal('482917');
    expect(
      cells(el)
        .map((cell) => cell.value)
        .join(''),
    ).to.equal('४८२९१७');
    expect(active(el)).to.equal(5);
  });

  it('fills from the cell pasted into when the paste is only part of a code', async () => {
    const { el } = await makeOtp();
    pasteInto(cells(el)[2], '12');
    await el.updateComplete;
    expect(cells(el).map((cell) => cell.value)).to.deep.equal(['', '', '1', '2', '', '']);
  });

  it('cuts an over-long paste and announces the rest; rejects letters with a message', async () => {
    const { el } = await makeOtp('length="4"');
    pasteInto(cells(el)[0], '1234567');
    await el.updateComplete;
    expect(el.value).to.equal('1234');
    expect(notice(el).textContent).to.equal('3 extra characters were left out: this field takes 4.');
    el.value = '';
    await settle(el);
    cells(el)[0].focus();
    await sendKeys({ type: 'a' });
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(cells(el)[0].value).to.equal('');
    expect(notice(el).textContent).to.equal('a cannot be used here. Enter digits only.');
  });

  it('says how many digits are missing', async () => {
    const { el } = await makeOtp('value="123"');
    expect(el.validity.tooShort).to.equal(true);
    expect(el.validationMessage).to.equal('Enter all 6 digits of the code; you entered 3.');
  });

  it('counts down to resend in the field’s language, then fires sugam-resend and starts again', async () => {
    await loadLocale('hi');
    const clock = { resolve: (ms: number) => new Promise((r) => setTimeout(r, ms)) };
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="hi"><sugam-otp-field label="कोड" resend-after="2"></sugam-otp-field></div>`,
    );
    const el = wrapper.querySelector('sugam-otp-field')!;
    await settle(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="resend"]')!;
    expect(button.textContent!.trim()).to.equal('2 सेकंड में कोड फिर से भेजें');
    expect(button.getAttribute('aria-disabled')).to.equal('true');
    let resent = 0;
    el.addEventListener('sugam-resend', () => resent++);
    button.click();
    expect(resent, 'not while counting down').to.equal(0);
    await clock.resolve(2100);
    await el.updateComplete;
    expect(button.textContent!.trim()).to.equal('कोड फिर से भेजें');
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resent).to.equal(1);
    expect(button.getAttribute('aria-disabled')).to.equal('true');
  });

  it('writes the countdown in native digits where the language uses them', async () => {
    await loadLocale('mr');
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="mr"><sugam-otp-field label="कोड" resend-after="30"></sugam-otp-field></div>`,
    );
    const el = wrapper.querySelector('sugam-otp-field')!;
    await settle(el);
    expect(el.shadowRoot!.querySelector('[part="resend"]')!.textContent!.trim()).to.equal('३० सेकंदांत कोड पुन्हा पाठवा');
  });

  it('shows the locked state: cells cannot be changed, a localized message, not submittable', async () => {
    const { form, el } = await makeOtp('locked resend-after="30" value="12"');
    expect(cells(el).every((cell) => cell.disabled)).to.equal(true);
    expect(message(el)).to.contain('Too many wrong attempts.');
    expect(el.validity.customError).to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="resend"]')).to.equal(null);
    let submitted = false;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted = true;
    });
    form.requestSubmit();
    expect(submitted).to.equal(false);
    el.locked = false;
    el.value = '123456';
    await settle(el);
    expect(cells(el).some((cell) => cell.disabled)).to.equal(false);
    expect(el.checkValidity()).to.equal(true);
  });

  it('falls back to 6 cells for an unknown length, with one warning', async () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { el } = await makeOtp('length="12"');
      expect(cells(el).length).to.equal(6);
    } finally {
      console.warn = original;
    }
    expect(warnings.length).to.equal(1);
  });
});

describe('identity fields: accessibility', () => {
  it('is accessible in every state, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<form lang=${lang}>
          <sugam-aadhaar-field label="Aadhaar" hint="12 digits" required value="4968 5824 5153"></sugam-aadhaar-field>
          <sugam-aadhaar-field label="Aadhaar (masked)" masked value=${AADHAAR} size="lg"></sugam-aadhaar-field>
          <sugam-pincode-field
            label="PIN code"
            size="sm"
            value="11000"
            error-message="Enter 6 digits"
          ></sugam-pincode-field>
          <sugam-mobile-field
            label="Mobile"
            state="success"
            status-message="Verified"
            value="9876543210"
          ></sugam-mobile-field>
          <sugam-pan-field label="PAN" state="warning" status-message="Check this" value="ABCPE1234F"></sugam-pan-field>
          <sugam-ifsc-field label="IFSC" disabled value="SBIN0001234"></sugam-ifsc-field>
          <sugam-gstin-field label="GSTIN" readonly value="27AAPFU0939F1ZV"></sugam-gstin-field>
          <sugam-name-field label="Name" optional value="प्रिया"></sugam-name-field>
          <sugam-otp-field label="OTP" hint="Sent to your mobile" resend-after="30"></sugam-otp-field>
          <sugam-otp-field label="OTP (locked)" locked></sugam-otp-field>
          <sugam-otp-field label="OTP (error)" length="4" value="12" error-message="Wrong code"></sugam-otp-field>
        </form>`,
      );
      const fields = [...wrapper.children] as SugamIdentityField[];
      for (const field of fields) await settle(field);
      await paste(fields[2], 'x12345678');
      await expect(wrapper, lang).to.be.accessible();
    }
  });
});
