// The catalogue's "Using a framework" page, checked against the real React 19, Vue 3 and Angular 21 (served as
// ES modules by scripts/framework-modules.mjs): properties, custom events, a controlled value, reactive forms,
// language and forms, and what happens to an element rendered before it is registered (so the table, the time
// field and the error summary are imported late).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import { createApp, type App } from 'vue';
import {
  Component,
  CUSTOM_ELEMENTS_SCHEMA,
  Directive,
  ElementRef,
  forwardRef,
  inject,
  provideZonelessChangeDetection,
  type ApplicationRef,
} from '@angular/core';
import {
  FormControl,
  FormGroup,
  NG_VALUE_ACCESSOR,
  ReactiveFormsModule,
  type ControlValueAccessor,
} from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import '@sugam/components/menu';
import '@sugam/components/text-field';
import '@sugam/components/checkbox';
import '@sugam/components/select';
import type { SugamMenu } from '@sugam/components/menu';
import type { SugamTextField } from '@sugam/components/text-field';
import type { SugamCheckbox } from '@sugam/components/checkbox';
import type { SugamSelect } from '@sugam/components/select';
import type { SugamTable, TableColumn } from '@sugam/components/table';
import { loadLocale } from '@sugam/i18n';
import { captureWarnings } from './helpers.js';

const columns: TableColumn[] = [
  { key: 'office', label: 'Office', rowHeader: true },
  { key: 'pin', label: 'PIN code' },
];
const rows = [
  { office: 'Pune', pin: '411001' },
  { office: 'Madurai', pin: '625001' },
];

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
const cells = (table: SugamTable) =>
  [...table.shadowRoot!.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.querySelector('.cell-value')!.textContent!.trim()),
  );
const input = (field: SugamTextField) => field.shadowRoot!.querySelector('input')!;

/** Opens the menu from its trigger by keyboard and chooses its second item. */
async function chooseSecond(menu: SugamMenu) {
  menu.shadowRoot!.querySelector<HTMLButtonElement>('[part="trigger"]')!.focus();
  await sendKeys({ press: 'Enter' });
  await frame();
  await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await frame();
}

async function typeInto(field: SugamTextField, text: string) {
  await field.updateComplete;
  input(field).focus();
  await sendKeys({ type: text });
  await field.updateComplete;
}

