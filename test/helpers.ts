/**
 * Runs `run` with `console.warn` captured, and returns the first argument of every warning it logged, as text.
 * The real `console.warn` is restored afterwards, even when `run` throws.
 */
export async function captureWarnings(run: () => Promise<void>): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

/** Adds the token style sheet (every `--sugam-*` property, themes and brands) to the page once, and waits for it. */
export async function loadTokens(): Promise<void> {
  if (document.querySelector('link[data-test-tokens]')) return;
  const link = Object.assign(document.createElement('link'), {
    rel: 'stylesheet',
    href: '/packages/tokens/dist/tokens.css',
  });
  link.dataset.testTokens = '';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

/** Runs `run` with `dir` set on `<html>`, and puts the page's own `dir` (or its absence) back afterwards. */
export async function withPageDirection<T>(dir: 'ltr' | 'rtl', run: () => Promise<T>): Promise<T> {
  const root = document.documentElement;
  const saved = root.getAttribute('dir');
  root.dir = dir;
  try {
    return await run();
  } finally {
    if (saved === null) root.removeAttribute('dir');
    else root.setAttribute('dir', saved);
  }
}
