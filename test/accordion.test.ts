import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '@sugam/components/accordion';
import type { SugamAccordion, SugamAccordionItem } from '@sugam/components/accordion';
import { loadLocale } from '@sugam/i18n';

const items = (el: SugamAccordion) => [...el.querySelectorAll('sugam-accordion-item')] as SugamAccordionItem[];
const button = (item: SugamAccordionItem) => item.shadowRoot!.querySelector('button')!;
const panel = (item: SugamAccordionItem) => item.shadowRoot!.querySelector<HTMLElement>('[part="panel"]')!;
const focused = (el: SugamAccordion) => items(el).findIndex((item) => item.shadowRoot!.activeElement === button(item));

interface Options {
  multiple?: boolean;
  headingLevel?: number;
  iconPosition?: string;
}
const three = (o: Options = {}) =>
  html`<sugam-accordion
    ?multiple=${!!o.multiple}
    heading-level=${o.headingLevel ?? 3}
    icon-position=${o.iconPosition ?? 'end'}
  >
    <sugam-accordion-item summary="Who can apply?"><p>Residents.</p></sugam-accordion-item>
    <sugam-accordion-item summary="Documents"><p>Aadhaar.</p></sugam-accordion-item>
    <sugam-accordion-item summary="Fees"><p>None.</p></sugam-accordion-item>
  </sugam-accordion>`;

async function settle(el: SugamAccordion): Promise<void> {
  await el.updateComplete;
  await Promise.all(items(el).map((item) => item.updateComplete));
}

async function mount(options: Options = {}): Promise<SugamAccordion> {
  const el = await fixture<SugamAccordion>(three(options));
  await settle(el);
  return el;
}

