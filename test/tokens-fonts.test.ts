import { expect } from '@open-wc/testing';

/** Which WOFF2 faces the page has fetched so far (file names). */
const fetchedFaces = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.endsWith('.woff2'))
    .map((name) => name.slice(name.lastIndexOf('/') + 1));

async function addStylesheet(href: string): Promise<void> {
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
}

async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 100));
  await document.fonts.ready;
}

describe('tokens: fonts.css', () => {
  before(async () => {
    await addStylesheet('/packages/tokens/dist/tokens.css');
    await addStylesheet('/packages/tokens/dist/fonts.css');
  });

  it('declares every script family, split by unicode-range', () => {
    const families = new Set([...document.fonts].map((face) => face.family.replaceAll(/["']/g, '')));
    for (const family of [
      'Noto Sans',
      'Noto Sans Devanagari',
      'Noto Sans Bengali',
      'Noto Sans Gurmukhi',
      'Noto Sans Gujarati',
      'Noto Sans Oriya',
      'Noto Sans Tamil',
      'Noto Sans Telugu',
      'Noto Sans Kannada',
      'Noto Sans Malayalam',
      'Noto Sans Ol Chiki',
      'Noto Sans Meetei Mayek',
      'Noto Naskh Arabic',
      'Noto Nastaliq Urdu',
    ]) {
      expect(families, family).to.include(family);
    }
    expect([...document.fonts].every((face) => face.unicodeRange !== 'U+0-10FFFF')).to.equal(true);
  });

  it('a Tamil page fetches only the Latin and Tamil faces; Hindi text later fetches Devanagari', async () => {
    document.documentElement.lang = 'ta';
    const main = document.createElement('main');
    main.innerHTML = `<h1>தமிழ்நாடு அரசு</h1><p>விண்ணப்பத்தைச் சமர்ப்பிக்கவும் 2025</p><p lang="en">Government of Tamil Nadu</p>`;
    document.body.append(main);
    await settle();

    const faces = fetchedFaces();
    console.log(`tokens fonts: a Tamil page fetched ${faces.join(', ')}`);
    expect(faces.some((f) => f.startsWith('noto-sans-tamil-tamil-'))).to.equal(true);
    expect(faces.some((f) => f.startsWith('noto-sans-latin-'))).to.equal(true);
    expect(faces.filter((f) => !/^noto-sans-(tamil-tamil|latin)-/.test(f))).to.deep.equal([]);
    const loaded = [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family);
    expect(new Set(loaded.map((f) => f.replaceAll(/["']/g, '')))).to.have.keys('Noto Sans', 'Noto Sans Tamil');

    const hindi = Object.assign(document.createElement('p'), { lang: 'hi', textContent: 'हिन्दी में पढ़ें' });
    main.append(hindi);
    await settle();
    expect(fetchedFaces().some((f) => f.startsWith('noto-sans-devanagari-devanagari-'))).to.equal(true);
    main.remove();
    document.documentElement.removeAttribute('lang');
  });
});
