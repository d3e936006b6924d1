// The full sweep run by `npm run check:a11y`: every story × every locale, in one theme per test file.
import { expect } from '@open-wc/testing';
import 'axe-core/axe.min.js';
import { writeFile } from '@web/test-runner-commands';
import { LOCALES } from '@sugam/i18n';
import { allStories, AXE_TAGS, checkStory, describeViolations, type Theme, type Violation } from './sweep.js';

export function fullSweep(theme: Theme) {
  it(`every story in every locale (${theme}) has no axe violations`, async () => {
    const stories = allStories();
    const results: { story: string; locale: string; theme: Theme; violations: number }[] = [];
    const violations: Violation[] = [];
    for (const story of stories) {
      for (const locale of LOCALES) {
        const found = await checkStory(story, locale.code, theme);
        results.push({ story: story.id, locale: locale.code, theme, violations: found.length });
        violations.push(...found);
      }
    }
    await writeFile({
      path: `../../reports/a11y/results-${theme}.json`,
      content: JSON.stringify({ date: new Date().toISOString(), axeTags: AXE_TAGS, theme, results, violations }),
    });
    expect(violations, describeViolations(violations)).to.deep.equal([]);
  });
}
