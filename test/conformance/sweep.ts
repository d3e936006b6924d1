// Renders stories of the catalogue in a language and theme and runs axe-core on them.
import { render } from 'lit';
import { loadLocale, findLocale } from '@sugam/i18n';
import * as english from '@sugam/i18n/en';
import { storyFiles } from './stories.generated.js';

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export type Theme = (typeof THEMES)[number];

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface StoryRef {
  file: string;
  title: string;
  name: string;
  /** Storybook's id, e.g. `forms-text-field--states`. */
  id: string;
  render: (context: { locale: string; theme: Theme }) => unknown;
}

export interface Violation {
  story: string;
  locale: string;
  theme: Theme;
  rule: string;
  impact: string | null | undefined;
  help: string;
  elements: string[];
}

type StoryFn = (args: Record<string, unknown>, context: Record<string, unknown>) => unknown;
interface CsfObject {
  name?: string;
  args?: Record<string, unknown>;
  render?: StoryFn;
}

const kebab = (text: string) =>
  text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/[^a-zA-Z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

/** Every story of every CSF file, in file order. */
export function allStories(): StoryRef[] {
  const stories: StoryRef[] = [];
  for (const [file, module] of Object.entries(storyFiles)) {
    const meta = module.default as CsfObject & { title: string; component?: string };
    for (const [exportName, value] of Object.entries(module)) {
      if (exportName === 'default' || exportName === '__namedExportsOrder') continue;
      const story = (typeof value === 'function' ? { render: value } : value) as CsfObject;
      const renderFn = story.render ?? meta.render;
      const args = { ...meta.args, ...story.args };
      stories.push({
        file,
        title: meta.title,
        name: story.name ?? exportName,
        id: `${kebab(meta.title)}--${kebab(exportName)}`,
        render: ({ locale, theme }) =>
          renderFn
            ? renderFn(args, { args, globals: { locale, theme }, id: exportName, name: exportName })
            : Object.assign(document.createElement(meta.component ?? 'div'), args),
      });
    }
  }
  return stories;
}

let stylesLoaded: Promise<void> | undefined;

/** The catalogue's page styles: the built tokens (themes, brands, scripts) and fonts. */
function loadPageStyles(): Promise<void> {
  stylesLoaded ??= Promise.all(
    ['/packages/tokens/dist/tokens.css', '/packages/tokens/dist/fonts.css'].map(
      (href) =>
        new Promise<void>((resolve, reject) => {
          const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
          link.onload = () => resolve();
          link.onerror = () => reject(new Error(`could not load ${href}`));
          document.head.append(link);
        }),
    ),
  ).then(() => undefined);
  return stylesLoaded;
}

/** Waits until every Lit element under `root` has updated and a few frames have passed. */
export async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const pending = [...root.querySelectorAll('*')]
      .map((el) => (el as Element & { updateComplete?: Promise<unknown> }).updateComplete)
      .filter(Boolean);
    await Promise.all(pending);
    await new Promise((resolve) => requestAnimationFrame(resolve));
  }
}

