// Opens HTML reports in headless Debian Chromium, as a reader would, and checks what each shows: the
// summary counts agree with the JSON report of the same run (incident-notice.json beside it), every
// notice is there worst first with its verdict, the page makes no request and logs no console error,
// and it fits a phone's width. Screenshots (phone and desktop) go to <screenshot-dir>/<name>/.
//
// usage: node check-html-report.mjs <screenshot-dir> <name>=<incident-notice.html>...
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shotRoot, ...pages] = process.argv.slice(2);
if (!shotRoot || pages.length === 0) {
  console.error('usage: node check-html-report.mjs <screenshot-dir> <name>=<report.html>...');
  process.exit(2);
}

let passed = 0;
const failures = [];
function check(what, ok, detail = '') {
  if (ok) {
    passed++;
  } else {
    failures.push(`${what}${detail ? ': ' + detail : ''}`);
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  for (const spec of pages) {
  const [label, htmlPath] = spec.includes('=') ? spec.split(/=(.*)/s, 2) : ['report', spec];
  const report = JSON.parse(readFileSync(join(dirname(htmlPath), 'incident-notice.json'), 'utf8'));
  const url = pathToFileURL(resolve(htmlPath)).href;
  const shotDir = join(shotRoot, label);
  mkdirSync(shotDir, { recursive: true });
  for (const [size, viewport] of [['phone', { width: 390, height: 844 }], ['desktop', { width: 1280, height: 900 }]]) {
    const context = await browser.newContext({ viewport });
    const page = await context.newPage();
    const consoleErrors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
    await page.goto(url, { waitUntil: 'load' });

    const s = report.summary;
    const expected = { notices: s.notices, passed: s.notices - s.failed, failed: s.failed, errors: s.errors,
      warnings: s.warnings, waivers: s.waivers };
    for (const [id, value] of Object.entries(expected)) {
      const shown = (await page.locator(`[data-count="${id}"] dd`).innerText()).trim();
      check(`${label} ${size}: ${id} count`, shown === String(value), `page shows ${shown}, JSON says ${value}`);
    }
    const articles = page.locator('article.notice');
    check(`${label} ${size}: one section per notice`, (await articles.count()) === report.notices.length);
    const byFile = new Map(report.notices.map((n) => [n.file, n]));
    let previousErrors = Infinity;
    for (let i = 0; i < (await articles.count()); i++) {
      const article = articles.nth(i);
      const file = (await article.locator('.file').innerText()).trim();
      const notice = byFile.get(file);
      check(`${label} ${size}: notice ${file} is in the JSON report`, notice !== undefined);
      if (!notice) continue;
      const verdict = (await article.locator('.verdict').innerText()).trim().toLowerCase();
      check(`${label} ${size}: verdict of ${file}`, verdict === notice.verdict, `page ${verdict}, JSON ${notice.verdict}`);
      const errors = notice.findings.filter((f) => f.level === 'error').length;
      check(`${label} ${size}: ${file} listed worst first`, errors <= previousErrors);
      previousErrors = errors;
      check(`${label} ${size}: findings of ${file}`, (await article.locator('.finding').count()) === notice.findings.length);
      check(`${label} ${size}: marks of ${file}`, (await article.locator('.mark').count()) === Object.keys(notice.elements).length);
      // what the check read: each present element's evidence, and the closest candidate of each missing one
      const present = Object.entries(notice.evidence || {}).filter(([id]) => id in notice.elements);
      check(`${label} ${size}: evidence of ${file}`, (await article.locator('[data-evidence]').count()) === present.length);
      for (const [id, at] of present) {
        const shown = (await article.locator(`[data-evidence="${id}"]`).innerText()).replace(/\s+/g, ' ');
        check(`${label} ${size}: ${file} ${id} evidence at line ${at.line}`,
          shown.includes(`line ${at.line}:${at.column}`) && shown.includes(at.excerpt.replace(/\s+/g, ' ')), shown);
      }
      const closest = notice.findings.filter((f) => f.closest);
      check(`${label} ${size}: closest candidates of ${file}`, (await article.locator('.closest').count()) === closest.length);
      for (const f of closest) {
        const shown = await article.locator(`.closest[data-closest-line="${f.closest.line}"]`).count();
        check(`${label} ${size}: ${file} ${f.rule} closest at line ${f.closest.line}`, shown > 0);
      }
      // said once, in its own span: the message text beside it no longer repeats it
      const texts = await article.locator('.finding').allInnerTexts();
      check(`${label} ${size}: ${file} closest shown once`, texts.every((t) => !t.includes('Closest: ')),
        texts.find((t) => t.includes('Closest: ')));
      check(`${label} ${size}: ${file} visible`, await article.isVisible());
    }
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(`${label} ${size}: no sideways scrolling`, overflow <= 0, `${overflow}px wider than the screen`);
    check(`${label} ${size}: no console errors`, consoleErrors.length === 0, consoleErrors.join(' | '));
    check(`${label} ${size}: no requests`, requests.length === 0, requests.join(' '));
    await page.screenshot({ path: join(shotDir, `incident-notice-${size}.png`), fullPage: true });
    await context.close();
  }
  console.log(`checked ${htmlPath} in Chromium ${browser.version()}`);
  }
} finally {
  await browser.close();
}

for (const f of failures) console.error(`FAILED ${f}`);
console.log(`browser: ${passed} passed, ${failures.length} failed`);
process.exit(failures.length === 0 ? 0 : 1);
