import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '@sugam/components/tabs';
import type { SugamTab, SugamTabPanel, SugamTabs } from '@sugam/components/tabs';
import { loadLocale } from '@sugam/i18n';

const set = (attrs: { activation?: string; orientation?: string; variant?: string } = {}) =>
  html`<sugam-tabs
    label="Ration card"
    activation=${attrs.activation ?? 'automatic'}
    orientation=${attrs.orientation ?? 'horizontal'}
    variant=${attrs.variant ?? 'underline'}
  >
    <sugam-tab panel="overview">Overview</sugam-tab>
    <sugam-tab panel="documents">Documents</sugam-tab>
    <sugam-tab panel="fees">Fees</sugam-tab>
    <sugam-tab-panel name="overview">Apply online.</sugam-tab-panel>
    <sugam-tab-panel name="documents">Aadhaar card.</sugam-tab-panel>
    <sugam-tab-panel name="fees">No fee.</sugam-tab-panel>
  </sugam-tabs>`;

const tabsOf = (el: SugamTabs) => [...el.querySelectorAll('sugam-tab')] as SugamTab[];
const panelsOf = (el: SugamTabs) => [...el.querySelectorAll('sugam-tab-panel')] as SugamTabPanel[];
const selectedIndex = (el: SugamTabs) => tabsOf(el).findIndex((tab) => tab.getAttribute('aria-selected') === 'true');
const focusedIndex = (el: SugamTabs) => tabsOf(el).indexOf(document.activeElement as SugamTab);

async function settle(el: SugamTabs): Promise<void> {
  await el.updateComplete;
  await Promise.all(tabsOf(el).map((tab) => tab.updateComplete));
}

