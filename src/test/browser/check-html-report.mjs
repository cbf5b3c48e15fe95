// Opens HTML reports in headless Debian Chromium, as a reader would, and checks what each shows: the
// summary counts agree with the JSON report of the same run (incident-notice.json beside it), every
// notice is there worst first with its verdict, the page makes no request and logs no console error,
// and it fits a phone's width. Each notice is listed and headed by its title and date (those of its front matter,
// read from the notice file where the page's project has it), its file beneath, and a warning is drawn in
// other colours than an error. Screenshots (phone and desktop) go to <screenshot-dir>/<name>/.
//
// usage: node check-html-report.mjs <screenshot-dir> <name>=<incident-notice.html>...
import { chromium } from 'playwright-core';
import { readFileSync, mkdirSync, existsSync } from 'node:fs';
import { resolve, join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';

const [shotRoot, ...pages] = process.argv.slice(2);
if (!shotRoot || pages.length === 0) {
  console.error('usage: node check-html-report.mjs <screenshot-dir> <name>=<report.html>...');
  process.exit(2);
}

/**
 * The title and date of a notice's YAML front matter, read with two patterns (enough for the fixtures the ITs and
 * the golden report check), or null when the file is not found beside the report or has none.
 */
function frontMatter(htmlPath, file) {
  // an IT's report is <project>/target/incident-notice/incident-notice.html; the golden one reads src/test/resources/reports
  const bases = [resolve(dirname(htmlPath), '../..'), resolve(dirname(htmlPath), '../../src/test/resources/reports')];
  const path = bases.map((b) => join(b, file)).find((p) => existsSync(p));
  if (!path) return null;
  const text = readFileSync(path, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (!m) return null;
  const value = (key) => {
    const v = new RegExp(`^${key}:[ \\t]*(.*?)[ \\t]*$`, 'm').exec(m[1]);
    return v ? v[1].replace(/^(['"])(.*)\1$/, '$2') : null;
  };
  return { title: value('title'), date: value('date') };
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
      // listed and headed by its title and date, with its file as secondary text; by its file when it has no title
      const heading = article.locator('h2');
      const titled = (await heading.locator('.title').count()) === 1;
      const tocEntry = page.locator(`nav [data-toc="${i + 1}"]`);
      check(`${label} ${size}: ${file} listed`, (await tocEntry.count()) === 1);
      const source = frontMatter(htmlPath, file);
      if (titled) {
        const title = (await heading.locator('.title').innerText()).trim();
        check(`${label} ${size}: ${file} headed by a title`, title.length > 0);
        check(`${label} ${size}: ${file} file shown beneath its title`,
          (await article.locator('p.file').isVisible()) && (await heading.locator('.file').count()) === 0);
        check(`${label} ${size}: ${file} listed by its title`,
          (await tocEntry.locator('.title').innerText()).trim() === title);
        if (source && source.title) {
          check(`${label} ${size}: ${file} title is the front matter's`, title === source.title, `page "${title}", file "${source.title}"`);
        }
      } else {
        check(`${label} ${size}: ${file} without a title is headed by its file`, (await heading.locator('.file').count()) === 1);
        check(`${label} ${size}: ${file} has no title in its front matter`, !source || !source.title, source && source.title);
      }
      const time = heading.locator('time.date');
      if (source && source.date) {
        check(`${label} ${size}: ${file} date shown`, (await time.count()) === 1 && (await time.isVisible()));
        if ((await time.count()) === 1) {
          const shown = await time.getAttribute('datetime');
          check(`${label} ${size}: ${file} date is the front matter's`, Date.parse(shown) === Date.parse(source.date)
            || shown.startsWith(source.date), `page ${shown}, file ${source.date}`);
          check(`${label} ${size}: ${file} listed with its date`,
            (await tocEntry.locator('time.date').getAttribute('datetime')) === shown);
        }
      }
    }
    // a warning is drawn apart from an error, and labelled in words: the legend's badges, and each finding's
    const colours = async (selector) => page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => {
      const st = getComputedStyle(el);
      return { background: st.backgroundColor, colour: st.color, border: st.borderLeftColor, text: el.textContent.trim() };
    }), selector);
    const [legendError] = await colours('.legend .level.error');
    const [legendWarning] = await colours('.legend .level.warning');
    check(`${label} ${size}: legend labels an error`, legendError && legendError.text === 'error');
    check(`${label} ${size}: legend labels a warning`, legendWarning && legendWarning.text === 'warning');
    check(`${label} ${size}: a warning's badge colour differs from an error's`, legendError && legendWarning
      && legendError.background !== legendWarning.background && legendError.colour !== legendWarning.colour,
      JSON.stringify([legendError, legendWarning]));
    const errorFindings = await colours('.finding.error');
    const warningFindings = await colours('.finding.warning');
    const listed = (level) => report.notices.reduce((n, x) => n + x.findings.filter((f) => f.level === level).length, 0);
    check(`${label} ${size}: finding classes agree with the JSON levels`,
      errorFindings.length === listed('error') && warningFindings.length === listed('warning'),
      `page ${errorFindings.length} errors, ${warningFindings.length} warnings`);
    for (const w of warningFindings) {
      check(`${label} ${size}: a warning finding is drawn apart from errors`, errorFindings.every((e) =>
        e.border !== w.border && e.background !== w.background), JSON.stringify(w));
    }
    const badges = await colours('.finding .level');
    check(`${label} ${size}: every finding is labelled error or warning in words`,
      badges.length === errorFindings.length + warningFindings.length && badges.every((b) => b.text === 'error' || b.text === 'warning'));
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
