// The strict-CSP page's only script of its own (examples/csp.html, run by scripts/csp-smoke.mjs). It loads the CDN
// build, then puts XSS payloads where a page might put untrusted text: attributes (label, hint, error-message,
// option labels, a button's href), slotted text and translation values. Each payload would set window.__xss if it
// ever ran; the smoke test asserts it stays unset and that the payload is shown as text.
import { i18n } from '../packages/components/dist/cdn/sugam.js';

const PAYLOADS = {
  img: `<img src=x onerror="window.__xss='img'">`,
  script: `"><script>window.__xss='script'</script>`,
  svg: `<svg onload="window.__xss='svg'"></svg>`,
  href: `javascript:window.__xss='href'`,
};
window.__payloads = PAYLOADS;

i18n.addResourceBundle('en', 'csp', { greeting: 'Welcome' }, true, true);
i18n.addResourceBundle(
  'en',
  'xss',
  {
    img: PAYLOADS.img,
    script: PAYLOADS.script,
    hello: 'Hello {{name}}',
    count_one: PAYLOADS.svg,
    count_other: PAYLOADS.svg,
  },
  true,
  true,
);
// The library's own strings too: the field markers render translations inside the components' shadow roots.
i18n.addResourceBundle('en', 'sugam', { field: { required: PAYLOADS.img, optional: PAYLOADS.script } }, true, true);

const section = document.getElementById('xss');
const summary = document.createElement('sugam-error-summary');
summary.id = 'xss-summary';
summary.setAttribute('heading', PAYLOADS.img);
section.before(summary);
const add = (tag, attributes = {}, text = '') => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text) el.textContent = text;
  section.append(el);
  return el;
};

add('sugam-text-field', {
  id: 'xss-text',
  name: 'xss-text',
  label: PAYLOADS.img,
  hint: PAYLOADS.script,
  'error-message': PAYLOADS.svg,
  value: PAYLOADS.script,
  placeholder: PAYLOADS.img,
  required: '',
});
add('sugam-textarea', { id: 'xss-textarea', label: PAYLOADS.script, hint: PAYLOADS.img, optional: '' });
const select = add('sugam-select', { id: 'xss-select', label: PAYLOADS.svg, 'error-message': PAYLOADS.img });
select.append(Object.assign(document.createElement('sugam-option'), { value: 'a', textContent: PAYLOADS.img }));
select.append(Object.assign(document.createElement('sugam-option'), { value: 'b', textContent: PAYLOADS.script }));
const combo = add('sugam-combobox', { id: 'xss-combobox', label: PAYLOADS.img });
combo.append(Object.assign(document.createElement('sugam-option'), { value: 'a', textContent: PAYLOADS.svg }));
add('sugam-checkbox', { id: 'xss-checkbox', hint: PAYLOADS.img }, PAYLOADS.script);
add('sugam-date-field', { id: 'xss-date', label: PAYLOADS.img, hint: PAYLOADS.script });
add('sugam-pincode-field', { id: 'xss-pin', label: PAYLOADS.script, 'error-message': PAYLOADS.img });
add('sugam-button', { id: 'xss-button' }, PAYLOADS.img);
add('sugam-button', { id: 'xss-link', href: PAYLOADS.href, label: PAYLOADS.script }, PAYLOADS.svg);
add('sugam-text', { id: 'xss-i18n-img', key: 'xss:img' }, 'fallback');
add('sugam-text', { id: 'xss-i18n-script', key: 'xss:script' }, 'fallback');
add('sugam-text', { id: 'xss-i18n-value', key: 'xss:hello', 'data-name': PAYLOADS.img }, 'fallback');
add('sugam-text', { id: 'xss-i18n-count', key: 'xss:count', count: '2' }, 'fallback');
add('sugam-text', { id: 'xss-fallback', key: 'xss:missing' }, PAYLOADS.img);
window.__i18n = i18n;
document.body.dataset.ready = 'true';
