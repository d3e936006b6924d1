// The sampled sweep that `npm test` runs: every story in en, hi and ur, each story once more in a rotating
// dark or high-contrast theme, and every locale on a rotating story. The rotation moves each day, so over a
// few runs every story meets every locale and theme; `npm run check:a11y` runs them all at once.
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { LOCALES } from '@sugam/i18n';
import { allStories, checkStory, describeViolations, THEMES, type Theme } from './sweep.js';

const day = Math.floor(Date.now() / 86_400_000);

export function sweepStoriesIn(locale: string, theme: Theme = 'light') {
  describe(`every story in ${locale} (${theme})`, () => {
    for (const story of allStories()) {
      it(`${story.id} has no axe violations`, async () => {
        const violations = await checkStory(story, locale, theme);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    }
  });
}

export function sweepRotation() {
  const stories = allStories();
  describe('rotating themes and locales', () => {
    stories.forEach((story, i) => {
      const theme = THEMES[1 + ((day + i) % 2)];
      it(`${story.id} in en (${theme}) has no axe violations`, async () => {
        const violations = await checkStory(story, 'en', theme);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    });
    LOCALES.forEach((locale, i) => {
      const story = stories[(day + i * 7) % stories.length];
      const theme = THEMES[(day + i) % THEMES.length];
      it(`${story.id} in ${locale.code} (${theme}) has no axe violations`, async () => {
        const violations = await checkStory(story, locale.code, theme);
        expect(violations, describeViolations(violations)).to.deep.equal([]);
      });
    });
  });
}
