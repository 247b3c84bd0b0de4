/**
 * The web app end to end in a real browser (Debian's Chromium driven by playwright-core): the
 * founding article's event page with its highlighted evidence, the events page with its filters
 * in the URL, map, timeline brushing and keyboard use, and the extract page. Screenshots are
 * saved under test-artifacts/. Where no Chromium is installed the tests are skipped and say so.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO_ROOT } from '../bench/shared-data.js';
import { startServer, type RunningServer } from '../src/server/start-server.js';
import type { Store } from '../src/store/store.js';
import { FOUNDING_TEXT, servedStore } from './helpers/served-store.js';
import { CHROMIUM, launchChromium } from './helpers/headless-chromium.js';

// Browser globals used inside page callbacks: the tests compile without the DOM library.
declare const document: {
  documentElement: { dataset: Record<string, string | undefined> };
  querySelectorAll(selector: string): { length: number };
  getElementById(id: string): { textContent: string | null } | null;
};
declare const location: { search: string; hash: string };

const skip = existsSync(CHROMIUM)
  ? false
  : `browser tests skipped: no Chromium at ${CHROMIUM} (install Debian's chromium, or set DATELINE_CHROMIUM)`;
if (skip) process.stdout.write(`web-browser: ${skip}\n`);

const ARTIFACTS = join(REPO_ROOT, 'test-artifacts');
const dir = mkdtempSync(join(tmpdir(), 'dateline-web-'));
let store: Store;
let server: RunningServer;
let context: BrowserContext;
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`external request: ${r.url()}`);
  });
  return page;
}

describe('web app in Chromium', { skip }, () => {
  before(async () => {
    store = await servedStore(join(dir, 'web.db'), true);
    server = await startServer({ store, host: '127.0.0.1', port: 0 });
    context = await launchChromium('dateline-chromium-');
    mkdirSync(ARTIFACTS, { recursive: true });
  });
  after(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("the founding article's event page highlights the evidence of each field", async () => {
    // E1 of the founding article: the first event of its record, wherever the store merged it.
    const api = async <T>(path: string) => (await (await fetch(server.url + path)).json()) as T;
    const [hit] = (await api<{ hits: { document: { id: string } }[] }>('/api/search?q=Soleimani')).hits;
    assert.ok(hit, 'the founding article is in the store');
    const doc = await api<{ record: { events: { id: string }[] } }>(`/api/documents/${hit.document.id}`);
    const e1 = doc.record.events[0]!.id;
    const list = await api<{ events: { id: string }[] }>('/api/events?text=Soleimani&limit=100');
    type Detail = {
      reports: { document: { id: string }; event: { id: string }; evidence: { field: string; text: string }[] }[];
    };
    let rally: { id: string } | undefined;
    let evidence: Detail['reports'][number]['evidence'] = [];
    for (const e of list.events) {
      const report = (await api<Detail>(`/api/events/${e.id}`)).reports.find(
        (r) => r.document.id === hit.document.id && r.event.id === e1,
      );
      if (report) [rally, evidence] = [e, report.evidence];
    }
    assert.ok(rally, 'the founding event is listed');
    const page = await newPage();
    await page.goto(`${server.url}/event.html?id=${rally.id}`);
    await page.locator('#content').waitFor({ state: 'visible' });
    // The heading names the event as the store has it (type, date), whatever the pipeline found.
    const canonical = (await api<{ event: { type: string; date: { value: string } } }>(`/api/events/${rally.id}`))
      .event;
    const heading = await page.locator('h1').innerText();
    assert.ok(heading.startsWith(canonical.type) && heading.endsWith(canonical.date.value), heading);
    const articleText = await page.locator('#article-text').innerText();
    assert.ok(articleText.includes('Major crowds have gathered'), 'the article text is shown');
    // Every field with evidence is highlighted with its own words.
    const marked = async (field: string) =>
      (await page.locator(`#article-text mark[data-fields~="${field}"]`).allInnerTexts()).map((t) =>
        t.replace(/\s*\([^)]*\)$/, ''),
      );
    const fields = [...new Set(evidence.map((e) => e.field))];
    assert.ok(
      fields.includes('date') && fields.includes('trigger'),
      `the rally's date and mention have evidence (${fields})`,
    );
    for (const field of fields) {
      const shown = (await marked(field)).join('');
      for (const { text: words } of evidence.filter((e) => e.field === field)) {
        assert.ok(shown.includes(words), `${field}: "${words}" is highlighted`);
        assert.ok(FOUNDING_TEXT.includes(words));
      }
    }
    // The fields list links to the highlighted words, and the links work from the keyboard.
    const link = page.locator('.fields-list a.hl-date').first();
    const href = await link.getAttribute('href');
    assert.ok(href?.startsWith('#ev-'));
    await link.focus();
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), href);
    const dateWords = evidence.find((e) => e.field === 'date')!.text;
    assert.ok(
      dateWords.startsWith((await page.locator(`${href}`).innerText()).replace(/\s*\([^)]*\)$/, '').slice(0, 3)),
    );
    // Screen readers hear which field a highlight is evidence of.
    assert.match(await page.locator('#article-text mark[data-fields~="date"] .sr-only').first().innerText(), /date/);
    assert.match(await page.locator('#sources').innerText(), /Press TV/);
    await page.screenshot({ path: join(ARTIFACTS, 'event-page-founding-article.png'), fullPage: true });
    await page.close();
  });

  test('the events page: filters in the URL, map, timeline brushing, list, keyboard', async () => {
    const page = await newPage();
    const protests = ((await (await fetch(`${server.url}/api/events?type=PROTEST`)).json()) as { total: number }).total;
    const placed = (
      (await (await fetch(`${server.url}/api/event-points?type=PROTEST`)).json()) as { lat: unknown[] }
    ).lat.filter((v) => v !== null).length;
    const asked: string[] = [];
    page.on('request', (r) => asked.push(r.url().slice(server.url.length)));
    await page.goto(`${server.url}/?type=PROTEST`);
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    // The page's head preloads its first two requests, and its scripts use those answers.
    for (const path of ['/api/event-points?type=PROTEST', '/api/events?type=PROTEST&limit=50&offset=0']) {
      assert.equal(asked.filter((u) => u === path).length, 1, `${path} asked once: ${asked.join(' ')}`);
    }
    assert.equal(await page.locator('#event-rows tr').count(), Math.min(50, protests));
    assert.ok(await page.locator('#type-boxes input[value=PROTEST]').isChecked(), 'the URL filter fills the form');
    assert.match((await page.locator('#map').getAttribute('aria-label')) ?? '', new RegExp(`Map of ${placed} events`));
    assert.match((await page.locator('#timeline').getAttribute('aria-label')) ?? '', /to 2021-05-20/);
    await page.screenshot({ path: join(ARTIFACTS, 'events-page.png'), fullPage: true });

    // Filtering by country from the form puts it in the URL, so the view can be shared.
    await page.fill('#f-country', 'ng');
    await page.click('#filters button[type=submit]');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('country') === 'NG');
    await page.waitForFunction(() => document.querySelectorAll('#event-rows tr').length === 3);
    assert.match(await page.locator('#summary').innerText(), /^3 events/);

    // Brushing the timeline's right end selects May 2021 and filters the list.
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    const box = (await page.locator('#timeline').boundingBox())!;
    await page.mouse.move(box.x + box.width - 40, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.up();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('to') !== null);
    const q = new URL(page.url()).searchParams;
    assert.ok(q.get('from')! >= '2021-01-01', `brushed from ${q.get('from')}`);
    assert.equal(await page.locator('#f-to').inputValue(), q.get('to'));

    // Escape on the focused timeline clears the brush.
    await page.focus('#timeline');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => new URLSearchParams(location.search).get('from') === null);

    // From the keyboard: focus the map, open the events nearest the centre, follow one.
    await page.goto(`${server.url}/?country=KE`);
    await page.waitForFunction(() => document.documentElement.dataset.rendered);
    await page.focus('#map');
    await page.keyboard.press('Enter');
    await page.locator('#cluster-list').waitFor({ state: 'visible' });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/event\.html\?id=/);
    await page.locator('#content').waitFor({ state: 'visible' });
    assert.match(await page.locator('h1').innerText(), /COERCE.*Nairobi/);
    await page.close();
  });

  test('the extract page shows the record of a pasted article and of an uploaded file', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/extract.html`);
    await page.fill('#article', 'Nurses marched in Kisumu on 3 March 2025 to demand unpaid wages, the union said.');
    await page.fill('#published', '2025-03-04');
    await page.click('#extract-form button[type=submit]');
    await page.locator('#result').waitFor({ state: 'visible' });
    assert.match(await page.locator('#status').innerText(), /\d+ events?, \d+ quotes?/);
    assert.match((await page.locator('#article-text').textContent()) ?? '', /Nurses.*marched.*in Kisumu/s);
    assert.match(
      await page
        .locator('#json')
        .textContent()
        .then((t) => t ?? ''),
      /"published": "2025-03-04"/,
    );
    await page.setInputFiles('#file', join(REPO_ROOT, 'examples', 'baghdad-rally-2020-01-24.html'));
    await page.waitForFunction(() => /Read baghdad-rally/.test(document.getElementById('status')?.textContent ?? ''));
    await page.click('#extract-form button[type=submit]');
    await page.waitForFunction(() =>
      /Major crowds have gathered/.test(document.getElementById('article-text')?.textContent ?? ''),
    );
    await page.screenshot({ path: join(ARTIFACTS, 'extract-page.png'), fullPage: true });
    await page.close();
  });

  test('no page error, console error or request outside the server', () => {
    assert.deepEqual(problems, []);
  });
});
