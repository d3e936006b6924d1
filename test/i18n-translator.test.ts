import { expect } from '@open-wc/testing';
import { Translator, getFallbackChain, getPluralRule, getDirection, i18n } from '@sugam/i18n';

/** A fresh engine wired like the shared one: the registry's chains, plural rules and directions. */
function engine(): Translator {
  const t = new Translator({
    language: 'en',
    defaultNS: 'app',
    chain: getFallbackChain,
    pluralRule: getPluralRule,
    dir: getDirection,
  });
  t.formats.set('upper', (value) => String(value).toUpperCase());
  t.formats.set('fixed', (value, lng, options) =>
    Number(value).toLocaleString(lng, { minimumFractionDigits: options.minimumFractionDigits as number }),
  );
  return t;
}

describe('Translator (the i18next-compatible engine)', () => {
  it('reads nested keys, flat keys with dots, `ns:key` and a list of namespaces', () => {
    const t = engine();
    t.addResourceBundle('en', 'app', { a: { b: { c: 'nested' } }, 'x.y': 'flat', m: { 'n.o': 'mixed' } });
    t.addResourceBundle('en', 'site', { title: 'Site title' });
    expect(t.t('a.b.c')).to.equal('nested');
    expect(t.t('x.y')).to.equal('flat');
    expect(t.t('m.n.o')).to.equal('mixed');
    expect(t.t('site:title')).to.equal('Site title');
    expect(t.t('title', { ns: ['app', 'site'] })).to.equal('Site title');
    expect(t.t(['missing', 'a.b.c'])).to.equal('nested');
  });

  it('returns the key (without its namespace), or the interpolated defaultValue, when nothing has it', () => {
    const t = engine();
    t.addResourceBundle('en', 'app', { a: { b: 'object, not a string' } });
    expect(t.t('missing.key')).to.equal('missing.key');
    expect(t.t('site:missing')).to.equal('missing');
    expect(t.t('a')).to.equal('a');
    expect(t.t('missing', { defaultValue: 'Hello {{name}}', name: 'Asha' })).to.equal('Hello Asha');
    // Nothing from the object prototype is ever a string.
    expect(t.t('constructor')).to.equal('constructor');
    expect(t.t('toString')).to.equal('toString');
    expect(t.exists('a.b')).to.equal(true);
    expect(t.exists('constructor')).to.equal(false);
  });

  it("follows the registry's chain, skipping empty strings, and reads a regional tag as its locale", () => {
    const t = engine();
    t.addResourceBundle('en', 'app', { greet: 'Hello', only: 'English only' });
    t.addResourceBundle('hi', 'app', { greet: 'नमस्ते', only: '' });
    t.addResourceBundle('ks', 'app', { greet: 'سلام' });
    expect(t.t('greet', { lng: 'mai' })).to.equal('नमस्ते');
    expect(t.t('greet', { lng: 'hi-IN' })).to.equal('नमस्ते');
    expect(t.t('only', { lng: 'hi' })).to.equal('English only');
    // ks-Deva never reads Perso-Arabic ks.
    expect(t.t('greet', { lng: 'ks-Deva' })).to.equal('नमस्ते');
    expect(t.t('greet', { lng: 'xx' })).to.equal('Hello');
    expect(t.languages).to.deep.equal(['en']);
    void t.changeLanguage('mai');
    expect(t.languages).to.deep.equal(['mai', 'hi', 'en']);
    expect(t.resolvedLanguage).to.equal('hi');
  });

  it("chooses plural forms by each language's own rule, with i18next's _zero and ordinal keys", () => {
    const t = engine();
    t.addResourceBundle('en', 'app', {
      file_one: '{{count}} file',
      file_other: '{{count}} files',
      item_zero: 'no items',
      item_one: 'one item',
      item_other: '{{count}} items',
      place_ordinal_one: '{{count}}st',
      place_ordinal_two: '{{count}}nd',
      place_ordinal_few: '{{count}}rd',
      place_ordinal_other: '{{count}}th',
    });
    t.addResourceBundle('hi', 'app', { file_one: '{{count}} फ़ाइल', file_other: '{{count}} फ़ाइलें' });
    expect([0, 1, 2].map((count) => t.t('file', { count, lng: 'hi' }))).to.deep.equal(['0 फ़ाइल', '1 फ़ाइल', '2 फ़ाइलें']);
    // Tamil has no strings here: English's rule picks the English form (0 is "other" in English).
    expect(t.t('file', { count: 0, lng: 'ta' })).to.equal('0 files');
    expect(t.t('item', { count: 0 })).to.equal('no items');
    expect(t.t('item', { count: 1 })).to.equal('one item');
    expect([1, 2, 3, 4, 11, 22].map((count) => t.t('place', { count, ordinal: true }))).to.deep.equal([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '22nd',
    ]);
  });

  it('chooses context keys, with plurals', () => {
    const t = engine();
    t.addResourceBundle('en', 'app', {
      friend: 'A friend',
      friend_male: 'A boyfriend',
      friend_male_other: '{{count}} boyfriends',
    });
    expect(t.t('friend', { context: 'male' })).to.equal('A boyfriend');
    expect(t.t('friend', { context: 'male', count: 2 })).to.equal('2 boyfriends');
    expect(t.t('friend', { context: 'unknown' })).to.equal('A friend');
  });

  it('interpolates once, as text: missing values stay visible, inserted values are never read again', () => {
    const t = engine();
    t.addResourceBundle('en', 'app', {
      hello: 'Hello {{name}}, {{- place}}',
      deep: '{{user.name}} ({{user.role}})',
      gap: '[{{missing}}] [{{empty}}]',
    });
    expect(t.t('hello', { name: '{{place}}', place: 'Delhi' })).to.equal('Hello {{place}}, Delhi');
    expect(t.t('hello', { name: '<b>x</b>', place: '$t(hello)' })).to.equal('Hello <b>x</b>, $t(hello)');
    expect(t.t('deep', { user: { name: 'Asha', role: 'admin' } })).to.equal('Asha (admin)');
    expect(t.t('gap', { empty: undefined })).to.equal('[{{missing}}] []');
  });

  it('applies formats with i18next option syntax, chains them and takes formatParams', () => {
    const t = engine();
    t.addResourceBundle('en', 'app', {
      amount: 'Total {{n, fixed(minimumFractionDigits: 2)}}',
      shout: '{{word, upper}}!',
      chained: '{{n, fixed(minimumFractionDigits: 1), upper}}',
      unknown: '{{word, nope}}',
    });
    expect(t.t('amount', { n: 5 })).to.equal('Total 5.00');
    expect(t.t('amount', { n: 5, formatParams: { n: { minimumFractionDigits: 3 } } })).to.equal('Total 5.000');
    expect(t.t('shout', { word: 'stop' })).to.equal('STOP!');
    expect(t.t('chained', { n: 1 })).to.equal('1.0');
    expect(t.t('unknown', { word: 'as is' })).to.equal('as is');
  });

  it("formats in the reader's language with the shared instance's formatters", () => {
    i18n.addResourceBundle('en', 'test-formats', { total: '{{n, number}} of {{max, number}}' });
    expect(i18n.t('test-formats:total', { n: 123456, max: 1e7 })).to.equal('1,23,456 of 1,00,00,000');
  });

  it('merges bundles as i18next does, ignores prototype keys and copies what it is given', () => {
    const t = engine();
    const source = { a: { x: 'one', y: 'two' } };
    t.addResourceBundle('en', 'app', source);
    source.a.x = 'changed by the page';
    expect(t.t('a.x')).to.equal('one');
    t.addResourceBundle('en', 'app', { a: { x: 'new', z: 'three' } }, true, false);
    expect([t.t('a.x'), t.t('a.y'), t.t('a.z')]).to.deep.equal(['one', 'two', 'three']);
    t.addResourceBundle('en', 'app', { a: { x: 'new' } }, true, true);
    expect([t.t('a.x'), t.t('a.y')]).to.deep.equal(['new', 'two']);
    t.addResourceBundle('en', 'app', { b: 'shallow' });
    expect([t.t('a.y'), t.t('b')]).to.deep.equal(['two', 'shallow']);
    t.addResourceBundle('en', 'app', JSON.parse('{"__proto__": {"polluted": "yes"}}') as Record<string, unknown>, true);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    t.addResource('en', 'app', 'c.d', 'one string');
    expect(t.t('c.d')).to.equal('one string');
    expect(t.hasResourceBundle('en', 'app')).to.equal(true);
    t.removeResourceBundle('en', 'app');
    expect(t.hasResourceBundle('en', 'app')).to.equal(false);
  });

  it('tells listeners about a language change and about added strings, and fixes a t to a language', async () => {
    const t = engine();
    const events: string[] = [];
    const changed = (lng: string) => events.push(`languageChanged:${lng}`);
    t.on('languageChanged', changed);
    t.store.on('added', (lng: string, ns: string) => events.push(`added:${lng}/${ns}`));
    t.addResourceBundle('ur', 'app', { yes: 'ہاں' });
    t.addResourceBundle('ur', 'app', { no: 'نہیں' }, true, false, { silent: true });
    const translate = await t.changeLanguage('ur');
    expect(translate('yes')).to.equal('ہاں');
    expect(translate('no')).to.equal('نہیں');
    t.off('languageChanged', changed);
    await t.changeLanguage('en');
    expect(events).to.deep.equal(['added:ur/app', 'languageChanged:ur']);
    expect(t.getFixedT('ur')('yes')).to.equal('ہاں');
    expect(t.dir('ur')).to.equal('rtl');
    expect(t.dir()).to.equal('ltr');
  });
});
