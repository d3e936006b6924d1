// Proves the CDN build runs under a strict Content-Security-Policy with Trusted Types enforced (issue 9, item 6):
// examples/csp.html is served with `script-src 'self'; style-src 'self'; require-trusted-types-for 'script'`
// (no inline script or style, no eval), renders every component, is used a little (typing, the select and the
// date picker opened, lang switched to hi and ur), and reports no violation. XSS payloads the page puts in
// attributes, slotted text and translation values (examples/csp.js) never run and are shown as text.
// Run after `npm run build` (npm run test:cdn runs it after the CDN smoke test).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, chromiumArgs } from './chromium.mjs';

const CSP = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const requests = [];
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  requests.push(path);
  try {
    const body = await readFile(join('.', path));
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-security-policy': CSP }).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));

const TAGS = [
  'sugam-button',
  'sugam-text-field',
  'sugam-textarea',
  'sugam-select',
  'sugam-option',
  'sugam-combobox',
  'sugam-checkbox',
  'sugam-checkbox-group',
  'sugam-radio-group',
  'sugam-radio',
  'sugam-switch',
  'sugam-slider',
  'sugam-date-field',
  'sugam-file-upload',
  'sugam-error-summary',
  'sugam-aadhaar-field',
  'sugam-pincode-field',
  'sugam-mobile-field',
  'sugam-otp-field',
  'sugam-pan-field',
  'sugam-ifsc-field',
  'sugam-gstin-field',
  'sugam-name-field',
  'sugam-text',
  // Page chrome and the rest of the catalogue.
  'sugam-skip-link',
  'sugam-identity-bar',
  'sugam-language-switcher',
  'sugam-a11y-toolbar',
  'sugam-header',
  'sugam-nav-item',
  'sugam-breadcrumb',
  'sugam-breadcrumb-item',
  'sugam-side-nav',
  'sugam-tabs',
  'sugam-tab',
  'sugam-tab-panel',
  'sugam-accordion',
  'sugam-accordion-item',
  'sugam-pagination',
  'sugam-stepper',
  'sugam-step',
  'sugam-alert',
  'sugam-badge',
  'sugam-tag',
  'sugam-chip',
  'sugam-spinner',
  'sugam-progress',
  'sugam-toast-region',
  'sugam-dialog',
  'sugam-drawer',
  'sugam-tooltip',
  'sugam-menu',
  'sugam-menu-item',
  'sugam-table',
  'sugam-card',
  'sugam-avatar',
  'sugam-avatar-group',
  'sugam-icon',
  'sugam-icon-button',
  'sugam-link',
  'sugam-divider',
  'sugam-footer',
];
/** Light-DOM elements (data holders, or enhancers of the page's own markup) without a shadow root of their own. */
const LIGHT_DOM = new Set(['sugam-text', 'sugam-option']);

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const failures = [];
let passed = 0;
const check = (ok, what) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
  if (ok) passed++;
  else failures.push(what);
};
const problems = []; // console errors and page errors, all phases
try {
  const html = (await readFile('examples/csp.html', 'utf8')).replace(/<!--[\s\S]*?-->/g, '');
  check(
    !/<script(?![^>]*\ssrc=)[^>]*>/i.test(html) && !/<style/i.test(html) && !/\sstyle=/i.test(html),
    'examples/csp.html has no inline script, no <style> and no style attribute',
  );

  const page = await browser.newPage();
  // Recorded from before the first script runs (init scripts are not subject to the page's CSP).
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}: ${event.sample}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const response = await page.goto(`http://127.0.0.1:${server.address().port}/examples/csp.html`);
  check(response.headers()['content-security-policy'] === CSP, `the page is served with CSP: ${CSP}`);
  check(await page.evaluate(() => !!window.trustedTypes), 'the browser enforces Trusted Types');
  await page.waitForSelector('body[data-ready="true"]', { timeout: 10000 });
  await page.waitForFunction((tags) => tags.every((tag) => customElements.get(tag)), TAGS, { timeout: 10000 });
  const violations = () => page.evaluate(() => window.__violations.splice(0));

  // --- Every component renders -------------------------------------------------------------------------------
  const unrendered = await page.evaluate(
    async ([tags, lightDom]) => {
      const missing = [];
      for (const tag of tags) {
        const elements = [...document.querySelectorAll(tag)];
        if (!elements.length) missing.push(`${tag} (not on the page)`);
        for (const el of elements) {
          await el.updateComplete;
          if (lightDom.includes(tag)) continue; // light DOM, no shadow root
          if (!el.shadowRoot || !el.shadowRoot.adoptedStyleSheets.length)
            missing.push(`${tag} (no styled shadow root)`);
        }
      }
      return missing;
    },
    [TAGS, [...LIGHT_DOM]],
  );
  check(unrendered.length === 0, `every component renders with its adopted styles (${unrendered.join(', ') || 'all'})`);
  const styled = await page.evaluate(() => {
    const button = document.querySelector('#apply sugam-button').shadowRoot.querySelector('button');
    return getComputedStyle(button).backgroundColor !== 'rgba(0, 0, 0, 0)';
  });
  check(styled, 'component styles apply (the submit button has its background)');

  const custom = await page.evaluate(() => ({
    percent: document.querySelector('sugam-slider').shadowRoot.querySelector('.thumb').style.getPropertyValue('--_at'),
    rows: document
      .querySelector('#apply sugam-textarea')
      .shadowRoot.querySelector('textarea')
      .style.getPropertyValue('--_rows'),
  }));
  check(
    custom.percent === '40%' && custom.rows === '3',
    `first-render custom properties apply (slider 40%, textarea 3 rows: ${JSON.stringify(custom)})`,
  );

  // --- A little use ------------------------------------------------------------------------------------------
  await page.locator('#applicant input').fill('');
  await page.locator('#applicant input').pressSequentially('Asha Devi');
  check(
    (await page.evaluate(() => document.querySelector('#applicant').value)) === 'Asha Devi',
    'typing into a text field',
  );
  await page.locator('#apply sugam-textarea textarea').pressSequentially('12 MG Road\nPune\nMaharashtra\n411001');
  await page.locator('sugam-slider [role="slider"]').focus();
  await page.keyboard.press('ArrowRight');
  check((await page.evaluate(() => document.querySelector('sugam-slider').value)) === 5, 'the slider moves (styleMap)');
  await page.locator('#state [role="combobox"]').click();
  check(await page.evaluate(() => document.querySelector('#state').open), 'the select opens');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  check((await page.evaluate(() => document.querySelector('#state').value)) !== '', 'an option is chosen');
  await page.locator('#dob #calendar-button').click();
  check(
    await page.evaluate(() => document.querySelector('#dob').shadowRoot.querySelector('dialog').open),
    'the date picker opens',
  );
  await page.keyboard.press('Escape');
  for (const [lang, word] of [
    ['hi', 'प्रारूप'],
    ['ur', 'فارمیٹ'],
  ]) {
    await page.evaluate((lang) => (document.documentElement.lang = lang), lang);
    await page
      .waitForFunction((word) => document.querySelector('#dob').shadowRoot.textContent.includes(word), word, {
        timeout: 10000,
      })
      .then(
        () => check(true, `lang="${lang}": the components re-render in ${lang} (locale fetched on demand)`),
        () => check(false, `lang="${lang}": the components re-render in ${lang}`),
      );
  }
  await page.evaluate(() => (document.documentElement.lang = 'en'));
  await page.waitForFunction(() => document.querySelector('#dob').shadowRoot.textContent.includes('Format'));
  // The overlays, the toast API, the toolbar and the tabs, used once each.
  await page.evaluate(() => document.querySelector('#csp-dialog').show());
  check(await page.evaluate(() => document.querySelector('#csp-dialog').open), 'the dialog opens');
  await page.keyboard.press('Escape');
  await page.locator('#csp-menu button').first().click();
  check(
    await page.evaluate(
      () => document.querySelector('#csp-menu').shadowRoot.querySelector('[popover]:popover-open') !== null,
    ),
    'the menu opens',
  );
  await page.keyboard.press('Escape');
  const toasted = await page.evaluate(async () => {
    const { toast } = await import('/packages/components/dist/cdn/sugam.js');
    const element = toast('Saved', { variant: 'success' });
    await element.updateComplete;
    return element.isConnected && element.closest('sugam-toast-region') !== null && element.textContent === 'Saved';
  });
  check(toasted, 'toast() shows a toast');
  await page.locator('sugam-a11y-toolbar button[aria-pressed]').first().click();
  await page.locator('sugam-tabs sugam-tab').first().focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('sugam-tooltip button').focus();
  await page.waitForTimeout(100);
  await page.evaluate(() =>
    document.querySelector('sugam-a11y-toolbar').shadowRoot.querySelector('button[aria-pressed="true"]')?.click(),
  );
  const used = await violations();
  check(
    used.length === 0,
    `no CSP or Trusted Types violation while rendering and using them (${used.join('; ') || 'none'})`,
  );

  // --- XSS payloads ------------------------------------------------------------------------------------------
  const P = await page.evaluate(() => window.__payloads);
  await page.evaluate(async () => {
    const select = document.querySelector('#xss-select');
    select.value = 'a';
    document.querySelector('#xss-summary').showFor(document.querySelector('#xss'));
    for (const el of document.querySelectorAll('#xss > *, #xss-summary')) await el.updateComplete;
  });
  await page.locator('#xss-select [role="combobox"]').click();
  await page.keyboard.press('Escape');
  await page.locator('#xss-combobox input').click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Escape');
  // <sugam-button> refuses a javascript: href: it renders a plain button, and clicking it runs nothing.
  check(
    await page.evaluate(() => !document.getElementById('xss-link').shadowRoot.querySelector('a, [href]')),
    'a javascript: href is not rendered as a link',
  );
  await page.locator('#xss-link button').click();
  await page.waitForTimeout(300);
  const shown = await page.evaluate(() => {
    const text = (id) => {
      const el = document.getElementById(id);
      return `${el.textContent} ${el.shadowRoot?.textContent ?? ''}`;
    };
    const attrs = (id) =>
      [...document.getElementById(id).shadowRoot.querySelectorAll('*')]
        .flatMap((el) => [...el.attributes].map((a) => a.value))
        .join(' ');
    return {
      text: text('xss-text'),
      textInput: document.getElementById('xss-text').shadowRoot.querySelector('input').value,
      textAttrs: attrs('xss-text'),
      textarea: text('xss-textarea'),
      select: text('xss-select'),
      combobox: text('xss-combobox'),
      checkbox: text('xss-checkbox'),
      date: text('xss-date'),
      pin: text('xss-pin'),
      button: text('xss-button'),
      link: text('xss-link'),
      linkAttrs: attrs('xss-link'),
      summary: text('xss-summary'),
      i18nImg: document.getElementById('xss-i18n-img').textContent,
      i18nScript: document.getElementById('xss-i18n-script').textContent,
      i18nValue: document.getElementById('xss-i18n-value').textContent,
      i18nCount: document.getElementById('xss-i18n-count').textContent,
      fallback: document.getElementById('xss-fallback').textContent,
    };
  });
  const expectText = (key, payload, where) => check(shown[key].includes(payload), `${where} is shown as text`);
  expectText('text', P.img, 'a label payload');
  expectText('text', P.script, 'a hint payload');
  expectText('text', P.svg, 'an error-message payload');
  check(shown.textInput === P.script, 'a value payload stays the input value');
  expectText('textAttrs', P.img, 'a placeholder payload (attribute)');
  expectText('text', P.img, 'a translated library string (field.required)');
  expectText('textarea', P.script, 'a translated library string (field.optional)');
  expectText('select', P.svg, 'a select label payload');
  expectText('select', P.img, 'a select error-message payload and the chosen option label');
  expectText('combobox', P.img, 'a combobox label payload');
  expectText('checkbox', P.script, 'slotted checkbox text');
  expectText('checkbox', P.img, 'a checkbox hint payload');
  expectText('date', P.img, 'a date label payload');
  expectText('pin', P.script, 'a PIN label payload');
  expectText('button', P.img, 'slotted button text');
  expectText('link', P.svg, 'slotted link text');
  expectText('summary', P.img, 'an error summary heading payload');
  expectText('summary', P.svg, 'an error message payload listed in the error summary');
  check(shown.i18nImg === P.img, '<sugam-text> shows a translation payload as text (img)');
  check(shown.i18nScript === P.script, '<sugam-text> shows a translation payload as text (script)');
  check(
    shown.i18nValue.includes('Hello') && shown.i18nValue.includes('img'),
    '<sugam-text> shows an interpolated payload as text',
  );
  check(shown.i18nCount === P.svg, '<sugam-text> shows a plural translation payload as text');
  check(shown.fallback === P.img, '<sugam-text> shows a fallback payload as text');

  const injected = await page.evaluate(() => {
    const found = [];
    const walk = (root) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.matches('img, iframe, object, embed') || (el.matches('script') && !el.src))
          found.push(el.outerHTML.slice(0, 80));
        for (const { name, value } of el.attributes)
          if (/^on/i.test(name)) found.push(`${el.localName}[${name}=${value}]`);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    return found;
  });
  check(injected.length === 0, `no payload became an element or event handler (${injected.join(', ') || 'none'})`);
  check(!requests.some((path) => /[/\\]x$/.test(path)), 'no payload <img src=x> was requested');
  const xssViolations = await violations();
  check(
    xssViolations.length === 0,
    `no CSP or Trusted Types violation while handling payloads (${xssViolations.join('; ') || 'none'})`,
  );
  check((await page.evaluate(() => window.__xss)) === undefined, 'no payload ran (window.__xss is unset)');
  check(problems.length === 0, `no page or console error (${problems.join('; ') || 'none'})`);
} catch (error) {
  check(false, String(error));
} finally {
  await browser.close();
  server.close();
}
console.log(`csp: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