describe('<sugam-accordion>', () => {
  it('is accessible, open and closed, bordered, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-accordion>
            <sugam-accordion-item summary="One" open><p>Open panel.</p></sugam-accordion-item>
            <sugam-accordion-item summary="Two"><p>Closed panel.</p></sugam-accordion-item>
            <sugam-accordion-item summary="Three" disabled><p>Disabled.</p></sugam-accordion-item>
          </sugam-accordion>
          <sugam-accordion variant="bordered" icon-position="start" multiple heading-level="2">
            <sugam-accordion-item summary="Four" open><p>Open.</p></sugam-accordion-item>
            <sugam-accordion-item summary="Five" open><p>Open too.</p></sugam-accordion-item>
          </sugam-accordion>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('sugam-accordion')) await settle(el);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  describe('roles and ARIA', () => {
    it('gives each item a level-3 heading holding a button that controls a region labelled by it', async () => {
      const el = await mount();
      for (const item of items(el)) {
        const heading = item.shadowRoot!.querySelector('[role="heading"]')!;
        expect(heading.getAttribute('aria-level')).to.equal('3');
        const b = button(item);
        expect(b.parentElement).to.equal(heading);
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(b.ariaControlsElements).to.deep.equal([panel(item)]);
        expect(panel(item).getAttribute('role')).to.equal('region');
        expect(panel(item).ariaLabelledByElements).to.deep.equal([b]);
        expect(b.textContent!.trim()).to.equal(item.summary);
      }
    });

    it('takes the heading level from the accordion or the item, and ignores levels outside 1–6', async () => {
      const el = await mount({ headingLevel: 2 });
      const level = (item: SugamAccordionItem) =>
        item.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level');
      expect(level(items(el)[0])).to.equal('2');
      items(el)[1].headingLevel = 4;
      el.headingLevel = 9;
      await settle(el);
      expect(level(items(el)[1])).to.equal('4');
      expect(level(items(el)[0])).to.equal('3');
    });

    it('hides a closed panel with hidden="until-found" and shows an open one', async () => {
      const el = await mount();
      const item = items(el)[0];
      expect(panel(item).getAttribute('hidden')).to.equal('until-found');
      expect(panel(item).getBoundingClientRect().height).to.equal(0);
      item.open = true;
      await settle(el);
      expect(panel(item).hasAttribute('hidden')).to.equal(false);
      expect(button(item).getAttribute('aria-expanded')).to.equal('true');
      expect(panel(item).getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('opens when find-in-page reveals a match in a closed panel (beforematch)', async () => {
      const el = await mount();
      const item = items(el)[1];
      const shown: string[] = [];
      el.addEventListener('sugam-show', (e) => shown.push((e.target as SugamAccordionItem).summary));
      panel(item).dispatchEvent(new Event('beforematch'));
      await settle(el);
      expect(item.open).to.equal(true);
      expect(shown).to.deep.equal(['Documents']);
    });

    it('opens for real when the browser reveals an element inside it (a link to its id)', async () => {
      const el = await fixture<SugamAccordion>(
        html`<sugam-accordion>
          <sugam-accordion-item summary="A"><p>a</p></sugam-accordion-item>
          <sugam-accordion-item summary="B"><p id="deep-target">Target</p></sugam-accordion-item>
        </sugam-accordion>`,
      );
      await settle(el);
      location.hash = '#deep-target';
      await new Promise((r) => setTimeout(r, 100));
      await settle(el);
      history.replaceState(null, '', location.pathname + location.search);
      expect(items(el)[1].open).to.equal(true);
    });

    it('keeps a panel closed after find-in-page when a sugam-show listener cancels', async () => {
      const el = await mount();
      el.addEventListener('sugam-show', (e) => e.preventDefault());
      const item = items(el)[0];
      panel(item).dispatchEvent(new Event('beforematch'));
      // The browser reveals the match by removing `hidden`; the item hides the panel again.
      panel(item).removeAttribute('hidden');
      await new Promise((r) => requestAnimationFrame(r));
      expect(item.open).to.equal(false);
      expect(panel(item).getAttribute('hidden')).to.equal('until-found');
    });
  });

  describe('keyboard (APG accordion pattern)', () => {
    it('toggles with Enter and Space, firing sugam-show and sugam-hide', async () => {
      const el = await mount({ multiple: true });
      const events: string[] = [];
      el.addEventListener('sugam-show', () => events.push('show'));
      el.addEventListener('sugam-hide', () => events.push('hide'));
      const item = items(el)[0];
      item.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(item.open).to.equal(true);
      expect(item.hasAttribute('open')).to.equal(true);
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(item.open).to.equal(false);
      expect(events).to.deep.equal(['show', 'hide']);
    });

    it('moves between headers with Down/Up Arrow (wrapping), Home and End, skipping disabled items', async () => {
      const el = await mount();
      items(el)[1].disabled = true;
      await settle(el);
      items(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(2);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(0);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(2);
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(0);
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(2);
    });

    it('leaves the arrow keys alone inside a panel', async () => {
      const el = await fixture<SugamAccordion>(
        html`<sugam-accordion>
          <sugam-accordion-item summary="A" open><input aria-label="Name" /></sugam-accordion-item>
          <sugam-accordion-item summary="B"></sugam-accordion-item>
        </sugam-accordion>`,
      );
      await settle(el);
      el.querySelector('input')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      expect(document.activeElement).to.equal(el.querySelector('input'));
    });
  });

  describe('single and multiple', () => {
    it('keeps one section open at a time unless multiple is set', async () => {
      const el = await mount();
      const [a, b] = items(el);
      button(a).click();
      await settle(el);
      button(b).click();
      await settle(el);
      expect(items(el).map((i) => i.open)).to.deep.equal([false, true, false]);

      const multi = await mount({ multiple: true });
      button(items(multi)[0]).click();
      button(items(multi)[1]).click();
      await settle(multi);
      expect(items(multi).map((i) => i.open)).to.deep.equal([true, true, false]);
    });

    it('lets a sugam-show listener cancel the opening', async () => {
      const el = await mount();
      el.addEventListener('sugam-show', (e) => e.preventDefault());
      button(items(el)[0]).click();
      await settle(el);
      expect(items(el)[0].open).to.equal(false);
    });

    it('does not toggle a disabled item', async () => {
      const el = await mount();
      items(el)[0].disabled = true;
      await settle(el);
      expect(button(items(el)[0]).disabled).to.equal(true);
      button(items(el)[0]).click();
      await settle(el);
      expect(items(el)[0].open).to.equal(false);
    });
  });

  describe('styles', () => {
    it('puts the chevron at the start or the end, and the header is at least 24 px high', async () => {
      const el = await mount({ iconPosition: 'start' });
      const item = items(el)[0];
      const icon = item.shadowRoot!.querySelector('.icon')!.getBoundingClientRect();
      const text = item.shadowRoot!.querySelector('.summary')!.getBoundingClientRect();
      expect(icon.left).to.be.lessThan(text.left);
      el.iconPosition = 'end';
      await settle(el);
      const icon2 = item.shadowRoot!.querySelector('.icon')!.getBoundingClientRect();
      expect(icon2.left).to.be.greaterThan(text.left);
      expect(button(item).getBoundingClientRect().height).to.be.at.least(24);
    });

    it('turns off the chevron animation under prefers-reduced-motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await mount();
        const icon = items(el)[0].shadowRoot!.querySelector('.icon')!;
        expect(getComputedStyle(icon).transitionProperty).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
