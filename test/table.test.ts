import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys, sendMouse } from '@web/test-runner-commands';
import '@sugam/components/table';
import {
  parseNumber,
  type SugamSelectionDetail,
  type SugamSortDetail,
  type SugamTable,
  type TableColumn,
} from '@sugam/components/table';
import { i18n, loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const shadow = (el: SugamTable) => el.shadowRoot!;
const headers = (el: SugamTable) => [...shadow(el).querySelectorAll<HTMLTableCellElement>('thead th')];
const sortButton = (el: SugamTable, index: number) => headers(el)[index].querySelector('button')!;
const column = (el: SugamTable, index: number) =>
  [...shadow(el).querySelectorAll('tbody tr')].map((row) =>
    row.children[index].querySelector('.cell-value')!.textContent!.trim(),
  );
const status = (el: SugamTable) => shadow(el).querySelector('[role="status"]')!.textContent!.trim();

const statesTable = () =>
  html`<table>
    <caption>
      Applications by state
    </caption>
    <thead>
      <tr>
        <th>State</th>
        <th>Applications</th>
        <th data-sortable="false">Notes</th>
      </tr>
    </thead>
    <tbody>
      <tr>
        <th scope="row">Kerala</th>
        <td>1,25,000</td>
        <td><a href="#kerala">Details</a></td>
      </tr>
      <tr>
        <th scope="row">assam</th>
        <td>98,400</td>
        <td></td>
      </tr>
      <tr>
        <th scope="row">Uttar Pradesh</th>
        <td>12,40,500</td>
        <td></td>
      </tr>
      <tr>
        <th scope="row">Goa</th>
        <td></td>
        <td></td>
      </tr>
    </tbody>
  </table>`;
const states = () => html`<sugam-table sortable>${statesTable()}</sugam-table>`;

describe('<sugam-table>', () => {
  for (const lang of ['en', 'hi', 'ta', 'ur']) {
    it(`is accessible in ${lang}${lang === 'ur' ? ' (rtl)' : ''}, unsorted and sorted`, async () => {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${states()}</div>`,
      );
      const el = wrapper.querySelector('sugam-table')!;
      await el.updateComplete;
      await expect(wrapper, lang).to.be.accessible();
      sortButton(el, 1).click();
      await el.updateComplete;
      await expect(wrapper, `${lang} sorted`).to.be.accessible();
    });
  }

  it('is accessible stacked, zebra, loading and from script', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <sugam-table stack="always" zebra loading sortable>${statesTable()}</sugam-table>
        <sugam-table
          caption="Districts"
          .columns=${[{ key: 'd', label: 'District', sortable: true, rowHeader: true }] as TableColumn[]}
          .rows=${[{ d: 'Pune' }]}
        ></sugam-table>
      </div>`,
    );
    await aTimeout(50);
    await expect(wrapper).to.be.accessible();
  });

  describe('a page table', () => {
    it('shows a copy of the caption, headers and cells, and hides the original', async () => {
      const el = await fixture<SugamTable>(states());
      expect(shadow(el).querySelector('caption')!.textContent!.trim()).to.equal('Applications by state');
      expect(headers(el).map((th) => th.textContent!.trim())).to.deep.equal(['State', 'Applications', 'Notes']);
      expect(column(el, 0)).to.deep.equal(['Kerala', 'assam', 'Uttar Pradesh', 'Goa']);
      // Row headers stay row headers, links stay links.
      expect(shadow(el).querySelector('tbody th')!.getAttribute('scope')).to.equal('row');
      expect(shadow(el).querySelector<HTMLAnchorElement>('tbody a')!.getAttribute('href')).to.equal('#kerala');
      expect(el.querySelector('table')!.getBoundingClientRect().height).to.equal(0);
    });

    it('follows changes the page makes to its table', async () => {
      const el = await fixture<SugamTable>(states());
      const row = el.querySelector('tbody tr')!.cloneNode(true) as HTMLTableRowElement;
      row.cells[0].textContent = 'Bihar';
      el.querySelector('tbody')!.append(row);
      await aTimeout(0);
      await el.updateComplete;
      expect(column(el, 0)).to.include('Bihar');
    });

    it('names the table by its caption and each column header by its text alone', async () => {
      const el = await fixture<SugamTable>(states());
      const table = shadow(el).querySelector('table')!;
      expect(table.getAttribute('aria-labelledby')).to.equal('sugam-table-caption');
      expect(shadow(el).getElementById('sugam-table-caption')!.localName).to.equal('caption');
      // The sort hint is a description: the header (read with every cell) stays "State", not "Sort by State".
      for (const th of headers(el)) {
        expect(th.querySelector('[aria-label]')).to.equal(null);
        expect(th.getAttribute('role')).to.equal('columnheader');
      }
    });

    it('warns when the table has no caption', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(
          html`<sugam-table
            ><table>
              <tr>
                <th>A</th>
              </tr>
              <tr>
                <td>1</td>
              </tr>
            </table></sugam-table
          >`,
        );
      });
      expect(warnings.filter((w) => w.includes('needs a caption'))).to.have.length(1);
    });
  });

  describe('sorting', () => {
    it('puts a button in each sortable header, none in the others', async () => {
      const el = await fixture<SugamTable>(states());
      expect(headers(el).map((th) => !!th.querySelector('button'))).to.deep.equal([true, true, false]);
      expect(sortButton(el, 0).getAttribute('type')).to.equal('button');
      expect(sortButton(el, 0).getAttribute('aria-description')).to.equal('Sort by State');
      expect(headers(el).some((th) => th.hasAttribute('aria-sort'))).to.equal(false);
    });

    it('sorts text with the collator (case-insensitive), ascending then descending, with aria-sort', async () => {
      const el = await fixture<SugamTable>(states());
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['assam', 'Goa', 'Kerala', 'Uttar Pradesh']);
      expect(headers(el)[0].getAttribute('aria-sort')).to.equal('ascending');
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Uttar Pradesh', 'Kerala', 'Goa', 'assam']);
      expect(headers(el)[0].getAttribute('aria-sort')).to.equal('descending');
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(headers(el)[0].hasAttribute('aria-sort')).to.equal(false);
      expect(headers(el)[1].getAttribute('aria-sort')).to.equal('ascending');
    });

    it('sorts numbers numerically, with Indian grouping, and empty cells last in both directions', async () => {
      const el = await fixture<SugamTable>(states());
      expect(headers(el)[1].classList.contains('numeric')).to.equal(true);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(['98,400', '1,25,000', '12,40,500', '']);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(['12,40,500', '1,25,000', '98,400', '']);
    });

    it('sorts Devanagari digits as numbers and Hindi text in Hindi order', async () => {
      await loadLocale('hi');
      const el = await fixture<SugamTable>(
        html`<sugam-table lang="hi" sortable>
          <table>
            <caption>
              ज़िलेवार आवेदन
            </caption>
            <tr>
              <th>ज़िला</th>
              <th>आवेदन</th>
            </tr>
            <tr>
              <td>वाराणसी</td>
              <td>१,२५,०००</td>
            </tr>
            <tr>
              <td>आगरा</td>
              <td>९८,४००</td>
            </tr>
            <tr>
              <td>लखनऊ</td>
              <td>१२,४०,५००</td>
            </tr>
          </table>
        </sugam-table>`,
      );
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['आगरा', 'लखनऊ', 'वाराणसी']);
      sortButton(el, 1).click();
      await el.updateComplete;
      expect(column(el, 1)).to.deep.equal(['९८,४००', '१,२५,०००', '१२,४०,५००']);
      expect(sortButton(el, 1).getAttribute('aria-description')).to.equal('आवेदन के अनुसार क्रमबद्ध करें');
      expect(status(el)).to.equal('आवेदन के अनुसार क्रमबद्ध, आरोही क्रम में');
    });

    it('uses data-sort-value and data-type when given', async () => {
      const el = await fixture<SugamTable>(
        html`<sugam-table sortable>
          <table>
            <caption>
              Dates
            </caption>
            <tr>
              <th data-key="date">Date</th>
              <th data-type="text">Code</th>
            </tr>
            <tr>
              <td data-sort-value="2024-03-01">1 March 2024</td>
              <td>10</td>
            </tr>
            <tr>
              <td data-sort-value="2023-12-25">25 December 2023</td>
              <td>9</td>
            </tr>
          </table>
        </sugam-table>`,
      );
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['25 December 2023', '1 March 2024']);
      expect(headers(el)[1].classList.contains('numeric')).to.equal(false);
    });

    it('announces the new sort politely', async () => {
      const el = await fixture<SugamTable>(states());
      const region = shadow(el).querySelector('[role="status"]')!;
      expect(region.closest('table')).to.equal(null);
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(status(el)).to.equal('Sorted by State, ascending');
      sortButton(el, 0).click();
      await el.updateComplete;
      expect(status(el)).to.equal('Sorted by State, descending');
    });

    it('sorts with Enter and Space on the header button', async () => {
      const el = await fixture<SugamTable>(states());
      sortButton(el, 0).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(headers(el)[0].getAttribute('aria-sort')).to.equal('ascending');
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(headers(el)[0].getAttribute('aria-sort')).to.equal('descending');
      expect(shadow(el).activeElement).to.equal(sortButton(el, 0));
    });

    it('fires a cancelable sugam-sort; when cancelled the rows stay as given', async () => {
      const el = await fixture<SugamTable>(states());
      el.addEventListener('sugam-sort', (event) => event.preventDefault(), { once: true });
      setTimeout(() => sortButton(el, 0).click());
      const event = await oneEvent(el, 'sugam-sort');
      expect((event as CustomEvent<SugamSortDetail>).detail).to.deep.equal({
        column: '0',
        index: 0,
        direction: 'ascending',
      });
      await el.updateComplete;
      expect(headers(el)[0].getAttribute('aria-sort')).to.equal('ascending');
      expect(column(el, 0)).to.deep.equal(['Kerala', 'assam', 'Uttar Pradesh', 'Goa']);
    });

    it('starts sorted from sort-column and sort-direction', async () => {
      const el = await fixture<SugamTable>(
        html`<sugam-table
          caption="Districts"
          sort-column="population"
          sort-direction="descending"
          .columns=${
            [
              { key: 'district', label: 'District', sortable: true },
              { key: 'population', label: 'Population', sortable: true },
            ] as TableColumn[]
          }
          .rows=${[
            { district: 'Pune', population: 9429408 },
            { district: 'Thane', population: 11060148 },
          ]}
        ></sugam-table>`,
      );
      expect(column(el, 0)).to.deep.equal(['Thane', 'Pune']);
      expect(headers(el)[1].getAttribute('aria-sort')).to.equal('descending');
    });
  });

  describe('row selection', () => {
    const boxes = (el: SugamTable) => [...shadow(el).querySelectorAll<HTMLInputElement>('tbody input[type=checkbox]')];
    const all = (el: SugamTable) => shadow(el).querySelector<HTMLInputElement>('thead input[type=checkbox]')!;
    const selectable = () => html`<sugam-table sortable selectable>${statesTable()}</sugam-table>`;

    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      it(`names each checkbox after its row, in ${lang}, and is accessible with rows selected`, async () => {
        await loadLocale(lang);
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>${selectable()}</div>`,
        );
        const el = wrapper.querySelector('sugam-table')!;
        await el.updateComplete;
        expect(boxes(el).map((box) => box.getAttribute('aria-label'))).to.deep.equal(
          ['Kerala', 'assam', 'Uttar Pradesh', 'Goa'].map((row) => i18n.t('table.selectRow', { lng: lang, row })),
        );
        // Named by its label's text, which only the stacked layout shows.
        expect(all(el).labels![0].textContent!.trim()).to.equal(i18n.t('table.selectAll', { lng: lang }));
        boxes(el)[1].click();
        await el.updateComplete;
        await expect(wrapper, lang).to.be.accessible();
      });
    }

    it('selects rows by click and Space, mixes the header box, and fires sugam-selection-change', async () => {
      const el = await fixture<SugamTable>(selectable());
      const changes: string[][] = [];
      el.addEventListener('sugam-selection-change', (event: CustomEvent<SugamSelectionDetail>) =>
        changes.push(event.detail.selected),
      );
      boxes(el)[2].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['2']);
      expect([all(el).checked, all(el).indeterminate]).to.deep.equal([false, true]);
      expect(shadow(el).querySelectorAll('tbody tr')[2].classList.contains('selected')).to.equal(true);
      boxes(el)[0].focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '2']);
      expect(changes).to.deep.equal([['2'], ['0', '2']]);
    });

    it('selects or clears a range with Shift and a click or Space, in the order shown, and announces the count', async () => {
      const el = await fixture<SugamTable>(selectable());
      boxes(el)[0].click();
      await el.updateComplete;
      // Shift and a pointer click on the fourth row: the rows between take the same state.
      const fourth = boxes(el)[3].getBoundingClientRect();
      await sendKeys({ down: 'Shift' });
      await sendMouse({
        type: 'click',
        position: [Math.round(fourth.left + fourth.width / 2), Math.round(fourth.top + fourth.height / 2)],
      });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '1', '2', '3']);
      expect(status(el)).to.equal('4 rows selected');
      // Shift+Space on the second row clears from the fourth (toggled last) back to it.
      boxes(el)[1].focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0']);
      expect(status(el)).to.equal('1 row selected');
      // Without Shift, one row at a time.
      boxes(el)[3].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '3']);
    });

    it('takes Shift+Space as a range even when the click it makes does not carry Shift (Firefox)', async () => {
      const el = await fixture<SugamTable>(selectable());
      boxes(el)[0].click();
      await el.updateComplete;
      // Firefox's sequence for Shift+Space: keyup of Space with Shift, then a click whose shiftKey is false.
      boxes(el)[2].focus();
      boxes(el)[2].dispatchEvent(new KeyboardEvent('keyup', { key: ' ', shiftKey: true, bubbles: true }));
      boxes(el)[2].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '1', '2']);
      // The Shift of that key does not stay for the next click.
      boxes(el)[3].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '1', '2', '3']);
      boxes(el)[1].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '2', '3']);
    });

    it('takes a Shift range in the sorted order shown, not the source order', async () => {
      const el = await fixture<SugamTable>(selectable());
      // Sorted by state, ascending: assam (1), Goa (3), Kerala (0), Uttar Pradesh (2).
      shadow(el).querySelector<HTMLButtonElement>('thead th:nth-child(2) button')!.click();
      await el.updateComplete;
      boxes(el)[0].click();
      await el.updateComplete;
      boxes(el)[2].focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Space' });
      await sendKeys({ up: 'Shift' });
      await el.updateComplete;
      expect([...el.selected].sort()).to.deep.equal(['0', '1', '3']);
    });

    it('writes "Select all rows" beside the header box only in the stacked layout', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div>
          <sugam-table selectable stack="never">${statesTable()}</sugam-table>
          <sugam-table selectable stack="always">${statesTable()}</sugam-table>
        </div>`,
      );
      const [table, cards] = wrapper.querySelectorAll('sugam-table');
      const text = (el: SugamTable) =>
        shadow(el).querySelector<HTMLElement>('.select-all-text')!.getBoundingClientRect();
      expect(text(table).width).to.be.at.most(1);
      expect(text(cards).width).to.be.above(50);
      // The boxes keep their 20 px (24 px targets with their margin) in both layouts.
      for (const el of [table, cards]) expect(all(el).getBoundingClientRect().width).to.equal(20);
      await expect(wrapper).to.be.accessible();
    });

    it('selects and clears every row from the header, announcing the count', async () => {
      const el = await fixture<SugamTable>(selectable());
      all(el).click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['0', '1', '2', '3']);
      expect(boxes(el).every((box) => box.checked)).to.equal(true);
      expect([all(el).checked, all(el).indeterminate]).to.deep.equal([true, false]);
      expect(status(el)).to.equal('4 rows selected');
      all(el).click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
      expect(status(el)).to.equal('0 rows selected');
    });

    it('keeps the selection with its rows when they are sorted, by data-key or position', async () => {
      const el = await fixture<SugamTable>(selectable());
      boxes(el)[0].click(); // Kerala
      await el.updateComplete;
      sortButton(el, 1).click(); // the header's first cell is now the select-all box
      await el.updateComplete;
      const checkedRows = boxes(el)
        .filter((box) => box.checked)
        .map((box) => box.closest('tr')!.querySelector('th .cell-value')!.textContent!.trim());
      expect(checkedRows).to.deep.equal(['Kerala']);
      expect(el.selected).to.deep.equal(['0']);
    });

    it('shows what `selected` says when the page keeps the selection it had (a controlled table)', async () => {
      const el = await fixture<SugamTable>(selectable());
      // The page refuses every change: it puts back the selection it had.
      el.addEventListener('sugam-selection-change', () => (el.selected = []));
      boxes(el)[1].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal([]);
      expect(boxes(el)[1].checked).to.equal(false);
      all(el).click();
      await el.updateComplete;
      expect([all(el).checked, all(el).indeterminate]).to.deep.equal([false, false]);
    });

    it('identifies rows from script by row-key, and leaves footer rows without a checkbox', async () => {
      const el = await fixture<SugamTable>(
        html`<sugam-table
          selectable
          row-key="code"
          caption="Districts"
          .columns=${[{ key: 'name', label: 'District', rowHeader: true }] as TableColumn[]}
          .rows=${[
            { code: 'PN', name: 'Pune' },
            { code: 'NG', name: 'Nagpur' },
          ]}
        ></sugam-table>`,
      );
      boxes(el)[1].click();
      await el.updateComplete;
      expect(el.selected).to.deep.equal(['NG']);
      el.selected = ['PN', 'NG'];
      await el.updateComplete;
      expect(boxes(el).map((box) => box.checked)).to.deep.equal([true, true]);
      const withFooter = await fixture<SugamTable>(
        html`<sugam-table selectable>
          <table>
            <caption>
              Totals
            </caption>
            <thead>
              <tr>
                <th>State</th>
                <th>Applications</th>
              </tr>
            </thead>
            <tbody>
              <tr data-key="KL">
                <td>Kerala</td>
                <td>5</td>
              </tr>
            </tbody>
            <tfoot>
              <tr>
                <td>Total</td>
                <td>5</td>
              </tr>
            </tfoot>
          </table>
        </sugam-table>`,
      );
      expect(boxes(withFooter)).to.have.length(1);
      expect(withFooter.shadowRoot!.querySelector('tfoot input')).to.equal(null);
      boxes(withFooter)[0].click();
      await withFooter.updateComplete;
      expect(withFooter.selected).to.deep.equal(['KL']);
    });
  });

  describe('data from script', () => {
    it('formats numbers with Indian grouping in the page language', async () => {
      await loadLocale('hi');
      const el = await fixture<SugamTable>(
        html`<sugam-table
          caption="Population"
          .columns=${
            [
              { key: 'name', label: 'District', rowHeader: true },
              { key: 'people', label: 'People', type: 'number' },
            ] as TableColumn[]
          }
          .rows=${[{ name: 'Thane', people: 11060148 }]}
        ></sugam-table>`,
      );
      expect(column(el, 1)).to.deep.equal(['1,10,60,148']);
      expect(shadow(el).querySelector('tbody th')).to.exist;
      const hindi = await fixture<HTMLElement>(
        html`<div lang="mr">
          <sugam-table
            caption="लोकसंख्या"
            .columns=${[{ key: 'people', label: 'लोक' }] as TableColumn[]}
            .rows=${[{ people: 11060148 }]}
          ></sugam-table>
        </div>`,
      );
      await loadLocale('mr');
      const table = hindi.querySelector('sugam-table')!;
      await aTimeout(0);
      await table.updateComplete;
      expect(column(table, 0)).to.deep.equal(['१,१०,६०,१४८']);
    });
  });

  describe('layout', () => {
    it('stacks rows as cards with the column name in every cell when narrow', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 320px">${states()}</div>`);
      const el = wrapper.querySelector('sugam-table')!;
      await el.updateComplete;
      const cell = shadow(el).querySelector('tbody td')!;
      const label = cell.querySelector('.cell-label')!;
      expect(getComputedStyle(cell).display).to.equal('grid');
      expect(getComputedStyle(label).display).to.equal('block');
      expect(label.textContent).to.equal('Applications');
      expect(label.getAttribute('aria-hidden')).to.equal('true');
      // Still a table to assistive technology.
      expect(shadow(el).querySelector('table')!.getAttribute('role')).to.equal('table');
      expect(shadow(el).querySelector('tbody tr')!.getAttribute('role')).to.equal('row');
      // Sort buttons stay visible and usable.
      expect(sortButton(el, 0).getBoundingClientRect().width).to.be.greaterThan(24);
      expect(sortButton(el, 0).getBoundingClientRect().height).to.be.at.least(24);
    });

    it('keeps the table layout when wide, and with stack="never"', async () => {
      const wide = await fixture<HTMLElement>(html`<div style="inline-size: 900px">${states()}</div>`);
      const cell = shadow(wide.querySelector('sugam-table')!).querySelector('tbody td')!;
      expect(getComputedStyle(cell).display).to.equal('table-cell');
      expect(getComputedStyle(cell.querySelector('.cell-label')!).display).to.equal('none');
      const narrow = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <sugam-table stack="never"
            ><table>
              <caption>
                x
              </caption>
              <tr>
                <td>1</td>
              </tr>
            </table></sugam-table
          >
        </div>`,
      );
      const never = shadow(narrow.querySelector('sugam-table')!).querySelector('tbody td')!;
      expect(getComputedStyle(never).display).to.equal('table-cell');
    });

    it('makes a scrolling table a focusable, named region', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 900px">
          <sugam-table sticky-header stack="never" style="--sugam-table-max-height: 80px">${statesTable()}</sugam-table>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-table')!;
      await aTimeout(50);
      await el.updateComplete;
      const scroller = shadow(el).querySelector('.scroller')!;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.getAttribute('aria-labelledby')).to.equal('sugam-table-caption');
      expect(getComputedStyle(headers(el)[0]).position).to.equal('sticky');
    });

    it('applies the sizes and zebra rows', async () => {
      const sm = await fixture<SugamTable>(html`<sugam-table size="sm" zebra>${statesTable()}</sugam-table>`);
      const lg = await fixture<SugamTable>(html`<sugam-table size="lg">${statesTable()}</sugam-table>`);
      const padding = (el: SugamTable) =>
        parseFloat(getComputedStyle(shadow(el).querySelector('tbody td')!).paddingTop);
      expect(padding(sm)).to.be.lessThan(padding(lg));
      const rows = shadow(sm).querySelectorAll('tbody tr');
      expect(getComputedStyle(rows[1]).backgroundColor).not.to.equal(getComputedStyle(rows[0]).backgroundColor);
    });

    it('warns once and keeps the default for an unknown size', async () => {
      const warnings = await captureWarnings(async () => {
        await fixture(html`<sugam-table size="huge" caption="x"></sugam-table>`);
      });
      expect(warnings.filter((w) => w.includes('size="huge"'))).to.have.length(1);
    });

    it('marks the table busy and announces loading', async () => {
      const el = await fixture<SugamTable>(html`<sugam-table loading>${statesTable()}</sugam-table>`);
      expect(shadow(el).querySelector('table')!.getAttribute('aria-busy')).to.equal('true');
      expect(status(el)).to.equal('Loading');
    });
  });

  describe('forced colours', () => {
    afterEach(() => executeServerCommand('emulate-forced-colors', 'none'));

    it('keeps cell borders, the focus ring and the sorted column visible', async () => {
      await executeServerCommand('emulate-forced-colors', 'active');
      const el = await fixture<SugamTable>(states());
      const cell = shadow(el).querySelector('tbody td')!;
      expect(getComputedStyle(cell).borderBottomStyle).to.equal('solid');
      sortButton(el, 0).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(getComputedStyle(sortButton(el, 0)).outlineStyle).to.equal('solid');
      expect(getComputedStyle(sortButton(el, 0)).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(sortButton(el, 1)).textDecorationLine).to.equal('none');
    });
  });

  describe('parseNumber', () => {
    it('reads numbers as tables write them', () => {
      expect(parseNumber('1,00,000')).to.equal(100000);
      expect(parseNumber('१,२५,०००')).to.equal(125000);
      expect(parseNumber('₹ 12,34,567.50')).to.equal(1234567.5);
      expect(parseNumber('−4.5')).to.equal(-4.5);
      expect(parseNumber('12%')).to.equal(12);
      expect(parseNumber('۴٬۵۰۰٫۵')).to.equal(4500.5);
      expect(parseNumber('১২,৩৪৫')).to.equal(12345);
      expect(parseNumber('')).to.equal(null);
      expect(parseNumber('-')).to.equal(null);
      expect(parseNumber('Kerala')).to.equal(null);
      expect(parseNumber('12 km')).to.equal(null);
    });
  });
});
