import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/translate';
import '@sugam/components/button';
import {
  LOCALES,
  formatCompact,
  formatCurrency,
  formatDate,
  formatList,
  formatNumber,
  formatRelativeTime,
  getPluralCategories,
  i18n,
  loadLocale,
  registerStrings,
  type LocaleInfo,
} from '@sugam/i18n';
import { counter } from '@sugam/i18n/en';

// The plural example below reads a library group no component registers.
registerStrings({ counter });

const loadAll = async () => {
  await Promise.all(LOCALES.map((l) => loadLocale(l.code)));
  return {};
};

const republicDay = new Date(Date.UTC(2025, 0, 26, 6));

/** Each cell is in its locale's language and direction, whatever the catalogue's language. */
const cell = (l: LocaleInfo, text: string) => html`<td lang=${l.code} dir=${l.dir}>${text}</td>`;

const tableStyles = html`<style>
  .sugam-i18n-table {
    border-collapse: collapse;
    font-size: var(--sugam-font-size-sm, 14px);
    line-height: 1.8;
  }
  .sugam-i18n-table caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 8px;
  }
  .sugam-i18n-table :is(th, td) {
    border: 1px solid var(--sugam-color-border, #c4c4c4);
    padding: 4px 8px;
    text-align: start;
    vertical-align: top;
  }
</style>`;

const meta: Meta = {
  title: 'Foundations/Languages',
  tags: ['!autodocs'],
  loaders: [loadAll],
  parameters: { layout: 'padded' },
};
export default meta;

/** The 26 locale entries: English and the 22 scheduled languages, three of them in two scripts. */
export const Locales: StoryObj = {
  render: () =>
    html`${tableStyles}
      <table class="sugam-i18n-table">
        <caption>
          Locales shipped by @sugam/i18n
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Endonym</th>
            <th scope="col">English name</th>
            <th scope="col">Script</th>
            <th scope="col">Direction</th>
            <th scope="col">Digits (default / native)</th>
            <th scope="col">Font</th>
            <th scope="col">Fallback</th>
            <th scope="col">Plural forms (source)</th>
            <th scope="col">Review</th>
          </tr>
        </thead>
        <tbody>
          ${LOCALES.map(
            (l) =>
              html`<tr>
                <th scope="row"><code>${l.code}</code></th>
                ${cell(l, l.endonym)}
                <td>${l.englishName}</td>
                <td>${l.script}</td>
                <td>${l.dir}</td>
                <td>${l.defaultDigits} / ${l.nativeDigits}</td>
                <td>${l.font}</td>
                <td>${[l.code, ...l.fallback].join(' → ')}</td>
                <td>${getPluralCategories(l.code).join(', ')} (${l.plurals})</td>
                <td>${l.review}</td>
              </tr>`,
          )}
        </tbody>
      </table>`,
};

/** The formatters' output for every locale: the same in every browser, equal to CLDR (full ICU). */
export const Formatting: StoryObj = {
  render: () =>
    html`${tableStyles}
      <table class="sugam-i18n-table">
        <caption>
          formatNumber, formatCurrency, formatCompact, formatDate, formatRelativeTime and formatList per locale
        </caption>
        <thead>
          <tr>
            <th scope="col">Locale</th>
            <th scope="col">1234567.5</th>
            <th scope="col">native digits</th>
            <th scope="col">₹1234567.5</th>
            <th scope="col">12345678 compact</th>
            <th scope="col">26 Jan 2025</th>
            <th scope="col">long</th>
            <th scope="col">Saka</th>
            <th scope="col">−3 days</th>
            <th scope="col">list</th>
            <th scope="col">5 characters left</th>
          </tr>
        </thead>
        <tbody>
          ${LOCALES.map(
            (l) =>
              html`<tr>
                <th scope="row">${l.englishName} <code>${l.code}</code></th>
                ${cell(l, formatNumber(1234567.5, l.code))}
                ${cell(l, formatNumber(1234567.5, l.code, { digits: 'native' }))}
                ${cell(l, formatCurrency(1234567.5, l.code))}
                ${cell(l, formatCompact(12345678, l.code, { display: 'long' }))}
                ${cell(l, formatDate(republicDay, l.code))}
                ${cell(l, formatDate(republicDay, l.code, { style: 'full' }))}
                ${cell(l, formatDate(republicDay, l.code, { style: 'long', calendar: 'indian' }))}
                ${cell(l, formatRelativeTime(-3, l.code, { unit: 'day' }))}
                ${cell(l, formatList(['A', 'B', 'C'], l.code))}
                ${cell(l, i18n.t('counter.charactersLeft', { count: 5, lng: l.code }))}
              </tr>`,
          )}
        </tbody>
      </table>`,
};

/**
 * Page text from a ministry's own namespace, declared as JSON without script. Switch the catalogue's language
 * in the toolbar: the text follows, and falls back along each locale's chain where the ministry has no string.
 */
export const PageText: StoryObj = {
  render: () =>
    html`<script type="application/json" data-sugam-namespace="demo-ministry">
        {
          "en": {
            "title": "Ministry of Example Affairs",
            "apply": "Apply for a ration card",
            "files_one": "{{count, number}} document attached",
            "files_other": "{{count, number}} documents attached"
          },
          "hi": {
            "title": "उदाहरण कार्य मंत्रालय",
            "apply": "राशन कार्ड के लिए आवेदन करें",
            "files_one": "{{count, number}} दस्तावेज़ संलग्न",
            "files_other": "{{count, number}} दस्तावेज़ संलग्न"
          },
          "ta": {
            "title": "எடுத்துக்காட்டு விவகார அமைச்சகம்",
            "apply": "குடும்ப அட்டைக்கு விண்ணப்பிக்கவும்",
            "files_one": "{{count, number}} ஆவணம் இணைக்கப்பட்டுள்ளது",
            "files_other": "{{count, number}} ஆவணங்கள் இணைக்கப்பட்டுள்ளன"
          },
          "ur": {
            "title": "وزارتِ مثالی امور",
            "apply": "راشن کارڈ کے لیے درخواست دیں",
            "files_one": "{{count, number}} دستاویز منسلک ہے",
            "files_other": "{{count, number}} دستاویزات منسلک ہیں"
          }
        }
      </script>
      <h2><sugam-text key="demo-ministry:title">Ministry of Example Affairs</sugam-text></h2>
      <p><sugam-text key="demo-ministry:files" count="3">3 documents attached</sugam-text></p>
      <sugam-button><sugam-text key="demo-ministry:apply">Apply for a ration card</sugam-text></sugam-button>`,
};
