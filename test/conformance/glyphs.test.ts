// No clipped glyphs (issue 9, item 5): every text-bearing component, given real stress strings in hi, ta, te, kn and
// ur with the catalogue's fonts, keeps its text inside its box: no part whose overflow is hidden or clipped has more
// content than room, min-height boxes grow with tall (Nastaliq, stacked Indic) lines, and an input's box is at least
// as tall as the ink of its value.
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '@sugam/components';
import { clippedText, deepElements, describeElement, withTemplate } from './sweep.js';

/** Tall stacks and deep descenders in each script. */
const STRESS: Record<string, string> = {
  hi: 'ट्ठ्रू क्ष्म्य्रू ह्रृ द्द्व्यू',
  ta: 'ஸ்ரீ க்ஷேத்ரம் பௌத்தம் ஞூ',
  te: 'క్ష్మ్య్రూ స్త్రీ శ్రీశ్రీ ద్వ్యూ',
  kn: 'ಕ್ಷ್ಮ್ಯ್ರೂ ಸ್ತ್ರೀ ಶ್ರೀ ದ್ವ್ಯೂ',
  ur: 'پاکستان کی قومی زبان نستعلیق میں لکھی جاتی ہے',
};

const fixtures = (text: string, locale: string) => html`
  <sugam-button>${text}</sugam-button>
  <sugam-text-field label=${text} hint=${text} value=${text}></sugam-text-field>
  <sugam-text-field size="sm" label=${text} value=${text}></sugam-text-field>
  <sugam-textarea label=${text} hint=${text} value=${text}></sugam-textarea>
  <sugam-name-field label=${text} value=${text}></sugam-name-field>
  <sugam-select label=${text} value="a"><sugam-option value="a">${text}</sugam-option></sugam-select>
  <sugam-combobox label=${text}><sugam-option value="a">${text}</sugam-option></sugam-combobox>
  <sugam-checkbox label=${text} hint=${text}></sugam-checkbox>
  <sugam-switch label=${text}></sugam-switch>
  <sugam-radio-group label=${text}><sugam-radio value="a">${text}</sugam-radio></sugam-radio-group>
  <sugam-checkbox-group label=${text}><sugam-checkbox label=${text}></sugam-checkbox></sugam-checkbox-group>
  <sugam-date-field label=${text} hint=${text}></sugam-date-field>
  <sugam-time-field label=${text} hint=${text} value="14:30"></sugam-time-field>
  <sugam-date-range label=${text} hint=${text}
    ><sugam-date-field></sugam-date-field><sugam-date-field></sugam-date-field
  ></sugam-date-range>
  <sugam-file-upload label=${text} hint=${text}></sugam-file-upload>
  <sugam-slider label=${text} min="0" max="10" value="5"></sugam-slider>
  <sugam-range-slider label=${text} start="20" end="60"></sugam-range-slider>
  <sugam-combobox label=${text} multiple><sugam-option value="a" selected>${text}</sugam-option></sugam-combobox>
  <sugam-alert variant="error" dismissible><span slot="heading">${text}</span>${text}</sugam-alert>
  <sugam-badge value="7" label=${text}></sugam-badge>
  <sugam-tag>${text}</sugam-tag>
  <sugam-chip>${text}</sugam-chip>
  <sugam-chip type="input">${text}</sugam-chip>
  <sugam-toggletip label=${text}>${text}</sugam-toggletip>
  <sugam-progress label=${text} value="40" show-value></sugam-progress>
  <sugam-tabs><sugam-tab>${text}</sugam-tab><sugam-tab-panel>${text}</sugam-tab-panel></sugam-tabs>
  <sugam-accordion><sugam-accordion-item summary=${text} open>${text}</sugam-accordion-item></sugam-accordion>
  <sugam-pagination total="12" page="3" variant="compact"></sugam-pagination>
  <sugam-stepper
    ><sugam-step state="done">${text}</sugam-step><sugam-step state="current">${text}</sugam-step></sugam-stepper
  >
  <sugam-breadcrumb
    ><sugam-breadcrumb-item href="#a">${text}</sugam-breadcrumb-item
    ><sugam-breadcrumb-item>${text}</sugam-breadcrumb-item></sugam-breadcrumb
  >
  <sugam-side-nav label=${text}><sugam-side-nav-item href="#a" current>${text}</sugam-side-nav-item></sugam-side-nav>
  <sugam-header name-primary=${text} name-secondary=${text} lang-primary=${locale} lineage=${text}
    ><sugam-nav-item href="#a" label=${text}></sugam-nav-item
  ></sugam-header>
  <sugam-identity-bar></sugam-identity-bar>
  <sugam-language-switcher locales="en,hi,ta,te,kn,ur"></sugam-language-switcher>
  <sugam-footer owner=${text} updated="2026-11-20" privacy-href="#p"></sugam-footer>
  <sugam-card heading=${text}>${text}</sugam-card>
  <sugam-avatar name=${text}></sugam-avatar>
  <sugam-link href="#a">${text}</sugam-link>
  <sugam-divider>${text}</sugam-divider>
  <sugam-menu label=${text}><sugam-menu-item>${text}</sugam-menu-item></sugam-menu>
  <sugam-table
    ><table>
      <caption>
        ${text}
      </caption>
      <thead>
        <tr>
          <th>${text}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          <td>${text}</td>
        </tr>
      </tbody>
    </table></sugam-table
  >
`;

const canvas = document.createElement('canvas').getContext('2d')!;

/** Inputs whose box (padding box, where Chromium clips an input's text) is shorter than the ink of their value. */
function inkOverflow(container: HTMLElement): string[] {
  const problems: string[] = [];
  for (const el of deepElements(container)) {
    if (!(el instanceof HTMLInputElement) || !el.value || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const metrics = canvas.measureText(el.value);
    const ink = metrics.actualBoundingBoxAscent + metrics.actualBoundingBoxDescent;
    if (ink > el.clientHeight + 1) problems.push(`${describeElement(el)} ink ${ink.toFixed(1)} in ${el.clientHeight}`);
  }
  return problems;
}

/** Boxes with a minimum height whose content is taller than they are. */
function unGrownBoxes(container: HTMLElement): string[] {
  return deepElements(container)
    .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).minBlockSize !== '0px')
    .filter((el) => el.scrollHeight > el.clientHeight + 1 && getComputedStyle(el).overflowY === 'visible')
    .filter((el) => !(el instanceof HTMLTextAreaElement))
    .map((el) => `${describeElement(el)} content ${el.scrollHeight} in ${el.clientHeight}`);
}

describe('no clipped glyphs', function () {
  this.timeout(20_000);
  for (const [locale, text] of Object.entries(STRESS)) {
    it(`every text-bearing component keeps its ${locale} text inside its box`, () =>
      withTemplate(fixtures(text, locale), locale, 'light', async (container) => {
        await document.fonts.ready;
        const used = deepElements(container)
          .filter((el) => el instanceof HTMLInputElement)
          .map((el) => getComputedStyle(el).fontFamily);
        await Promise.all(used.map((family) => document.fonts.load(`16px ${family}`, text)));
        const problems = [...clippedText(container), ...inkOverflow(container), ...unGrownBoxes(container)];
        expect(problems, problems.join('\n')).to.deep.equal([]);
      }));
  }
});
