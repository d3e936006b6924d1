import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@sugam/components/avatar';
import { AVATAR_SIZES, AVATAR_STATUSES, initialsOf, type SugamAvatar } from '@sugam/components/avatar';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const base = (el: SugamAvatar) => el.shadowRoot!.querySelector<HTMLElement>('.base')!;
const initials = (el: SugamAvatar) => el.shadowRoot!.querySelector('.initials')?.textContent;
const photo = `data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8" fill="#888"/></svg>')}`;

describe('<sugam-avatar>', () => {
  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible with a picture, initials, an icon and every status (${lang})`, async () => {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-avatar name="Asha Verma" src=${photo}></sugam-avatar>
          <sugam-avatar name="श्रीनिवास राव"></sugam-avatar>
          <sugam-avatar decorative></sugam-avatar>
          ${AVATAR_STATUSES.map((status) => html`<sugam-avatar name="Asha" status=${status}></sugam-avatar>`)}
        </div>`,
      );
      await expect(el, lang).to.be.accessible();
    });
  }

  describe('initials', () => {
    it('takes the first letter of the first and last words', () => {
      expect(initialsOf('Asha Verma')).to.equal('AV');
      expect(initialsOf('asha rani verma')).to.equal('AV');
      expect(initialsOf('Madhuri')).to.equal('M');
      expect(initialsOf('  Dr. (Mrs.) K. Rao ')).to.equal('DR');
      expect(initialsOf('')).to.equal('');
    });

    it('keeps Indic conjuncts and vowel signs whole (grapheme clusters, not code units)', () => {
      expect(initialsOf('श्री')).to.equal('श्री');
      expect(initialsOf('श्रीनिवास राव', 'hi')).to.equal('श्रीरा');
      expect(initialsOf('क्षमा शर्मा', 'hi')).to.equal('क्षश');
      expect(initialsOf('ஸ்ரீ ராம்', 'ta')).to.equal('ஸ்ரீரா');
      expect(initialsOf('ক্ষমা দাস', 'bn')).to.equal('ক্ষদা');
      expect(initialsOf('ಕೃಷ್ಣ', 'kn')).to.equal('ಕೃ');
    });

    it('keeps Perso-Arabic initials apart so they do not join into a word', () => {
      expect(initialsOf('محمد علی', 'ur')).to.equal('م\u200Cع');
    });
  });

  it('names the picture with the name, and hides the image and initials inside it', async () => {
    const el = await fixture<SugamAvatar>(html`<sugam-avatar name="Asha Verma" src=${photo}></sugam-avatar>`);
    expect(base(el).getAttribute('role')).to.equal('img');
    expect(base(el).getAttribute('aria-label')).to.equal('Asha Verma');
    expect(el.shadowRoot!.querySelector('img')!.getAttribute('alt')).to.equal('');
  });

  it('falls back to initials when the picture fails, and to an icon without a name', async () => {
    const el = await fixture<SugamAvatar>(
      html`<sugam-avatar name="Ravi Kumar" src="data:image/png;base64,broken"></sugam-avatar>`,
    );
    await waitUntil(() => initials(el) === 'RK', 'initials after the picture failed');
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    el.src = photo;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('img')).to.exist;
    const icon = await fixture<SugamAvatar>(html`<sugam-avatar decorative></sugam-avatar>`);
    expect(icon.shadowRoot!.querySelector('svg')).to.exist;
    expect(base(icon).getAttribute('aria-hidden')).to.equal('true');
  });

  it('uses the initials attribute when given', async () => {
    const el = await fixture<SugamAvatar>(html`<sugam-avatar name="Asha Verma" initials="AsV"></sugam-avatar>`);
    expect(initials(el)).to.equal('AsV');
  });

  it('warns once when there is no name and it is not decorative', async () => {
    const warnings = await captureWarnings(async () => {
      const el = await fixture<SugamAvatar>(html`<sugam-avatar></sugam-avatar>`);
      el.size = 'lg';
      await el.updateComplete;
    });
    expect(warnings.filter((w) => w.includes('needs a name'))).to.have.length(1);
  });

  it('has the sizes xs to 3xl and both shapes', async () => {
    const expected = { xs: 24, sm: 32, md: 40, lg: 48, xl: 56, '2xl': 64, '3xl': 80 } as const;
    for (const size of AVATAR_SIZES) {
      const el = await fixture<SugamAvatar>(html`<sugam-avatar name="A B" size=${size}></sugam-avatar>`);
      expect(el.getBoundingClientRect().width, size).to.equal(expected[size]);
      expect(el.getBoundingClientRect().height, size).to.equal(expected[size]);
    }
    const square = await fixture<SugamAvatar>(html`<sugam-avatar name="A B" shape="square"></sugam-avatar>`);
    expect(getComputedStyle(base(square)).borderRadius).to.equal('8px');
  });

  it('does not clip tall Indic initials', async () => {
    const el = await fixture<SugamAvatar>(html`<sugam-avatar lang="hi" name="श्रीनिवास राव" size="xs"></sugam-avatar>`);
    const text = el.shadowRoot!.querySelector<HTMLElement>('.initials')!;
    expect(text.scrollHeight).to.be.at.most(text.clientHeight + 1);
  });

  it('tells the status in words in the page language, with a dot of its own shape', async () => {
    const el = await fixture<SugamAvatar>(html`<sugam-avatar name="Asha" status="busy"></sugam-avatar>`);
    expect(el.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('Busy');
    expect(el.shadowRoot!.querySelector('.status')!.getAttribute('aria-hidden')).to.equal('true');
    await loadLocale('ta');
    const ta = await fixture<HTMLElement>(
      html`<div lang="ta"><sugam-avatar name="Asha" status="online"></sugam-avatar></div>`,
    );
    const avatar = ta.querySelector('sugam-avatar')!;
    await avatar.updateComplete;
    expect(avatar.shadowRoot!.querySelector('.visually-hidden')!.textContent).to.equal('ஆன்லைன்');
    const marks = new Set<string>();
    for (const status of AVATAR_STATUSES) {
      const dot = await fixture<SugamAvatar>(html`<sugam-avatar name="A" status=${status}></sugam-avatar>`);
      const style = getComputedStyle(dot.shadowRoot!.querySelector('.status')!);
      marks.add(`${style.backgroundImage}|${style.boxShadow}`);
    }
    expect(marks.size).to.equal(AVATAR_STATUSES.length);
  });

  it('puts the status dot at the end corner, mirrored in rtl', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-avatar name="A" status="online"></sugam-avatar
        ><span dir="rtl"><sugam-avatar name="A" status="online"></sugam-avatar></span>
      </div>`,
    );
    const [ltr, rtl] = [...wrapper.querySelectorAll('sugam-avatar')];
    const dot = (el: SugamAvatar) => el.shadowRoot!.querySelector('.status')!.getBoundingClientRect();
    expect(dot(ltr).right).to.equal(ltr.getBoundingClientRect().right);
    expect(dot(rtl).left).to.equal(rtl.getBoundingClientRect().left);
  });
});

describe('<sugam-avatar-group>', () => {
  const group = (max?: number) =>
    html`<sugam-avatar-group label="Reviewers" max=${max ?? ''}>
      <sugam-avatar name="Asha Verma"></sugam-avatar>
      <sugam-avatar name="Ravi Kumar"></sugam-avatar>
      <sugam-avatar name="Meena Das"></sugam-avatar>
      <sugam-avatar name="John Paul"></sugam-avatar>
      <sugam-avatar name="Sara Khan"></sugam-avatar>
    </sugam-avatar-group>`;

  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible (${lang})`, async () => {
      await loadLocale(lang);
      const el = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${group(3)}</div>`,
      );
      await expect(el, lang).to.be.accessible();
    });
  }

  it('is a named group showing every avatar without max', async () => {
    const el = await fixture<HTMLElement>(group());
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(base.getAttribute('role')).to.equal('group');
    expect(base.getAttribute('aria-label')).to.equal('Reviewers');
    expect([...el.querySelectorAll('sugam-avatar')].every((a) => a.getClientRects().length > 0)).to.equal(true);
    expect(el.shadowRoot!.querySelector('.more')).to.equal(null);
  });

  it('shows max avatars and a localized "+N" for the rest', async () => {
    const el = await fixture<HTMLElement>(group(3));
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const visible = [...el.querySelectorAll('sugam-avatar')].map((a) => a.getClientRects().length > 0);
    expect(visible).to.deep.equal([true, true, true, false, false]);
    const more = el.shadowRoot!.querySelector('.more')!;
    expect(more.textContent).to.equal('+2');
    expect(more.getAttribute('aria-label')).to.equal('2 more people');
    await loadLocale('hi');
    const hindi = await fixture<HTMLElement>(html`<div lang="hi">${group(4)}</div>`);
    const bubble = hindi.querySelector('sugam-avatar-group')!.shadowRoot!.querySelector('.more')!;
    expect(bubble.getAttribute('aria-label')).to.equal('1 और व्यक्ति');
  });

  it('overlaps the avatars', async () => {
    const el = await fixture<HTMLElement>(group());
    const [first, second] = [...el.querySelectorAll('sugam-avatar')].map((a) => a.getBoundingClientRect());
    expect(second.left).to.be.lessThan(first.right);
  });
});
