import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@sugam/components/pagination';
import { pageItems, type SugamPagination } from '@sugam/components/pagination';
import type { SugamSelect } from '@sugam/components/select';
import { loadLocale } from '@sugam/i18n';

const root = (el: SugamPagination) => el.shadowRoot!;
const nav = (el: SugamPagination) => root(el).querySelector('nav')!;
const pages = (el: SugamPagination) => [...root(el).querySelectorAll<HTMLElement>('[part~="page"]')];
const texts = (el: SugamPagination) =>
  [...root(el).querySelectorAll('.list > li')].map(
    (li) => li.textContent!.trim() || li.querySelector('[aria-label]')?.getAttribute('aria-label'),
  );
const previous = (el: SugamPagination) => root(el).querySelector<HTMLElement>('[part="previous"]')!;
const next = (el: SugamPagination) => root(el).querySelector<HTMLElement>('[part="next"]')!;
const current = (el: SugamPagination) => root(el).querySelector<HTMLElement>('[aria-current="page"]')!;

async function inLang<T extends HTMLElement>(lang: string, template: unknown): Promise<T> {
  await loadLocale(lang);
  const wrapper = await fixture<HTMLElement>(
    html`<div lang=${lang} dir=${['ur', 'sd', 'ks'].includes(lang) ? 'rtl' : 'ltr'}>${template}</div>`,
  );
  const el = wrapper.firstElementChild as T & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  return el;
}