interface AxeResult {
  violations: { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

/**
 * Renders one story as the catalogue would (page language, direction and theme, tokens and fonts loaded), settles
 * it, runs `check` on its container and removes it again.
 */
export async function withStory<T>(
  story: StoryRef,
  locale: string,
  theme: Theme,
  check: (container: HTMLElement) => Promise<T>,
): Promise<T> {
  await loadPageStyles();
  const info = findLocale(locale);
  await loadLocale(locale);
  const html = document.documentElement;
  html.lang = info?.code ?? locale;
  html.dir = info?.dir ?? 'ltr';
  html.dataset.sugamTheme = theme;
  const container = document.createElement('main');
  container.id = 'storybook-root';
  document.body.append(container);
  try {
    render(story.render({ locale, theme }), container);
    await settle(container);
    return await check(container);
  } finally {
    render(null, container);
    container.remove();
  }
}

/** Renders a template like a story (see {@link withStory}), for checks on hand-made fixtures. */
export function withTemplate<T>(
  template: unknown,
  locale: string,
  theme: Theme,
  check: (container: HTMLElement) => Promise<T>,
): Promise<T> {
  const story: StoryRef = { file: '', title: 'fixture', name: 'fixture', id: 'fixture', render: () => template };
  return withStory(story, locale, theme, check);
}

/** Every element under `root` (its own shadow root first), including those inside nested open shadow roots. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const child of node.children) {
      found.push(child);
      if (child.shadowRoot) walk(child.shadowRoot);
      walk(child);
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return found;
}

/** Names an element for a failure message, with the host of its shadow root. */
export function describeElement(el: Element): string {
  const host = (el.getRootNode() as ShadowRoot).host;
  const name = `${el.localName}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}`;
  return host ? `${host.localName} >>> ${name}` : name;
}

/** Whether `el` renders text itself (a text node child, or its own value). */
function bearsText(el: Element): boolean {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value.trim() !== '';
  return [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
}

/** Text-bearing elements (or ancestors of text) whose overflow is hidden or clipped and whose content overflows. */
export function clippedText(container: HTMLElement): string[] {
  const clipped: string[] = [];
  for (const el of deepElements(container)) {
    if (!(el instanceof HTMLElement) || el.getClientRects().length === 0) continue;
    const style = getComputedStyle(el);
    if (!/hidden|clip/.test(style.overflowX + style.overflowY)) continue;
    if (style.position === 'absolute' && style.clipPath.startsWith('inset(50%')) continue; // visually hidden
    const hasText = bearsText(el) || deepElements(el).some((child) => bearsText(child));
    if (!hasText) continue;
    // A single-line input scrolls its value sideways under the caret by design; only vertical clipping cuts text.
    const sideways = !(el instanceof HTMLInputElement) && el.scrollWidth > el.clientWidth + 1;
    if (el.scrollHeight > el.clientHeight + 1 || sideways)
      clipped.push(
        `${describeElement(el)} (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`,
      );
  }
  return clipped;
}

/** A library key shown as text (`button.loading`): a string missing in every language of the chain. */
const RAW_KEY = new RegExp(`(?<![\\w./-])(?:${Object.keys(english).join('|')})(?:\\.[a-zA-Z]\\w*)+(?![\\w/-]|\\.\\w)`);
const SPOKEN_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** Elements showing or speaking a raw library key, in their text or their accessible-name attributes. */
export function rawKeys(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of [container, ...deepElements(container)]) {
    const texts = [...el.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent!);
    for (const name of SPOKEN_ATTRIBUTES) texts.push(el.getAttribute(name) ?? '');
    const key = texts.map((text) => RAW_KEY.exec(text)?.[0]).find(Boolean);
    if (key) found.push(`${describeElement(el)}: "${key}"`);
  }
  return found;
}

/**
 * Renders one story as the catalogue would (page language, direction and theme) and returns axe's violations,
 * and a `raw-key` violation where a library key shows instead of a translation.
 */
export function checkStory(story: StoryRef, locale: string, theme: Theme): Promise<Violation[]> {
  return withStory(story, locale, theme, async (container) => {
    const result = await window.axe.run(container, { runOnly: { type: 'tag', values: AXE_TAGS } });
    const violations: Violation[] = result.violations.map((violation) => ({
      story: story.id,
      locale,
      theme,
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      elements: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
    const raw = rawKeys(container);
    if (raw.length > 0) {
      violations.push({
        story: story.id,
        locale,
        theme,
        rule: 'raw-key',
        impact: 'serious',
        help: 'A library string key is shown instead of its translation or English',
        elements: raw,
      });
    }
    return violations;
  });
}

/** One line per violation, naming story, locale, theme, rule and elements. */
export function describeViolations(violations: Violation[]): string {
  return violations
    .map((v) => `${v.story} [${v.locale}, ${v.theme}] ${v.rule} (${v.impact}): ${v.help} — ${v.elements.join(', ')}`)
    .join('\n');
}
