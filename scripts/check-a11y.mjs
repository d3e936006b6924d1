// npm run check:a11y: runs the full sweep (every story × every locale × every theme under axe-core), then prints
// a summary table and writes reports/a11y/report.json and reports/a11y/report.html for an audit.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';

const dir = 'reports/a11y';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const run = spawnSync('npx', ['web-test-runner', '--config', 'web-test-runner.a11y.config.mjs'], { stdio: 'inherit' });

const themes = ['light', 'dark', 'high-contrast'];
const parts = themes.map((t) => `${dir}/results-${t}.json`).filter((file) => existsSync(file));
if (parts.length === 0) {
  console.error('The sweep wrote no results.');
  process.exit(run.status || 1);
}
const data = parts.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const results = data.flatMap((d) => d.results);
const violations = data.flatMap((d) => d.violations);
const stories = [...new Set(results.map((r) => r.story))];
const locales = [...new Set(results.map((r) => r.locale))];

const table = stories.map((story) => {
  const row = { story };
  for (const theme of themes) {
    const rows = results.filter((r) => r.story === story && r.theme === theme);
    row[theme] = rows.length ? `${rows.reduce((n, r) => n + r.violations, 0)} in ${rows.length}` : '—';
  }
  return row;
});
console.log(`\nAccessibility sweep: ${stories.length} stories × ${locales.length} locales × ${parts.length} themes`);
console.log(`(axe-core rules: ${data[0].axeTags.join(', ')}); cells: violations in checked renders`);
console.table(table);
console.log(`${results.length} renders checked, ${violations.length} violations`);

const report = {
  date: new Date().toISOString(),
  axeTags: data[0].axeTags,
  stories,
  locales,
  themes,
  results,
  violations,
};
writeFileSync(`${dir}/report.json`, JSON.stringify(report, null, 2));
const escape = (text) =>
  String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
writeFileSync(
  `${dir}/report.html`,
  `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sugam accessibility sweep</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #737373;padding:.25rem .5rem;text-align:start}</style>
<h1>Sugam accessibility sweep</h1>
<p>${escape(report.date)} · axe-core rules ${escape(report.axeTags.join(', '))} · ${stories.length} stories × ${locales.length} locales × ${parts.length} themes = ${results.length} renders · <strong>${violations.length} violations</strong></p>
<h2>Summary</h2>
<table><thead><tr><th scope="col">Story</th>${themes.map((t) => `<th scope="col">${t}</th>`).join('')}</tr></thead><tbody>
${table.map((row) => `<tr><th scope="row">${escape(row.story)}</th>${themes.map((t) => `<td>${escape(row[t])}</td>`).join('')}</tr>`).join('\n')}
</tbody></table>
<h2>Violations</h2>
${
  violations.length === 0
    ? '<p>None.</p>'
    : `<table><thead><tr><th scope="col">Story</th><th scope="col">Locale</th><th scope="col">Theme</th><th scope="col">Rule</th><th scope="col">Impact</th><th scope="col">Elements</th></tr></thead><tbody>
${violations.map((v) => `<tr><td>${escape(v.story)}</td><td>${escape(v.locale)}</td><td>${escape(v.theme)}</td><td>${escape(v.rule)}: ${escape(v.help)}</td><td>${escape(v.impact)}</td><td>${escape(v.elements.join(' '))}</td></tr>`).join('\n')}
</tbody></table>`
}
</html>
`,
);
console.log(`Reports: ${dir}/report.json, ${dir}/report.html`);
process.exit(run.status ?? (violations.length ? 1 : 0));