describe('<sugam-pagination>', () => {
  it('is accessible in every variant, as buttons and links, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          <sugam-pagination page="5" total="12" label="Results"></sugam-pagination>
          <sugam-pagination page="1" total="12" variant="compact" label="Compact"></sugam-pagination>
          <sugam-pagination page="2" total="4" variant="no-arrows" label="No arrows"></sugam-pagination>
          <sugam-pagination page="3" total="9" href-template="#page-{page}" label="Links"></sugam-pagination>
          <sugam-pagination total-items="95" page-sizes="10,25" label="With size"></sugam-pagination>
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('sugam-pagination')) await el.updateComplete;
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  describe('page list', () => {
    it('shortens long ranges with ellipses around the current page', () => {
      expect(pageItems(1, 5)).to.deep.equal([1, 2, 3, 4, 5]);
      expect(pageItems(1, 12)).to.deep.equal([1, 2, 3, 4, 5, 'end-ellipsis', 12]);
      expect(pageItems(6, 12)).to.deep.equal([1, 'start-ellipsis', 5, 6, 7, 'end-ellipsis', 12]);
      expect(pageItems(12, 12)).to.deep.equal([1, 'start-ellipsis', 8, 9, 10, 11, 12]);
      // A gap of one page shows the page, not an ellipsis.
      expect(pageItems(4, 12)).to.deep.equal([1, 2, 3, 4, 5, 'end-ellipsis', 12]);
      expect(pageItems(6, 20, 2, 2)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 'end-ellipsis', 19, 20]);
      expect(pageItems(10, 20, 2, 2)).to.deep.equal([1, 2, 'start-ellipsis', 8, 9, 10, 11, 12, 'end-ellipsis', 19, 20]);
      expect(pageItems(1, 1)).to.deep.equal([1]);
      expect(pageItems(2, 2)).to.deep.equal([1, 2]);
    });

    it('renders the items with the ellipses hidden from screen readers', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="6" total="12"></sugam-pagination>`);
      expect(pages(el).map((p) => p.textContent!.trim())).to.deep.equal(['1', '5', '6', '7', '12']);
      const ellipses = root(el).querySelectorAll('[part="ellipsis"]');
      expect(ellipses).to.have.length(2);
      for (const e of ellipses) expect(e.getAttribute('aria-hidden')).to.equal('true');
    });
  });

  describe('names and numerals', () => {
    it('is a nav landmark named "Pagination", with named pages and aria-current on the current one', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="2" total="3"></sugam-pagination>`);
      expect(nav(el).getAttribute('aria-label')).to.equal('Pagination');
      expect(pages(el).map((p) => p.getAttribute('aria-label'))).to.deep.equal(['Page 1', 'Page 2', 'Page 3']);
      expect(current(el).textContent!.trim()).to.equal('2');
      expect(root(el).querySelectorAll('[aria-current]')).to.have.length(1);
      expect(previous(el).getAttribute('aria-label')).to.equal('Previous page');
      expect(next(el).getAttribute('aria-label')).to.equal('Next page');
    });

    it('speaks Hindi and writes Bengali and Urdu page numbers in their own digits', async () => {
      const hi = await inLang<SugamPagination>('hi', html`<sugam-pagination page="2" total="3"></sugam-pagination>`);
      expect(nav(hi).getAttribute('aria-label')).to.equal('पृष्ठ क्रमांकन');
      expect(previous(hi).getAttribute('aria-label')).to.equal('पिछला पृष्ठ');
      expect(current(hi).getAttribute('aria-label')).to.equal('पृष्ठ 2');

      const bn = await inLang<SugamPagination>('bn', html`<sugam-pagination page="2" total="12"></sugam-pagination>`);
      expect(current(bn).textContent!.trim()).to.equal('২');
      expect(current(bn).getAttribute('aria-label')).to.equal('পৃষ্ঠা ২');
      expect(pages(bn).at(-1)!.textContent!.trim()).to.equal('১২');

      const ur = await inLang<SugamPagination>(
        'ur',
        html`<sugam-pagination page="3" total="12" variant="compact"></sugam-pagination>`,
      );
      expect(root(ur).querySelector('[part="status"]')!.textContent!.trim()).to.equal('صفحہ ۳ از ۱۲');
    });

    it('mirrors the chevrons in right-to-left text', async () => {
      const ltr = await fixture<SugamPagination>(html`<sugam-pagination page="2" total="3"></sugam-pagination>`);
      expect(getComputedStyle(next(ltr).querySelector('svg')!).transform).to.equal('none');
      const rtl = await inLang<SugamPagination>('ur', html`<sugam-pagination page="2" total="3"></sugam-pagination>`);
      expect(getComputedStyle(next(rtl).querySelector('svg')!).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    });
  });

  describe('button mode', () => {
    it('changes page on click and with the keyboard, firing sugam-page-change', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="1" total="12"></sugam-pagination>`);
      const pagesSeen: number[] = [];
      el.addEventListener('sugam-page-change', (e) => pagesSeen.push(e.detail.page));
      next(el).click();
      await el.updateComplete;
      expect(el.page).to.equal(2);
      expect(current(el).textContent!.trim()).to.equal('2');
      pages(el)
        .find((p) => p.textContent!.trim() === '12')!
        .click();
      await el.updateComplete;
      expect(el.page).to.equal(12);
      previous(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.page).to.equal(11);
      expect(pagesSeen).to.deep.equal([2, 12, 11]);
    });

    it('keeps Previous on the first page and Next on the last in place, aria-disabled, doing nothing', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="1" total="2"></sugam-pagination>`);
      let fired = 0;
      el.addEventListener('sugam-page-change', () => fired++);
      expect(previous(el).getAttribute('aria-disabled')).to.equal('true');
      previous(el).click();
      expect(fired).to.equal(0);
      next(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.page).to.equal(2);
      // Focus stays on Next, now disabled, instead of falling back to the page.
      expect(root(el).activeElement).to.equal(next(el));
      expect(next(el).getAttribute('aria-disabled')).to.equal('true');
      next(el).click();
      expect(fired).to.equal(1);
    });

    it('keeps focus on the page button that was pressed when the window of pages moves', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="1" total="20"></sugam-pagination>`);
      const five = pages(el).find((p) => p.textContent!.trim() === '5')!;
      five.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(root(el).activeElement).to.equal(five);
      expect(five.getAttribute('aria-current')).to.equal('page');
    });

    it('clamps the page and the count', async () => {
      const el = await fixture<SugamPagination>(html`<sugam-pagination page="40" total="3"></sugam-pagination>`);
      expect(current(el).textContent!.trim()).to.equal('3');
      el.total = -2;
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['Previous page', '1', 'Next page']);
    });
  });

  describe('link mode', () => {
    it('renders real links from href-template, the current one with aria-current', async () => {
      const el = await fixture<SugamPagination>(
        html`<sugam-pagination
          page="2"
          total="3"
          page-size="25"
          href-template=${'?page={page}&size={size}'}
        ></sugam-pagination>`,
      );
      const links = pages(el);
      expect(links.every((a) => a.localName === 'a')).to.equal(true);
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        '?page=1&size=25',
        '?page=2&size=25',
        '?page=3&size=25',
      ]);
      expect(current(el).getAttribute('href')).to.equal('?page=2&size=25');
      expect(previous(el).getAttribute('href')).to.equal('?page=1&size=25');
    });

    it('renders an unavailable arrow as a disabled link without href', async () => {
      const el = await fixture<SugamPagination>(
        html`<sugam-pagination page="1" total="3" href-template="#p{page}"></sugam-pagination>`,
      );
      expect(previous(el).hasAttribute('href')).to.equal(false);
      expect(previous(el).getAttribute('role')).to.equal('link');
      expect(previous(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('lets a sugam-page-change listener take over the navigation (client-side routing)', async () => {
      const el = await fixture<SugamPagination>(
        html`<sugam-pagination page="1" total="3" href-template="#p{page}"></sugam-pagination>`,
      );
      el.addEventListener('sugam-page-change', (e) => e.preventDefault());
      const before = location.hash;
      const event = oneEvent(el, 'sugam-page-change');
      next(el).click();
      expect((await event).detail.page).to.equal(2);
      await el.updateComplete;
      expect(location.hash).to.equal(before);
      expect(el.page).to.equal(2);
    });

    it('never renders a javascript: URL', async () => {
      const el = await fixture<SugamPagination>(
        html`<sugam-pagination page="1" total="2" href-template="javascript:alert({page})"></sugam-pagination>`,
      );
      for (const a of root(el).querySelectorAll('a')) expect(a.hasAttribute('href')).to.equal(false);
    });
  });

  describe('page size', () => {
    it('offers a localized "Rows per page" choice and recounts the pages', async () => {
      const el = await inLang<SugamPagination>(
        'hi',
        html`<sugam-pagination page="3" total-items="95" page-size="10" page-sizes="10,25,50"></sugam-pagination>`,
      );
      expect(el.pageCount).to.equal(10);
      const select = root(el).querySelector<SugamSelect>('sugam-select')!;
      await select.updateComplete;
      expect(select.label).to.equal('प्रति पृष्ठ पंक्तियाँ');
      expect([...select.querySelectorAll('sugam-option')].map((o) => o.getAttribute('value'))).to.deep.equal([
        '10',
        '25',
        '50',
      ]);
      const change = oneEvent(el, 'sugam-page-size-change');
      select.value = '25';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      const { detail } = await change;
      // The first row shown (row 21) stays in view: it is on page 1 of 25-row pages.
      expect(detail).to.deep.equal({ pageSize: 25, page: 1 });
      await el.updateComplete;
      expect(el.pageCount).to.equal(4);
    });
  });

  describe('layout', () => {
    it('fits 320 px (wrapping, never scrolling the page) with 24 px targets or larger', async () => {
      const wrapper = await inLang<HTMLElement>(
        'ta',
        html`<div style="inline-size: 320px">
          <sugam-pagination page="500" total="1000" page-sizes="10,25"></sugam-pagination>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-pagination')!;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      expect(el.getBoundingClientRect().width).to.be.at.most(320);
      // Narrow: no sibling pages, and the controls fit one row (Tamil writes Latin digits by default).
      expect(pages(el).map((p) => p.textContent!.trim())).to.deep.equal(['1', '500', '1,000']);
      const tops = new Set(
        [...root(el).querySelectorAll('.control')].map((c) => Math.round(c.getBoundingClientRect().top)),
      );
      expect(tops.size).to.equal(1);
      for (const control of root(el).querySelectorAll<HTMLElement>('.control')) {
        const box = control.getBoundingClientRect();
        expect(box.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
        expect(box.height).to.be.at.least(24);
        expect(box.width).to.be.at.least(24);
      }
    });

    it("keeps the current page and the arrows' borders visible in forced-colors mode", async () => {
      await executeServerCommand('emulate-forced-colors', 'active');
      try {
        const el = await fixture<SugamPagination>(html`<sugam-pagination page="2" total="3"></sugam-pagination>`);
        const other = pages(el)[0];
        expect(getComputedStyle(current(el)).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
        expect(getComputedStyle(next(el)).borderTopStyle).to.equal('solid');
        expect(getComputedStyle(next(el)).borderTopColor).to.not.equal(getComputedStyle(document.body).backgroundColor);
      } finally {
        await executeServerCommand('emulate-forced-colors', 'none');
      }
    });

    it('warns once and keeps the default look for an unknown variant', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamPagination>(html`<sugam-pagination variant="big" total="3"></sugam-pagination>`);
        await el.updateComplete;
        expect(pages(el)).to.have.length(3);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('variant="big"'))).to.have.length(1);
    });
  });
});
