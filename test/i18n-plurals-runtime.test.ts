// Plural rules when the browser's own data is wrong: WebKitGTK (ICU 72) names Konkani but answers "other" for
// every count. Runs in its own page, so no rule is cached before Intl is changed here.
import { expect } from '@open-wc/testing';
import { getPluralRule } from '@sugam/i18n';

describe('plural rules with a browser that names a language but has no rules for it', () => {
  const NativeRules = Intl.PluralRules;
  /** Intl.PluralRules as that browser has it: the root rule for kok and brx, the real one for the others. */
  class RootOnlyFor extends NativeRules {
    readonly #root: boolean;
    constructor(locales?: string | string[], options?: Intl.PluralRulesOptions) {
      super(locales, options);
      this.#root = /^(kok|brx)\b/.test(String(locales)) && options?.type !== 'ordinal';
    }
    override select(n: number): Intl.LDMLPluralRule {
      return this.#root ? 'other' : super.select(n);
    }
    override resolvedOptions(): Intl.ResolvedPluralRulesOptions {
      const options = super.resolvedOptions();
      return this.#root ? { ...options, pluralCategories: ['other'] } : options;
    }
  }

  const intl = Intl as unknown as { PluralRules: unknown };
  before(() => {
    intl.PluralRules = RootOnlyFor;
  });
  after(() => {
    intl.PluralRules = NativeRules;
  });

  it('uses CLDR’s Konkani rule of its own (0 and 1 are "one"), not "other" for every count', () => {
    const rule = getPluralRule('kok')!;
    expect([0, 1, 2, 5].map((n) => rule.select(n))).to.deep.equal(['one', 'one', 'other', 'other']);
    expect(rule.resolvedOptions().pluralCategories).to.deep.equal(['one', 'other']);
  });

  it('says so and uses "other" where it has no rule of its own (Bodo)', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      expect(getPluralRule('brx')!.resolvedOptions().pluralCategories).to.deep.equal(['other']);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      '[sugam] this browser has no plural rules for "brx"; using "other" for every count.',
    ]);
  });

  it('keeps the browser’s rules where they are real (Hindi)', () => {
    expect(getPluralRule('hi')!.resolvedOptions().pluralCategories).to.deep.equal(['one', 'other']);
  });
});