describe('Using a framework', () => {
  describe('React 19', () => {
    let container: HTMLElement;
    let root: Root;
    beforeEach(async () => {
      container = await fixture(html`<div></div>`);
      root = createRoot(container);
    });
    afterEach(() => root.unmount());

    // First in the file: the table and the time field must not be registered yet.
    it('an element rendered before it is registered gets its props as attributes, and Sugam says so', async () => {
      flushSync(() =>
        root.render(
          createElement(
            'div',
            null,
            createElement('sugam-table', { caption: 'Offices', columns, rows }),
            createElement('sugam-time-field', { label: 'Time', hourCycle: 'h23' }),
          ),
        ),
      );
      const table = container.querySelector('sugam-table')!;
      expect(table.getAttribute('rows')).to.equal('[object Object],[object Object]');
      const warnings = await captureWarnings(async () => {
        await import('@sugam/components/table');
        await import('@sugam/components/time-field');
      });
      await table.updateComplete;
      expect(table.rows, 'lost').to.equal(undefined);
      expect(warnings.filter((w) => w.startsWith('[sugam] <sugam-table>'))).to.deep.equal(
        ['columns', 'rows'].map(
          (name) =>
            `[sugam] <sugam-table>: the attribute "${name}" sets nothing (${name} is a property). ` +
            'Register Sugam before a framework renders it.',
        ),
      );
      expect(warnings.find((w) => w.startsWith('[sugam] <sugam-time-field>'))).to.equal(
        '[sugam] <sugam-time-field>: the attribute "hourcycle" sets nothing (use "hour-cycle"). ' +
          'Register Sugam before a framework renders it.',
      );
      // Registered, the element takes the next render's props as properties.
      flushSync(() =>
        root.render(
          createElement(
            'div',
            null,
            createElement('sugam-table', { caption: 'Offices', columns: [...columns], rows: [...rows] }),
          ),
        ),
      );
      await table.updateComplete;
      expect(cells(table)).to.have.length(2);
    });

    it('sets a prop as a property when the element has one, so arrays reach the table', async () => {
      flushSync(() => root.render(createElement('sugam-table', { caption: 'Offices', columns, rows })));
      const table = container.querySelector('sugam-table')!;
      await table.updateComplete;
      expect(table.rows).to.equal(rows);
      expect(cells(table)).to.deep.equal([
        ['Pune', '411001'],
        ['Madurai', '625001'],
      ]);
    });

    it('listens to a custom event with `on` and its exact name', async () => {
      const chosen: string[] = [];
      const onSelect = (event: CustomEvent<{ value: string }>) => chosen.push(event.detail.value);
      flushSync(() =>
        root.render(
          createElement(
            'sugam-menu',
            { label: 'Download', 'onsugam-select': onSelect },
            createElement('sugam-menu-item', { value: 'pdf' }, 'PDF'),
            createElement('sugam-menu-item', { value: 'csv' }, 'CSV'),
          ),
        ),
      );
      const menu = container.querySelector('sugam-menu')!;
      await menu.updateComplete;
      await chooseSecond(menu);
      expect(chosen).to.deep.equal(['csv']);
    });

    it('keeps a controlled value in step without moving the caret, and the form submits it', async () => {
      let shown = '';
      function Apply() {
        const [name, setName] = useState('');
        shown = name;
        return createElement(
          'form',
          null,
          createElement('sugam-text-field', {
            name: 'applicant',
            label: 'Full name',
            value: name,
            onInput: (event: Event) => setName((event.target as SugamTextField).value),
          }),
        );
      }
      flushSync(() => root.render(createElement(Apply)));
      const field = container.querySelector('sugam-text-field')!;
      await typeInto(field, 'Asha');
      await frame();
      expect(shown).to.equal('Asha');
      // Typing in the middle: React sets the same value back, and the caret stays where the user is typing.
      await sendKeys({ press: 'Home' });
      await sendKeys({ type: 'K ' });
      await frame();
      expect(shown).to.equal('K Asha');
      expect(input(field).selectionStart).to.equal(2);
      expect(new FormData(container.querySelector('form')!).get('applicant')).to.equal('K Asha');
    });

    it('keeps a controlled checkbox and select in step through `onChange`', async () => {
      let state = { agree: false, state: 'ka' };
      function Choices() {
        const [agree, setAgree] = useState(false);
        const [region, setRegion] = useState('ka');
        state = { agree, state: region };
        return createElement(
          'form',
          null,
          createElement('sugam-checkbox', {
            name: 'agree',
            label: 'I agree',
            checked: agree,
            onChange: (event: Event) => setAgree((event.target as SugamCheckbox).checked),
          }),
          createElement(
            'sugam-select',
            {
              name: 'state',
              label: 'State',
              value: region,
              onChange: (event: Event) => setRegion((event.target as SugamSelect).value),
            },
            createElement('sugam-option', { value: 'ka' }, 'Karnataka'),
            createElement('sugam-option', { value: 'tn' }, 'Tamil Nadu'),
          ),
        );
      }
      flushSync(() => root.render(createElement(Choices)));
      const checkbox = container.querySelector('sugam-checkbox')!;
      const select = container.querySelector('sugam-select')!;
      await Promise.all([checkbox.updateComplete, select.updateComplete]);
      checkbox.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ press: 'Space' });
      select.shadowRoot!.querySelector<HTMLElement>('[role="combobox"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await frame();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(state).to.deep.equal({ agree: true, state: 'tn' });
      expect(checkbox.checked).to.equal(true);
      expect(Object.fromEntries(new FormData(container.querySelector('form')!))).to.deep.equal({
        agree: 'on',
        state: 'tn',
      });
    });

    it('follows a language React sets on a wrapper', async () => {
      await loadLocale('hi');
      function Page({ lang }: { lang: string }) {
        return createElement('div', { lang }, createElement('sugam-text-field', { label: 'Name', required: true }));
      }
      flushSync(() => root.render(createElement(Page, { lang: 'en' })));
      const field = container.querySelector('sugam-text-field')!;
      const marker = () => field.shadowRoot!.querySelector('label')!.textContent!.replace(/\s+/g, ' ').trim();
      await field.updateComplete;
      expect(marker()).to.equal('Name (required)');
      flushSync(() => root.render(createElement(Page, { lang: 'hi' })));
      await frame();
      await field.updateComplete;
      expect(marker()).to.equal('Name (आवश्यक)');
    });
  });

  describe('Vue 3', () => {
    let app: App | undefined;
    afterEach(() => app?.unmount());

    async function mount(template: string, data: Record<string, unknown> = {}, methods = {}) {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      app = createApp({ template, data: () => data, methods });
      app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sugam-');
      const vm = app.mount(container);
      await frame();
      return { container, vm: vm as unknown as Record<string, unknown> };
    }

    // First of the Vue tests: the error summary must not be registered yet.
    it('sets an attribute on an element not registered yet, and Sugam says so', async () => {
      const errors = [{ message: 'Enter your name', target: 'name' }];
      const { container } = await mount(`<sugam-error-summary :errors="errors"></sugam-error-summary>`, { errors });
      const summary = container.querySelector('sugam-error-summary')!;
      expect(summary.getAttribute('errors')).to.equal('[object Object]');
      const warnings = await captureWarnings(() => import('@sugam/components/error-summary').then(() => undefined));
      expect(warnings).to.deep.equal([
        '[sugam] <sugam-error-summary>: the attribute "errors" sets nothing (errors is a property). ' +
          'Register Sugam before a framework renders it.',
      ]);
    });

    it('binds `:columns` and `:rows` as properties', async () => {
      await import('@sugam/components/table');
      const { container } = await mount(
        `<sugam-table caption="Offices" :columns="columns" :rows="rows"></sugam-table>`,
        {
          columns,
          rows,
        },
      );
      const table = container.querySelector('sugam-table')!;
      await table.updateComplete;
      expect(cells(table)).to.deep.equal([
        ['Pune', '411001'],
        ['Madurai', '625001'],
      ]);
    });

    it('listens to a custom event by its name, `@sugam-select`', async () => {
      const chosen: string[] = [];
      const { container } = await mount(
        `<sugam-menu label="Download" @sugam-select="choose($event.detail.value)">
          <sugam-menu-item value="pdf">PDF</sugam-menu-item>
          <sugam-menu-item value="csv">CSV</sugam-menu-item>
        </sugam-menu>`,
        {},
        { choose: (value: string) => chosen.push(value) },
      );
      const menu = container.querySelector('sugam-menu')!;
      await menu.updateComplete;
      await chooseSecond(menu);
      expect(chosen).to.deep.equal(['csv']);
    });

    it('binds `:value` with `@input` both ways, and the form submits it', async () => {
      const { container, vm } = await mount(
        `<form><sugam-text-field name="applicant" label="Full name" :value="name" @input="name = $event.target.value"></sugam-text-field></form>`,
        { name: 'Asha' },
      );
      const field = container.querySelector('sugam-text-field')!;
      await field.updateComplete;
      expect(input(field).value).to.equal('Asha');
      input(field).select();
      await typeInto(field, 'Ravi');
      expect(vm.name).to.equal('Ravi');
      vm.name = 'Meena';
      await frame();
      await field.updateComplete;
      expect(input(field).value).to.equal('Meena');
      expect(new FormData(container.querySelector('form')!).get('applicant')).to.equal('Meena');
    });
  });
  describe('Angular 21', () => {
    // The accessor the "Using a framework" page gives for checkboxes and switches (their state is `checked`).
    const SugamCheckedAccessor = Directive({
      selector: 'sugam-checkbox[formControlName], sugam-switch[formControlName]',
      providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => SugamCheckedAccessor), multi: true }],
      host: { '(change)': 'onChange($any($event.target).checked)', '(blur)': 'onTouched()' },
    })(
      class implements ControlValueAccessor {
        private readonly element = inject(ElementRef).nativeElement as SugamCheckbox;
        onChange: (checked: boolean) => void = () => {};
        onTouched: () => void = () => {};
        writeValue(checked: boolean) {
          this.element.checked = !!checked;
        }
        registerOnChange(fn: (checked: boolean) => void) {
          this.onChange = fn;
        }
        registerOnTouched(fn: () => void) {
          this.onTouched = fn;
        }
        setDisabledState(disabled: boolean) {
          this.element.disabled = disabled;
        }
      },
    );

    let app: ApplicationRef | undefined;
    afterEach(() => app?.destroy());

    async function bootstrap(template: string, component: new () => object) {
      const host = await fixture<HTMLElement>(html`<div><app-form></app-form></div>`);
      const Form = Component({
        selector: 'app-form',
        imports: [ReactiveFormsModule, SugamCheckedAccessor],
        schemas: [CUSTOM_ELEMENTS_SCHEMA],
        template,
      })(component);
      app = await bootstrapApplication(Form, { providers: [provideZonelessChangeDetection()] });
      await app.whenStable();
      const instance = app.components[0].instance as InstanceType<typeof component>;
      return { host, instance };
    }

    it('binds properties with [ ] and events with ( ) on Sugam elements', async () => {
      const chosen: string[] = [];
      const { host } = await bootstrap(
        `<sugam-table caption="Offices" [columns]="columns" [rows]="rows"></sugam-table>
        <sugam-menu [label]="label" (sugam-select)="choose($event.detail.value)">
          <sugam-menu-item value="pdf">PDF</sugam-menu-item>
          <sugam-menu-item value="csv">CSV</sugam-menu-item>
        </sugam-menu>`,
        class {
          columns = columns;
          rows = rows;
          label = 'Download';
          choose = (value: string) => chosen.push(value);
        },
      );
      const table = host.querySelector('sugam-table')!;
      const menu = host.querySelector('sugam-menu')!;
      await Promise.all([table.updateComplete, menu.updateComplete]);
      expect(cells(table)).to.deep.equal([
        ['Pune', '411001'],
        ['Madurai', '625001'],
      ]);
      expect(menu.label).to.equal('Download');
      await chooseSecond(menu);
      expect(chosen).to.deep.equal(['csv']);
    });

    it('drives text fields and selects in reactive forms with ngDefaultControl, checkboxes with the accessor', async () => {
      const { host, instance } = await bootstrap(
        `<form [formGroup]="form">
          <sugam-text-field formControlName="applicant" ngDefaultControl label="Full name" name="applicant"></sugam-text-field>
          <sugam-select formControlName="state" ngDefaultControl label="State" name="state">
            <sugam-option value="ka">Karnataka</sugam-option>
            <sugam-option value="tn">Tamil Nadu</sugam-option>
          </sugam-select>
          <sugam-checkbox formControlName="agree" label="I agree" name="agree"></sugam-checkbox>
        </form>`,
        class {
          form = new FormGroup({
            applicant: new FormControl('Asha'),
            state: new FormControl('ka'),
            agree: new FormControl(false),
          });
        },
      );
      const { form } = instance as { form: FormGroup };
      const field = host.querySelector('sugam-text-field')!;
      const select = host.querySelector('sugam-select')!;
      const checkbox = host.querySelector('sugam-checkbox')!;
      await Promise.all([field.updateComplete, select.updateComplete, checkbox.updateComplete]);
      expect([field.value, select.value, checkbox.checked], 'the model reaches the elements').to.deep.equal([
        'Asha',
        'ka',
        false,
      ]);

      input(field).select();
      await typeInto(field, 'Ravi');
      await sendKeys({ press: 'Tab' });
      checkbox.shadowRoot!.querySelector('input')!.focus();
      await sendKeys({ press: 'Space' });
      select.shadowRoot!.querySelector<HTMLElement>('[role="combobox"]')!.focus();
      await sendKeys({ press: 'ArrowDown' });
      await frame();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await frame();
      expect(form.value, 'the elements reach the model').to.deep.equal({ applicant: 'Ravi', state: 'tn', agree: true });
      expect(form.get('applicant')!.touched, 'touched on leaving').to.equal(true);

      form.setValue({ applicant: 'Meena', state: 'ka', agree: false });
      form.get('applicant')!.disable();
      await Promise.all([field.updateComplete, select.updateComplete, checkbox.updateComplete]);
      expect([field.value, select.value, checkbox.checked, field.disabled]).to.deep.equal(['Meena', 'ka', false, true]);
      // The page's own form still submits natively, without the disabled field.
      expect(Object.fromEntries(new FormData(host.querySelector('form')!))).to.deep.equal({ state: 'ka' });
    });
  });
});
