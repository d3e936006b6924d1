import { aTimeout, expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { toast, TOAST_ANNOUNCE_DELAY, DEFAULT_TOAST_DURATION } from '@sugam/components/toast';
import type { SugamToast, SugamToastRegion } from '@sugam/components/toast';
import { i18n, loadLocale } from '@sugam/i18n';

const politeRegion = (region: SugamToastRegion) =>
  region.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"]')!;
const assertiveRegion = (region: SugamToastRegion) =>
  region.shadowRoot!.querySelector<HTMLElement>('[aria-live="assertive"]')!;
const closeButton = (el: SugamToast) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="close-button"]')!;
const actionButton = (el: SugamToast) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="action"]')!;
const afterAnnouncement = () => aTimeout(TOAST_ANNOUNCE_DELAY + 50);

describe('toast()', () => {
  afterEach(async () => {
    await resetMouse();
    for (const region of document.querySelectorAll('sugam-toast-region')) region.remove();
  });

  it('creates a region in document.body when there is none, and puts the toast in it', async () => {
    expect(document.querySelector('sugam-toast-region')).to.equal(null);
    const el = toast('Application saved', { variant: 'success' });
    const region = document.querySelector('sugam-toast-region')!;
    expect(region.parentElement).to.equal(document.body);
    expect(el.parentElement).to.equal(region);
    expect(el.variant).to.equal('success');
    await el.updateComplete;
    expect(el.message).to.equal('Application saved');
  });

  it('announces the first toast of a region created on demand only after its live region is in the page', async () => {
    const el = toast('Application saved', { variant: 'success' });
    const region = el.parentElement as SugamToastRegion;
    await region.updateComplete;
    const polite = politeRegion(region);
    expect(polite.isConnected).to.equal(true);
    expect(polite.textContent!.trim()).to.equal('');
    await afterAnnouncement();
    expect(politeRegion(region)).to.equal(polite);
    expect(polite.textContent!.trim()).to.equal('Success: Application saved');
  });

  it('takes the language and direction of the section it comes from (`from`), and is read in that language', async () => {
    await loadLocale('ur');
    const page = await fixture<HTMLElement>(
      html`<div lang="en">
        <section lang="ur" dir="rtl"><button>محفوظ کریں</button></section>
      </div>`,
    );
    const message = 'درخواست محفوظ ہو گئی';
    const el = toast(message, { variant: 'success', from: page.querySelector('button')! });
    expect([el.lang, el.dir]).to.deep.equal(['ur', 'rtl']);
    await el.updateComplete;
    expect(getComputedStyle(el).direction).to.equal('rtl');
    expect(closeButton(el).getAttribute('aria-label')).to.equal(i18n.t('feedback.close', { lng: 'ur' }));
    await afterAnnouncement();
    const spoken = politeRegion(el.parentElement as SugamToastRegion).querySelector('p')!;
    expect(spoken.lang).to.equal('ur');
    expect(spoken.textContent).to.equal(`${i18n.t('feedback.success', { lng: 'ur' })} ${message}`);
    // Without `from`, a toast follows its region (the page) and its announcement carries no language of its own.
    const plain = toast('Saved');
    expect(plain.lang).to.equal('');
  });

  it('sets the message as text, never as HTML', async () => {
    const el = toast('<img src=x onerror="window.__hacked = 1">Saved');
    await el.updateComplete;
    expect(el.querySelector('img')).to.equal(null);
    expect(el.textContent).to.equal('<img src=x onerror="window.__hacked = 1">Saved');
  });

  it('uses the region in the page, which already holds its live regions before the text is written', async () => {
    const region = await fixture<SugamToastRegion>(
      html`<sugam-toast-region position="top-center"></sugam-toast-region>`,
    );
    const polite = politeRegion(region);
    expect(polite.getAttribute('role')).to.equal('status');
    expect(polite.textContent!.trim()).to.equal('');
    const el = toast('Application saved', { variant: 'success' });
    expect(el.parentElement).to.equal(region);
    // The live region is empty at first, and gets the text a moment later (in the same element).
    await el.updateComplete;
    expect(politeRegion(region)).to.equal(polite);
    expect(polite.textContent!.trim()).to.equal('');
    await afterAnnouncement();
    expect(polite.textContent!.trim()).to.equal('Success: Application saved');
    expect(assertiveRegion(region).textContent!.trim()).to.equal('');
  });

  it('announces errors assertively, with the localized prefix', async () => {
    await loadLocale('hi');
    const region = await fixture<SugamToastRegion>(html`<sugam-toast-region lang="hi"></sugam-toast-region>`);
    toast('भुगतान विफल।', { variant: 'error' });
    await afterAnnouncement();
    expect(assertiveRegion(region).textContent!.trim()).to.equal('त्रुटि: भुगतान विफल।');
    expect(politeRegion(region).textContent!.trim()).to.equal('');
  });

  it('is a landmark named "Notifications" only while it holds toasts', async () => {
    const region = await fixture<SugamToastRegion>(html`<sugam-toast-region></sugam-toast-region>`);
    const section = region.shadowRoot!.querySelector('section')!;
    expect(section.hasAttribute('aria-label')).to.equal(false);
    const el = toast('Saved', { duration: 0 });
    await el.updateComplete;
    await region.updateComplete;
    expect(section.getAttribute('aria-label')).to.equal('Notifications');
    await el.dismiss();
    await region.updateComplete;
    expect(section.hasAttribute('aria-label')).to.equal(false);
  });

  it('is accessible in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-toast-region></sugam-toast-region>
        </div>`,
      );
      const region = wrapper.querySelector('sugam-toast-region')!;
      toast('Saved', { variant: 'success', region });
      toast('Deleted', { region, action: { label: 'Undo' } });
      toast('Failed', { variant: 'error', region });
      toast('Check your email', { variant: 'warning', region, dismissible: false });
      await afterAnnouncement();
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  it('closes by itself after its duration, firing sugam-close (reason timeout) and sugam-after-close', async () => {
    const el = toast('Saved', { duration: 200 });
    const reasons: string[] = [];
    el.addEventListener('sugam-close', (event) => reasons.push((event as CustomEvent).detail.reason));
    let after = false;
    el.addEventListener('sugam-after-close', () => (after = true));
    const closed = oneEvent(el, 'sugam-after-close');
    await aTimeout(100);
    expect(el.isConnected).to.equal(true);
    await closed;
    expect(el.isConnected).to.equal(false);
    expect(reasons).to.deep.equal(['timeout']);
    expect(after).to.equal(true);
  });

  it('defaults to 5 s; errors and toasts with an action stay until closed and always have a close button', async () => {
    const info = toast('Saved', { dismissible: false });
    expect(info.effectiveDuration).to.equal(DEFAULT_TOAST_DURATION);
    expect(DEFAULT_TOAST_DURATION).to.equal(5000);
    const error = toast('Failed', { variant: 'error', dismissible: false });
    const action = toast('Deleted', { action: { label: 'Undo' }, dismissible: false });
    await Promise.all([info.updateComplete, error.updateComplete, action.updateComplete]);
    expect(error.effectiveDuration).to.equal(0);
    expect(action.effectiveDuration).to.equal(0);
    expect(closeButton(info)).to.equal(null);
    expect(closeButton(error)).not.to.equal(null);
    expect(closeButton(action)).not.to.equal(null);
    const timedError = toast('Failed', { variant: 'error', duration: 8000 });
    expect(timedError.effectiveDuration).to.equal(8000);
  });

  it('pauses its timer while the pointer is over it and resumes after', async () => {
    const el = toast('Saved', { duration: 300 });
    await el.updateComplete;
    const box = el.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.x + 10), Math.round(box.y + 10)] });
    expect(el.paused).to.equal(true);
    await aTimeout(600);
    expect(el.isConnected).to.equal(true);
    const closed = oneEvent(el, 'sugam-after-close');
    await sendMouse({ type: 'move', position: [0, 0] });
    expect(el.paused).to.equal(false);
    await closed;
    expect(el.isConnected).to.equal(false);
  });

  it('shows the time left as a bar that shrinks, stops while paused, and is absent on toasts that stay', async () => {
    const el = toast('Saved', { duration: 2000 });
    await el.updateComplete;
    const bar = el.shadowRoot!.querySelector<HTMLElement>('[part="timer"]')!;
    expect(bar.getAttribute('aria-hidden')).to.equal('true');
    const width = () => bar.getBoundingClientRect().width;
    const full = el.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect().width;
    await aTimeout(500);
    const running = width();
    // About 7/8 of the time is left (more on a busy machine, where the 500 ms take longer).
    expect(running)
      .to.be.below(full * 0.95)
      .and.above(full * 0.3);
    // Shrinks towards the start edge: in this left-to-right page its left end stays put.
    const left = bar.getBoundingClientRect().left;
    await aTimeout(200);
    expect(width()).to.be.below(running);
    expect(bar.getBoundingClientRect().left).to.equal(left);
    closeButton(el).focus();
    expect(el.paused).to.equal(true);
    // An animation's pause takes effect at the next frame.
    await nextFrame();
    await nextFrame();
    const held = width();
    await aTimeout(300);
    expect(width()).to.equal(held);
    await el.dismiss();
    const stays = toast('Failed', { variant: 'error' });
    await stays.updateComplete;
    expect(stays.shadowRoot!.querySelector('[part="timer"]')).to.equal(null);
  });

  it('pauses its timer while focus is inside it, and resumes when focus leaves', async () => {
    const outside = await fixture<HTMLButtonElement>(html`<button>Outside</button>`);
    const el = toast('Saved', { duration: 300 });
    await el.updateComplete;
    closeButton(el).focus();
    expect(el.paused).to.equal(true);
    await aTimeout(600);
    expect(el.isConnected).to.equal(true);
    const closed = oneEvent(el, 'sugam-after-close');
    outside.focus();
    expect(el.paused).to.equal(false);
    await closed;
    expect(el.isConnected).to.equal(false);
  });

  it('closes the focused toast with Escape and moves focus to the next toast', async () => {
    const first = toast('First', { duration: 0 });
    const second = toast('Second', { duration: 0 });
    await Promise.all([first.updateComplete, second.updateComplete]);
    closeButton(first).focus();
    const reasons: string[] = [];
    first.addEventListener('sugam-close', (event) => reasons.push((event as CustomEvent).detail.reason));
    const closed = oneEvent(first, 'sugam-after-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(first.isConnected).to.equal(false);
    expect(reasons).to.deep.equal(['escape']);
    expect(second.matches(':focus-within')).to.equal(true);
  });

  it('returns focus to where it was before the toasts when the last one closes', async () => {
    const trigger = await fixture<HTMLButtonElement>(html`<button>Save</button>`);
    const el = toast('Saved', { duration: 0 });
    await el.updateComplete;
    trigger.focus();
    closeButton(el).focus();
    const closed = oneEvent(el, 'sugam-after-close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(el.isConnected).to.equal(false);
    expect(document.activeElement).to.equal(trigger);
  });

  it('runs the action, then closes; the action can be cancelled to keep the toast', async () => {
    let ran = 0;
    const el = toast('Deleted', { action: { label: 'Undo', onAction: () => ran++ } });
    await el.updateComplete;
    expect(actionButton(el).textContent!.trim()).to.equal('Undo');
    const closed = oneEvent(el, 'sugam-after-close');
    actionButton(el).click();
    await closed;
    expect(ran).to.equal(1);
    expect(el.isConnected).to.equal(false);

    const kept = toast('Deleted', { action: { label: 'Undo' } });
    kept.addEventListener('sugam-action', (event) => event.preventDefault());
    await kept.updateComplete;
    actionButton(kept).click();
    await aTimeout(400);
    expect(kept.isConnected).to.equal(true);
  });

  it('stays when sugam-close is cancelled', async () => {
    const el = toast('Saved', { duration: 0 });
    el.addEventListener('sugam-close', (event) => event.preventDefault());
    await el.updateComplete;
    closeButton(el).click();
    await aTimeout(300);
    expect(el.isConnected).to.equal(true);
  });

  it('has a localized close button of at least 24 × 24 px', async () => {
    await loadLocale('ur');
    await fixture(html`<sugam-toast-region lang="ur" dir="rtl"></sugam-toast-region>`);
    const el = toast('محفوظ ہو گیا', { duration: 0 });
    await el.updateComplete;
    await nextFrame();
    expect(closeButton(el).getAttribute('aria-label')).to.equal('پیغام بند کریں');
    const box = closeButton(el).getBoundingClientRect();
    expect(box.width).to.be.at.least(24);
    expect(box.height).to.be.at.least(24);
  });

  it('picks or creates the region for a position; positions are logical', async () => {
    const el = toast('Saved', { position: 'top-start', duration: 0 });
    const region = el.parentElement as SugamToastRegion;
    expect(region.position).to.equal('top-start');
    await region.updateComplete;
    const rtl = await fixture<HTMLElement>(
      html`<div dir="rtl"><sugam-toast-region position="bottom-start"></sugam-toast-region></div>`,
    );
    const rtlRegion = rtl.querySelector('sugam-toast-region')!;
    toast('Saved', { region: rtlRegion, duration: 0 });
    await rtlRegion.updateComplete;
    const regionBox = rtlRegion.getBoundingClientRect();
    // start is the right edge in right-to-left text.
    expect(window.innerWidth - regionBox.right).to.be.below(40);
    const ltrBox = region.getBoundingClientRect();
    expect(ltrBox.left).to.be.below(40);
    expect(ltrBox.top).to.be.below(40);
  });
});
