// Read aloud for <sugam-a11y-toolbar>: which text, in which language, with which voice (Web Speech API).

/** The language tag in effect for a node: its nearest `lang`, through shadow roots, else the document's, else en. */
export function languageOf(node: Node | null): string {
  let current: Node | null = node;
  while (current) {
    if (current instanceof Element) {
      const lang = current.getAttribute('lang');
      if (lang) return lang;
    }
    current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null);
  }
  return document.documentElement.lang || 'en';
}

/** What to read: the selected text, else the page's main content (`<main>` or role main, else `<body>`). */
export function textToRead(selection: Selection | null): { text: string; lang: string } {
  const selected = selection && !selection.isCollapsed ? selection.toString().trim() : '';
  if (selected) return { text: selected, lang: languageOf(selection!.anchorNode) };
  const main = document.querySelector<HTMLElement>('main, [role="main"]') ?? document.body;
  return { text: (main?.innerText ?? '').trim(), lang: languageOf(main) };
}

const primary = (tag: string) => tag.replace(/_/g, '-').toLowerCase().split('-')[0];

/**
 * The best voice for a language: same language and region (hi-IN), else same language (any region), else none.
 * Never a voice of another language: Tamil read by an English voice is noise.
 */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], lang: string): SpeechSynthesisVoice | undefined {
  const wanted = primary(lang);
  const same = voices.filter((v) => primary(v.lang) === wanted);
  const india = same.filter((v) => /[-_]in$/i.test(v.lang));
  return india.find((v) => v.localService) ?? india[0] ?? same.find((v) => v.localService) ?? same[0];
}

/**
 * The browser's voices. Chromium fills the list after a `voiceschanged` event, so an empty list is waited for
 * (at most `wait` ms) before it is believed.
 */
export async function loadVoices(synth: SpeechSynthesis, wait = 1000): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length) return now;
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, wait);
    synth.addEventListener('voiceschanged', done);
  });
}

/**
 * Splits text into utterances of whole sentences (at most about `max` characters each): Chromium stops long
 * utterances after some seconds, and short ones let Stop act at once.
 */
export function chunkText(text: string, lang: string, max = 220): string[] {
  const chunks: string[] = [];
  let current = '';
  let sentences: string[];
  try {
    sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  } catch {
    sentences = text.split(/(?<=[.!?।॥۔؟])\s+/u);
  }
  for (const sentence of sentences) {
    if (current && current.length + sentence.length > max) {
      chunks.push(current.trim());
      current = '';
    }
    current += sentence;
  }
  if (current.trim()) chunks.push(current.trim());
  return chunks;
}
