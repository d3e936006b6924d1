import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/toggletip';
import type { SugamToggletip } from '@sugam/components/toggletip';
import { loadLocale } from '@sugam/i18n';

const button = (el: SugamToggletip) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="button"]')!;
const popup = (el: SugamToggletip) => el.shadowRoot!.querySelector<HTMLElement>('[part="popup"]')!;
const shown = (el: SugamToggletip) => popup(el).matches(':popover-open');

/** Waits for the popover's toggle event (a queued task) and the render it causes. */
const settle = async (el: SugamToggletip) => {
  for (let i = 0; i < 2; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
};

describe('<sugam-toggletip>', () => {
  it('is accessible closed and open, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<p lang=${lang}>
          Family income
          <sugam-toggletip>Income of everyone in the household, before tax. <a href="#rules">Rules</a></sugam-toggletip>
          <sugam-toggletip label="About the certificate">Issued by the tehsildar.</sugam-toggletip>
        </p>`,
      );
      const el = wrapper.querySelector('sugam-toggletip')!;
      await expect(wrapper, `${lang} closed`).to.be.accessible();
      button(el).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(shown(el)).to.equal(true);
      await expect(wrapper, `${lang} open`).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await settle(el);
    }
  });

  it('is a disclosure button named "More information" in the reader’s language, or by its label', async () => {
    await loadLocale('ta');
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-toggletip>Help</sugam-toggletip>
        <sugam-toggletip label="About family income">Help</sugam-toggletip>
        <sugam-toggletip lang="ta">உதவி</sugam-toggletip>
      </div>`,
    );
    const [plain, labelled, tamil] = [...wrapper.querySelectorAll('sugam-toggletip')];
    await tamil.updateComplete;
    expect(button(plain).getAttribute('aria-label')).to.equal('More information');
    expect(button(labelled).getAttribute('aria-label')).to.equal('About family income');
    expect(button(tamil).getAttribute('aria-label')).to.equal('மேலும் தகவல்');
    expect(button(plain).getAttribute('aria-expanded')).to.equal('false');
    const controlled = plain.shadowRoot!.getElementById(button(plain).getAttribute('aria-controls')!);
    expect(controlled === popup(plain), 'aria-controls names the explanation').to.equal(true);
  });

  it('opens and closes with Enter and Space, says so, and fires sugam-show and sugam-hide', async () => {
    const el = await fixture<SugamToggletip>(html`<sugam-toggletip>Help text</sugam-toggletip>`);
    const events: string[] = [];
    el.addEventListener('sugam-show', () => events.push('show'));
    el.addEventListener('sugam-hide', () => events.push('hide'));
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.open).to.equal(true);
    expect(shown(el)).to.equal(true);
    expect(button(el).getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Space' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(button(el).getAttribute('aria-expanded')).to.equal('false');
    expect(events).to.deep.equal(['show', 'hide']);
  });

  it('closes on Escape, with focus back on the button from a link inside', async () => {
    const el = await fixture<SugamToggletip>(
      html`<sugam-toggletip>See <a href="#rules">the rules</a>.</sugam-toggletip>`,
    );
    button(el).focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    // The explanation follows the button in reading and Tab order.
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement === el.querySelector('a'), 'focus on the link').to.equal(true);
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(el.shadowRoot!.activeElement === button(el), 'focus on the button').to.equal(true);
  });

  it('closes on a click elsewhere, and when another toggletip opens', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 80px">
        <sugam-toggletip>One</sugam-toggletip>
        <sugam-toggletip>Two</sugam-toggletip>
        <p id="elsewhere">Elsewhere</p>
      </div>`,
    );
    const [one, two] = [...wrapper.querySelectorAll('sugam-toggletip')];
    one.open = true;
    await settle(one);
    expect(shown(one)).to.equal(true);
    two.open = true;
    await settle(two);
    await settle(one);
    expect(shown(two)).to.equal(true);
    expect(one.open).to.equal(false);
    const rect = wrapper.querySelector('#elsewhere')!.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(rect.left + 5), Math.round(rect.top + 5)] });
    await settle(two);
    expect(two.open).to.equal(false);
  });

  it('opens on its preferred side, the other side when there is no room, and its start side right to left', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div style="padding: 160px 320px">
        <sugam-toggletip>Above</sugam-toggletip>
        <sugam-toggletip placement="end">At the end</sugam-toggletip>
        <sugam-toggletip placement="start" dir="rtl">At the start, right to left</sugam-toggletip>
      </div>`,
    );
    const [top, end, rtlStart] = [...wrapper.querySelectorAll('sugam-toggletip')];
    for (const el of [top, end, rtlStart]) {
      el.open = true;
      await settle(el);
      const b = button(el).getBoundingClientRect();
      const p = popup(el).getBoundingClientRect();
      if (el === top) expect(p.bottom).to.be.at.most(b.top);
      else expect(p.left, `${el.placement} ${el.dir}`).to.be.at.least(b.right);
      el.open = false;
      await settle(el);
    }
    // No room above at the top of the page: it opens below.
    const high = await fixture<SugamToggletip>(html`<sugam-toggletip>Below</sugam-toggletip>`);
    high.style.cssText = 'position: fixed; top: 0; left: 200px';
    high.open = true;
    await settle(high);
    expect(popup(high).getBoundingClientRect().top).to.be.at.least(button(high).getBoundingClientRect().bottom);
  });
});
