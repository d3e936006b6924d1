// Proves the build fails on a broken reference and names the token that holds it.
// Runs the same Style Dictionary configuration as build.mjs on a small token set with one bad reference.
import StyleDictionary from 'style-dictionary';
import { styleDictionaryConfig } from './build.mjs';

const tokens = {
  color: {
    $type: 'color',
    neutral: { 900: { $value: '#171717' } },
    text: { default: { $value: '{color.neutral.900}' }, broken: { $value: '{color.neutral.9000}' } },
  },
};
const platforms = { css: { transformGroup: 'css', prefix: 'sugam', files: [] } };
const sd = new StyleDictionary(styleDictionaryConfig({ tokens, platforms }));
const log = console.log;
let message = '';
try {
  console.log = () => {};
  await sd.getPlatformTokens('css');
} catch (error) {
  message = error instanceof Error ? error.message : String(error);
} finally {
  console.log = log;
}
if (!message.includes('color.text.broken') || !message.includes('color.neutral.9000')) {
  console.error(
    `Expected the build to fail naming color.text.broken and color.neutral.9000; got: ${message || 'no error'}`,
  );
  process.exit(1);
}
console.log(
  `@sugam/tokens: a broken reference fails the build: ${message
    .split('\n')
    .find((l) => l.includes('color.text.broken'))
    .trim()}`,
);
