import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@sugam/components/button';
import '@sugam/components/checkbox';
import '@sugam/components/checkbox-group';
import '@sugam/components/link';
import '@sugam/components/pagination';
import '@sugam/components/tag';
import '@sugam/components/text-field';
import type { PageChangeDetail } from '@sugam/components/pagination';
import { toLatinDigits, toNativeDigits } from '@sugam/i18n';
import { sampleLocale, samples, type Samples } from './fixtures/samples.js';

const PAGE_SIZE = 4;
const TOTAL = 32;

/** The sample results: title, description, kind (a tag) and colour of the tag. */
const results = (s: Samples) =>
  [
    [s.birthCertificate, s.birthCertificateText, s.service, 'primary'],
    [s.pension, s.pensionText, s.schemeTag, 'success'],
    [s.incomeCertificate, s.incomeCertificateText, s.formTag, 'info'],
    [s.holidayList, s.holidayListText, s.noticeTag, 'warning'],
  ] as const;

/**
 * "Showing 1 to 4 of 32 results" for another page: the sample sentence is translated whole, so its first and
 * last numbers (1 and 4, in the reader's digits and word order) are found by value and replaced.
 */
function showing(sentence: string, page: number, lang: string): string {
  return sentence.replace(/\p{Nd}+/gu, (digits) => {
    const value = Number(toLatinDigits(digits));
    const next = value === 1 ? (page - 1) * PAGE_SIZE + 1 : value === PAGE_SIZE ? page * PAGE_SIZE : value;
    return digits === toLatinDigits(digits) ? String(next) : toNativeDigits(String(next), lang);
  });
}

const meta: Meta = {
  title: 'Pages/Search',
  render: (_args, { globals }) => {
    const lang = sampleLocale(String(globals.locale ?? 'en'));
    const s = samples(lang);
    const pageChanged = (event: CustomEvent<PageChangeDetail>) => {
      // A real site fetches the page here; the sample shows the same four results with the count updated.
      const region = (event.target as HTMLElement).closest('section')!;
      region.querySelector('[role="status"]')!.textContent = showing(s.showingResults, event.detail.page, lang);
      region.querySelector<HTMLElement>('h2')?.focus();
    };
    return html`<div style="display: grid; grid-template-columns: minmax(0, 1fr); gap: 24px; max-inline-size: 60rem">
      <h1 style="margin: 0">${s.search}</h1>
      <form role="search" @submit=${(event: SubmitEvent) => event.preventDefault()}>
        <div style="display: flex; flex-wrap: wrap; align-items: end; gap: 12px">
          <sugam-text-field style="flex: 1 1 16rem" type="search" name="q" label=${s.searchServices}></sugam-text-field>
          <sugam-button type="submit">${s.search}</sugam-button>
        </div>
      </form>
      <div style="display: flex; flex-wrap: wrap; align-items: start; gap: 32px">
        <sugam-checkbox-group style="flex: 1 1 12rem" name="kind" label=${s.filterResults}>
          <sugam-checkbox value="services" checked>${s.services}</sugam-checkbox>
          <sugam-checkbox value="schemes" checked>${s.schemes}</sugam-checkbox>
          <sugam-checkbox value="forms" checked>${s.forms}</sugam-checkbox>
          <sugam-checkbox value="notices" checked>${s.notices}</sugam-checkbox>
        </sugam-checkbox-group>
        <section style="flex: 999 1 24rem; display: grid; gap: 16px; min-inline-size: 0">
          <p role="status" style="margin: 0">${s.showingResults}</p>
          <ol style="list-style: none; margin: 0; padding: 0; display: grid; gap: 24px">
            ${results(s).map(
              ([title, text, kind, color]) =>
                html`<li style="display: grid; gap: 4px; justify-items: start">
                  <h2 tabindex="-1" style="margin: 0; font-size: var(--sugam-font-size-lg, 18px)">
                    <sugam-link href="#">${title}</sugam-link>
                  </h2>
                  <p style="margin: 0">${text}</p>
                  <sugam-tag size="sm" color=${color}>${kind}</sugam-tag>
                </li>`,
            )}
          </ol>
          <sugam-pagination
            total-items=${TOTAL}
            page-size=${PAGE_SIZE}
            label=${s.search}
            @sugam-page-change=${pageChanged}
          ></sugam-pagination>
        </section>
      </div>
    </div>`;
  },
};
export default meta;
type Story = StoryObj;

/**
 * The search pattern (UX4G): a search landmark with a labelled search box (its clear button appears with text),
 * filters as one checkbox group, the count of results in a status region (read out when it changes), each result
 * a heading with its link, a line about it and its kind as a tag, and pagination whose page change moves focus to
 * the first result, so a screen reader continues there.
 */
export const Search: Story = {};