describe('<sugam-tabs>', () => {
  it('is accessible in every variant and orientation, in English, Hindi, Tamil and Urdu', async () => {
    for (const lang of ['en', 'hi', 'ta', 'ur']) {
      await loadLocale(lang);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${lang} dir=${lang === 'ur' ? 'rtl' : 'ltr'}>
          ${set()} ${set({ variant: 'pill' })} ${set({ orientation: 'vertical' })}
          ${set({ orientation: 'vertical', variant: 'pill', activation: 'manual' })}
        </div>`,
      );
      for (const el of wrapper.querySelectorAll('sugam-tabs')) await settle(el);
      await expect(wrapper, lang).to.be.accessible();
    }
  });

  describe('roles and ARIA', () => {
    it('renders a labelled tablist of tabs, each controlling its panel, which is labelled by the tab', async () => {
      const el = await fixture<SugamTabs>(set());
      await settle(el);
      const tablist = el.shadowRoot!.querySelector('[role="tablist"]')!;
      expect(tablist.getAttribute('aria-label')).to.equal('Ration card');
      expect(tablist.getAttribute('aria-orientation')).to.equal('horizontal');
      const tabs = tabsOf(el);
      const panels = panelsOf(el);
      tabs.forEach((tab, i) => {
        expect(tab.getAttribute('role')).to.equal('tab');
        expect(tab.id).to.not.equal('');
        expect(tab.getAttribute('aria-controls')).to.equal(panels[i].id);
        expect(panels[i].getAttribute('role')).to.equal('tabpanel');
        expect(panels[i].getAttribute('aria-labelledby')).to.equal(tab.id);
      });
      expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false']);
      expect(panels.map((panel) => panel.hidden)).to.deep.equal([false, true, true]);
    });

    it("holds the relationships in the accessibility tree: the references resolve in the tabs' own tree", async () => {
      // ARIA element reflection resolves an id reference only within the element's tree, as the accessibility tree
      // does: a reference across a shadow boundary would come back empty.
      const el = await fixture<SugamTabs>(set());
      await settle(el);
      const tabs = tabsOf(el);
      const panels = panelsOf(el);
      tabs.forEach((tab, i) => {
        expect(tab.ariaControlsElements).to.deep.equal([panels[i]]);
        expect(panels[i].ariaLabelledByElements).to.deep.equal([tab]);
      });
      // The tabs are slotted into the shadow tablist, so in the flat tree (which the accessibility tree follows)
      // they are its children.
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('[role="tablist"] slot')!;
      expect(slot.assignedElements()).to.deep.equal(tabs);
    });

    it('pairs tabs and panels in order when tabs name no panel', async () => {
      const el = await fixture<SugamTabs>(
        html`<sugam-tabs>
          <sugam-tab>One</sugam-tab>
          <sugam-tab>Two</sugam-tab>
          <sugam-tab-panel>First</sugam-tab-panel>
          <sugam-tab-panel>Second</sugam-tab-panel>
        </sugam-tabs>`,
      );
      await settle(el);
      const [one, two] = tabsOf(el);
      const [first, second] = panelsOf(el);
      expect(one.getAttribute('aria-controls')).to.equal(first.id);
      expect(two.getAttribute('aria-controls')).to.equal(second.id);
      two.click();
      await settle(el);
      expect(second.hidden).to.equal(false);
      expect(first.hidden).to.equal(true);
    });

    it('selects the tab named by `active`, and falls back to the first enabled tab', async () => {
      const el = await fixture<SugamTabs>(
        html`<sugam-tabs>
          <sugam-tab panel="a" disabled>A</sugam-tab>
          <sugam-tab panel="b">B</sugam-tab>
          <sugam-tab panel="fees">Fees</sugam-tab>
          <sugam-tab-panel name="a"></sugam-tab-panel>
          <sugam-tab-panel name="b"></sugam-tab-panel>
          <sugam-tab-panel name="fees"></sugam-tab-panel>
        </sugam-tabs>`,
      );
      await settle(el);
      expect(selectedIndex(el)).to.equal(1);
      expect(tabsOf(el)[0].getAttribute('aria-disabled')).to.equal('true');
      el.active = 'fees';
      await settle(el);
      expect(selectedIndex(el)).to.equal(2);
      expect(panelsOf(el)[2].hidden).to.equal(false);
      el.active = 'a';
      await settle(el);
      expect(selectedIndex(el)).to.not.equal(0);
    });
  });

  describe('keyboard (APG tabs pattern)', () => {
    it('has one tab stop: Tab reaches the selected tab, then the panel', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button>before</button>${set()}</div>`);
      const el = wrapper.querySelector('sugam-tabs')!;
      await settle(el);
      el.show('documents');
      await settle(el);
      expect(tabsOf(el).map((tab) => tab.tabIndex)).to.deep.equal([-1, 0, -1]);
      wrapper.querySelector('button')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(tabsOf(el)[1]);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(panelsOf(el)[1]);
    });

    it('moves and selects with Right/Left Arrow, wrapping, and fires sugam-tab-show', async () => {
      const el = await fixture<SugamTabs>(set());
      await settle(el);
      const shown: string[] = [];
      el.addEventListener('sugam-tab-show', (e) => shown.push(e.detail.name));
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(1);
      expect(selectedIndex(el)).to.equal(1);
      expect(panelsOf(el)[1].hidden).to.equal(false);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(0);
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(2);
      expect(selectedIndex(el)).to.equal(2);
      expect(shown).to.deep.equal(['documents', 'fees', 'overview', 'fees']);
    });

    it('goes to the first and last tab with Home and End', async () => {
      const el = await fixture<SugamTabs>(set());
      await settle(el);
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'End' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(2);
      expect(selectedIndex(el)).to.equal(2);
      await sendKeys({ press: 'Home' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(0);
      expect(selectedIndex(el)).to.equal(0);
    });

    it('mirrors the arrows in right-to-left text: ArrowLeft goes to the next tab', async () => {
      await loadLocale('ur');
      const wrapper = await fixture<HTMLElement>(html`<div lang="ur" dir="rtl">${set()}</div>`);
      const el = wrapper.querySelector('sugam-tabs')!;
      await settle(el);
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(0);
    });

    it('skips disabled tabs, which cannot be selected by click either', async () => {
      const el = await fixture<SugamTabs>(
        html`<sugam-tabs>
          <sugam-tab>One</sugam-tab>
          <sugam-tab disabled>Two</sugam-tab>
          <sugam-tab>Three</sugam-tab>
          <sugam-tab-panel>1</sugam-tab-panel>
          <sugam-tab-panel>2</sugam-tab-panel>
          <sugam-tab-panel>3</sugam-tab-panel>
        </sugam-tabs>`,
      );
      await settle(el);
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(2);
      tabsOf(el)[1].click();
      await settle(el);
      expect(selectedIndex(el)).to.equal(2);
    });

    it('with manual activation, arrows only move focus; Enter and Space select', async () => {
      const el = await fixture<SugamTabs>(set({ activation: 'manual' }));
      await settle(el);
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(focusedIndex(el)).to.equal(1);
      expect(selectedIndex(el)).to.equal(0);
      const shown = oneEvent(el, 'sugam-tab-show');
      await sendKeys({ press: 'Enter' });
      expect((await shown).detail.name).to.equal('documents');
      await settle(el);
      expect(selectedIndex(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Space' });
      await settle(el);
      expect(selectedIndex(el)).to.equal(2);
      expect(tabsOf(el)[2].tabIndex).to.equal(0);
    });

    it('uses Down/Up Arrow when vertical, and ignores Left/Right', async () => {
      const el = await fixture<SugamTabs>(set({ orientation: 'vertical' }));
      await settle(el);
      expect(el.shadowRoot!.querySelector('[role="tablist"]')!.getAttribute('aria-orientation')).to.equal('vertical');
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'ArrowDown' });
      await settle(el);
      expect(selectedIndex(el)).to.equal(1);
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(selectedIndex(el)).to.equal(1);
      await sendKeys({ press: 'ArrowUp' });
      await settle(el);
      expect(selectedIndex(el)).to.equal(0);
    });

    it('leaves the keys of a nested tab set to that set', async () => {
      const el = await fixture<SugamTabs>(
        html`<sugam-tabs>
          <sugam-tab>Outer 1</sugam-tab>
          <sugam-tab>Outer 2</sugam-tab>
          <sugam-tab-panel>
            <sugam-tabs id="inner">
              <sugam-tab>Inner 1</sugam-tab>
              <sugam-tab>Inner 2</sugam-tab>
              <sugam-tab-panel>a</sugam-tab-panel>
              <sugam-tab-panel>b</sugam-tab-panel>
            </sugam-tabs>
          </sugam-tab-panel>
          <sugam-tab-panel>2</sugam-tab-panel>
        </sugam-tabs>`,
      );
      const inner = el.querySelector<SugamTabs>('#inner')!;
      await settle(el);
      await settle(inner);
      tabsOf(inner)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      await settle(inner);
      expect(document.activeElement!.textContent).to.equal('Inner 2');
      expect(el.tabs[0].selected).to.equal(true);
    });
  });

  describe('layout', () => {
    it('keeps 320 px: the tab list scrolls instead of widening the page, and tabs are at least 24 px', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 320px">
          <sugam-tabs>
            ${['Health', 'Education', 'Agriculture', 'Transport', 'Revenue'].map((n) => html`<sugam-tab>${n}</sugam-tab>`)}
            ${['Health', 'Education', 'Agriculture', 'Transport', 'Revenue'].map(
              (n) => html`<sugam-tab-panel>${n}</sugam-tab-panel>`,
            )}
          </sugam-tabs>
        </div>`,
      );
      const el = wrapper.querySelector('sugam-tabs')!;
      await settle(el);
      expect(el.getBoundingClientRect().width).to.equal(320);
      const tablist = el.shadowRoot!.querySelector<HTMLElement>('.tablist')!;
      expect(getComputedStyle(tablist).overflowX).to.equal('auto');
      expect(tablist.scrollWidth).to.be.greaterThan(tablist.clientWidth);
      const last = tabsOf(el)[4];
      expect(last.getBoundingClientRect().height).to.be.at.least(24);
      tabsOf(el)[0].focus();
      await sendKeys({ press: 'End' });
      await settle(el);
      await new Promise((r) => requestAnimationFrame(r));
      const box = last.getBoundingClientRect();
      const list = tablist.getBoundingClientRect();
      expect(box.right).to.be.at.most(list.right + 1);
      expect(box.left).to.be.at.least(list.left - 1);
    });

    it('lists the tabs out of view in a "More" menu, its own Tab stop, in the reader’s language', async () => {
      await loadLocale('hi');
      await loadLocale('ur');
      for (const lang of ['en', 'hi', 'ur']) {
        const names = ['Health', 'Education', 'Agriculture', 'Transport', 'Revenue'];
        const wrapper = await fixture<HTMLElement>(
          html`<div lang=${lang} style="inline-size: 320px">
            <sugam-tabs>
              ${names.map((n) => html`<sugam-tab>${n}</sugam-tab>`)}
              ${names.map((n) => html`<sugam-tab-panel>${n}</sugam-tab-panel>`)}
            </sugam-tabs>
          </div>`,
        );
        const el = wrapper.querySelector('sugam-tabs')!;
        await settle(el);
        const frames = async () => {
          for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
          await el.updateComplete;
        };
        await frames();
        const menu = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('sugam-menu')!;
        expect(menu, `${lang}: a More menu`).to.exist;
        await menu.updateComplete;
        const trigger = menu.shadowRoot!.querySelector('button')!;
        expect(trigger.textContent!.trim()).to.equal({ en: 'More', hi: 'अधिक', ur: 'مزید' }[lang]);
        const list = el.shadowRoot!.querySelector('.tablist')!.getBoundingClientRect();
        const hidden = tabsOf(el).filter((tab) => {
          const box = tab.getBoundingClientRect();
          return box.left < list.left - 1 || box.right > list.right + 1;
        });
        const items = () => [...menu.querySelectorAll('sugam-menu-item')].map((item) => item.textContent!.trim());
        expect(items(), lang).to.deep.equal(hidden.map((tab) => tab.textContent!.trim()));
        expect(items()).to.include('Revenue');
        await expect(wrapper, `${lang}: accessible with the More menu`).to.be.accessible();
        // Its own Tab stop after the tab list; choosing an item shows, focuses and reveals that tab.
        const shown: string[] = [];
        el.addEventListener('sugam-tab-show', (event) => shown.push(event.detail.tab.textContent!.trim()));
        let leaked = 0;
        document.addEventListener('sugam-select', () => leaked++, { once: true });
        tabsOf(el)[0].focus();
        await sendKeys({ press: 'Tab' });
        expect(menu.shadowRoot!.activeElement, `${lang}: Tab reaches the More button`).to.equal(trigger);
        await sendKeys({ press: 'ArrowUp' });
        await frames();
        expect(el.shadowRoot!.activeElement?.textContent?.trim(), `${lang}: the menu opens on its last item`).to.equal(
          'Revenue',
        );
        await expect(wrapper, `${lang}: accessible with the More menu open`).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        await frames();
        expect(selectedIndex(el), lang).to.equal(4);
        expect(focusedIndex(el), lang).to.equal(4);
        expect(shown).to.deep.equal(['Revenue']);
        expect(leaked, 'the menu’s event stays inside the tabs').to.equal(0);
        const revenue = tabsOf(el)[4].getBoundingClientRect();
        const after = el.shadowRoot!.querySelector('.tablist')!.getBoundingClientRect();
        expect(revenue.right).to.be.at.most(after.right + 1);
        expect(revenue.left).to.be.at.least(after.left - 1);
        expect(items(), 'the first tab is now out of view').to.include('Health');
        expect(items()).not.to.include('Revenue');
      }
    });

    it('shows no More menu when every tab fits', async () => {
      const el = await fixture<SugamTabs>(set());
      await settle(el);
      for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(r));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('sugam-menu')).to.equal(null);
    });

    it('keeps the selected tab and the focus ring visible in forced-colors mode', async () => {
      await executeServerCommand('emulate-forced-colors', 'active');
      try {
        const el = await fixture<SugamTabs>(set());
        await settle(el);
        const [selected, other] = tabsOf(el);
        expect(getComputedStyle(selected).backgroundColor).to.not.equal(getComputedStyle(other).backgroundColor);
        selected.focus();
        await sendKeys({ press: 'ArrowRight' });
        await settle(el);
        const focusedStyle = getComputedStyle(other);
        expect(focusedStyle.outlineStyle).to.equal('solid');
        expect(parseFloat(focusedStyle.outlineWidth)).to.be.at.least(2);
      } finally {
        await executeServerCommand('emulate-forced-colors', 'none');
      }
    });

    it('warns once and keeps the defaults for unknown attribute values', async () => {
      const warn = console.warn;
      const warnings: string[] = [];
      console.warn = (message: string) => warnings.push(message);
      try {
        const el = await fixture<SugamTabs>(
          html`<sugam-tabs variant="fancy" activation="sometimes">
            <sugam-tab>One</sugam-tab>
            <sugam-tab-panel>1</sugam-tab-panel>
          </sugam-tabs>`,
        );
        await settle(el);
      } finally {
        console.warn = warn;
      }
      expect(warnings.filter((w) => w.includes('variant="fancy"'))).to.have.length(1);
      expect(warnings.filter((w) => w.includes('activation="sometimes"'))).to.have.length(1);
    });
  });
});
