import { expect } from '@open-wc/testing';
import {
  LOCALES,
  NAMESPACE,
  findLocale,
  getDirection,
  getFallbackChain,
  getPluralCategories,
  getPluralRule,
  i18n,
  loadLocale,
  registerNamespace,
  resolveLocale,
  registerStrings,
} from '@sugam/i18n';
import catalogue from '../packages/i18n/locales/catalogue.json' with { type: 'json' };
import * as en from '@sugam/i18n/en';

// The library's whole English catalogue (components register only their own groups).
registerStrings(en);

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Collects console.warn calls made while `run` runs. */
async function warnings(run: () => unknown): Promise<string[]> {
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return seen;
}

describe('i18n locales', () => {
  before(async () => {
    await Promise.all(LOCALES.map((l) => loadLocale(l.code)));
  });

  describe('registry', () => {
    it('ships English and the 22 scheduled languages, Kashmiri, Manipuri and Sindhi in two scripts', () => {
      expect(LOCALES.map((l) => l.code)).to.have.members([
        'en', 'as', 'bn', 'brx', 'doi', 'gu', 'hi', 'kn', 'ks', 'ks-Deva', 'kok', 'mai', 'ml', 'mni', 'mni-Mtei',
        'mr', 'ne', 'or', 'pa', 'sa', 'sat', 'sd', 'sd-Deva', 'ta', 'te', 'ur',
      ]); // prettier-ignore
      expect(new Set(LOCALES.map((l) => l.code.split('-')[0])).size).to.equal(23);
    });

    it('describes every locale completely, with honest review status', () => {
      for (const l of LOCALES) {
        expect(l.endonym, l.code).to.match(/\S/);
        expect(l.font, l.code).to.match(/^Noto /);
        expect(['intl', 'library'], l.code).to.include(l.plurals);
        expect(l.review, l.code).to.equal(l.code === 'en' ? 'source' : 'draft');
        // The endonym is written in the locale's own script.
        const letters = l.endonym.replace(/[^\p{L}\p{M}]/gu, '');
        expect(new RegExp(`^[\\p{scx=${l.script}}\\p{M}]+$`, 'u').test(letters), `${l.code} ${l.endonym}`).to.equal(
          true,
        );
      }
    });

    it('finds locales from regional, script and underscore tags', () => {
      expect(findLocale('hi-IN')?.code).to.equal('hi');
      expect(findLocale('ks-Deva-IN')?.code).to.equal('ks-Deva');
      expect(findLocale('ks-Arab')?.code).to.equal('ks');
      expect(findLocale('sd-Arab-IN')?.code).to.equal('sd');
      expect(findLocale('sd-IN')?.code).to.equal('sd-Deva'); // CLDR: sd-IN is Devanagari Sindhi
      expect(findLocale('mni-Mtei')?.code).to.equal('mni-Mtei');
      expect(findLocale('sat-Olck-IN')?.code).to.equal('sat');
      expect(findLocale('xx')).to.equal(undefined);
      expect(findLocale('')).to.equal(undefined);
    });
  });

  describe('bad input', () => {
    it('resolves an unknown tag to English with one console warning', async () => {
      const seen = await warnings(() => {
        expect(resolveLocale('xx').code).to.equal('en');
        expect(resolveLocale('xx').code).to.equal('en');
      });
      expect(seen.filter((w) => w.includes('"xx"'))).to.have.length(1);
    });

    it('reads hi_IN as hi with one console warning', async () => {
      const seen = await warnings(() => {
        expect(resolveLocale('hi_IN').code).to.equal('hi');
        expect(resolveLocale('hi_IN').code).to.equal('hi');
      });
      expect(seen.filter((w) => w.includes('hi_IN'))).to.have.length(1);
    });

    it('resolves an empty lang to English with one console warning', async () => {
      const seen = await warnings(() => {
        expect(resolveLocale('').code).to.equal('en');
        expect(resolveLocale('').code).to.equal('en');
      });
      expect(seen.filter((w) => w.includes('lang=""'))).to.have.length(1);
    });
  });

  describe('completeness', () => {
    const source = () => flatten(i18n.getResourceBundle('en', NAMESPACE) as Tree);

    it('exports every group of the English catalogue from @sugam/i18n/en, unchanged', async () => {
      const file = new URL('../packages/i18n/locales/en/sugam.json', import.meta.url);
      const englishFile = (await (await fetch(file, { cache: 'no-store' })).json()) as Tree;
      expect(Object.keys(en).sort()).to.deep.equal(Object.keys(englishFile).sort());
      expect(flatten({ ...en } as Tree)).to.deep.equal(flatten(englishFile));
    });

    it('has a translator note for every key of the source', () => {
      const notes = catalogue as Record<string, unknown>;
      const bases = new Set(Object.keys(source()).map((k) => k.replace(PLURAL, '')));
      for (const key of bases) {
        const note = notes[key] as { context: string; placeholders: string[] } | undefined;
        expect(note?.context, key).to.match(/\S.{20,}/);
        const [foundKey, found] = Object.entries(source()).find(([k]) => k.replace(PLURAL, '') === key)!;
        // A plural key's `count` is implied; its note may list it or not.
        const names = (list: string[]) => (PLURAL.test(foundKey) ? list.filter((n) => n !== 'count') : list);
        expect(names([...note!.placeholders].sort()), key).to.deep.equal(names(placeholders(found)));
      }
      expect(Object.keys(notes).filter((k) => !k.startsWith('$'))).to.have.members([...bases]);
    });

    for (const locale of LOCALES) {
      it(`${locale.code}: every key, every plural form, the same placeholders, in its own script`, () => {
        const en = source();
        const strings = flatten(i18n.getResourceBundle(locale.code, NAMESPACE) as Tree);
        const categories = getPluralCategories(locale.code);
        const expectedKeys = new Set<string>();
        for (const key of Object.keys(en)) {
          if (PLURAL.test(key)) for (const c of categories) expectedKeys.add(key.replace(PLURAL, `_${c}`));
          else expectedKeys.add(key);
        }
        expect(Object.keys(strings)).to.have.members([...expectedKeys]);
        const script = new RegExp(`^[\\p{scx=${locale.script}}\\p{M}\\u200c\\u200d]*$`, 'u');
        for (const [key, text] of Object.entries(strings)) {
          const sourceText = en[key] ?? en[key.replace(PLURAL, '_other')];
          expect(placeholders(text), `${locale.code} ${key}`).to.deep.equal(placeholders(sourceText));
          const letters = text
            .replace(/\{\{[^}]*\}\}/g, '')
            .replace(/[\w.-]+@[\w.-]+|https?:\/\/\S+/g, '') // example addresses stay as they are
            // Latin words copied from the source (format codes like DD/MM/YYYY, PAN, PIN) stay as they are.
            .replace(/[A-Za-z]+/g, (word) => (sourceText.includes(word) ? '' : word))
            .replace(/[^\p{L}\p{M}]/gu, '');
          expect(script.test(letters), `${locale.code} ${key}: ${text}`).to.equal(true);
        }
      });
    }

    it('never renders a raw key or an unfilled placeholder, in any locale', () => {
      const en = source();
      const bases = new Map<string, string>();
      for (const [key, text] of Object.entries(en)) bases.set(key.replace(PLURAL, ''), text);
      for (const locale of LOCALES) {
        for (const [key, sourceText] of bases) {
          const values = Object.fromEntries(placeholders(sourceText).map((name) => [name, 3]));
          for (const count of [0, 1, 2, 5]) {
            const text = i18n.t(key, { ...values, lng: locale.code, count });
            expect(text, `${locale.code} ${key}`).not.to.equal(key);
            expect(text, `${locale.code} ${key}`).not.to.match(/\{\{|_one|_two|_other|^[a-zA-Z]+\.[a-zA-Z]+$/);
          }
        }
      }
    });
  });

  describe('fallback chains', () => {
    it('lists only languages a reader of the locale reads, ending in English', () => {
      expect(getFallbackChain('mai')).to.deep.equal(['mai', 'hi', 'en']);
      expect(getFallbackChain('sd-Deva')).to.deep.equal(['sd-Deva', 'hi', 'en']);
      expect(getFallbackChain('ks-Deva')).to.deep.equal(['ks-Deva', 'hi', 'en']);
      expect(getFallbackChain('ks')).to.deep.equal(['ks', 'ur', 'en']);
      expect(getFallbackChain('mni-Mtei')).to.deep.equal(['mni-Mtei', 'mni', 'en']);
      expect(getFallbackChain('kok')).to.deep.equal(['kok', 'en']);
      expect(getFallbackChain('xx')).to.deep.equal(['en']);
      for (const l of LOCALES) {
        const chain = getFallbackChain(l.code);
        expect(chain.at(-1), l.code).to.equal('en');
        for (const code of chain) expect(findLocale(code)?.code, l.code).to.equal(code);
      }
    });

    it('are followed by i18next for a missing string, never crossing into another script of the language', async () => {
      await registerNamespace('test-fallback', {
        en: { only: 'English' },
        hi: { only: 'हिन्दी' },
        ur: { only: 'اردو' },
        ks: { only: 'کٲشُر' },
        sd: { only: 'سنڌي' },
      });
      const t = (lng: string) => i18n.t('test-fallback:only', { lng });
      expect(t('mai')).to.equal('हिन्दी');
      expect(t('ks-Deva')).to.equal('हिन्दी');
      expect(t('sd-Deva')).to.equal('हिन्दी');
      expect(t('hi-IN')).to.equal('हिन्दी');
      expect(t('ks')).to.equal('کٲشُر');
      expect(t('doi')).to.equal('हिन्दी');
      expect(t('ta')).to.equal('English');
      expect(t('kok')).to.equal('English');
      expect(t('mni-Mtei')).to.equal('English');
    });
  });

  describe('plurals', () => {
    before(async () => {
      await registerNamespace('test-plural', {
        hi: { item_one: 'ONE', item_other: 'OTHER' },
        ta: { item_one: 'ONE', item_other: 'OTHER' },
        mai: { item_one: 'ONE', item_other: 'OTHER' },
        mni: { item_one: 'ONE', item_other: 'OTHER' },
        sat: { item_one: 'ONE', item_two: 'TWO', item_other: 'OTHER' },
        sa: { item_one: 'ONE', item_two: 'TWO', item_other: 'OTHER' },
      });
    });
    const t = (lng: string, count: number) => i18n.t('test-plural:item', { lng, count });

    it('runs in a browser whose own language is not the one tested', () => {
      expect(new Intl.Locale(navigator.language).language).not.to.be.oneOf(['hi', 'ta', 'sat', 'mai', 'sa', 'mni']);
      // The trap: Intl silently answers for mai with the browser's own rules (0 is "other" in English).
      expect(new Intl.PluralRules('mai').resolvedOptions().locale).not.to.match(/^mai/);
      expect(new Intl.PluralRules('mai').select(0)).to.equal('other');
    });

    it('uses CLDR rules for hi (0 is "one") and ta (0 is "other")', () => {
      expect([0, 1, 2, 5].map((n) => t('hi', n))).to.deep.equal(['ONE', 'ONE', 'OTHER', 'OTHER']);
      expect([0, 1, 2, 5].map((n) => t('ta', n))).to.deep.equal(['OTHER', 'ONE', 'OTHER', 'OTHER']);
      expect(getPluralRule('hi')!.resolvedOptions().pluralCategories).to.deep.equal(['one', 'other']);
    });

    it("uses Santali's two form", () => {
      expect([0, 1, 2, 3].map((n) => t('sat', n))).to.deep.equal(['OTHER', 'ONE', 'TWO', 'OTHER']);
      expect(getPluralCategories('sat')).to.deep.equal(['one', 'two', 'other']);
      expect(i18n.t('counter.charactersLeft', { lng: 'sat', count: 2 })).to.equal('᱒ ᱟᱠᱷᱚᱨ ᱵᱟᱠᱤ');
    });

    it("uses the library's own rule for mai (the Hindi rule), mni and sa, whatever the browser's language", () => {
      const hi = getPluralRule('hi')!;
      const mai = getPluralRule('mai')!;
      for (const n of [0, 0.5, 1, 1.5, 2, 5, 11, 100]) expect(mai.select(n), String(n)).to.equal(hi.select(n));
      expect([0, 1, 2, 5].map((n) => t('mai', n))).to.deep.equal(['ONE', 'ONE', 'OTHER', 'OTHER']);
      expect([0, 1, 2, 5].map((n) => t('mni', n))).to.deep.equal(['ONE', 'ONE', 'OTHER', 'OTHER']);
      expect([0, 1, 2, 5].map((n) => t('sa', n))).to.deep.equal(['OTHER', 'ONE', 'TWO', 'OTHER']);
      expect(i18n.t('counter.charactersLeft', { lng: 'sa', count: 2 })).to.equal('२ अक्षरे अवशिष्टे');
      expect(LOCALES.filter((l) => l.plurals === 'library').map((l) => l.code)).to.deep.equal([
        'mai',
        'mni',
        'mni-Mtei',
        'sa',
      ]);
    });
  });

  describe('direction', () => {
    it('comes from the registry: Perso-Arabic rtl, Devanagari forms ltr', () => {
      expect(getDirection('ur')).to.equal('rtl');
      expect(getDirection('ks')).to.equal('rtl');
      expect(getDirection('ks-Arab-IN')).to.equal('rtl');
      expect(getDirection('sd')).to.equal('rtl');
      expect(getDirection('sd-Arab')).to.equal('rtl');
      expect(getDirection('sd-Deva')).to.equal('ltr');
      expect(getDirection('sd-IN')).to.equal('ltr');
      expect(getDirection('ks-Deva')).to.equal('ltr');
      expect(getDirection('hi')).to.equal('ltr');
      expect(getDirection('xx-unknown')).to.equal('ltr');
      expect(LOCALES.filter((l) => l.dir === 'rtl').map((l) => l.code)).to.deep.equal(['ks', 'sd', 'ur']);
    });
  });
});
