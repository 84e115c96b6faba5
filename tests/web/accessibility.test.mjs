// The app as assistive technology and keyboards meet it (WCAG 2.1 AA), in a real browser
// against the real server: the accessibility tree of each main screen has its named controls (read
// from the mirror's real DOM elements, the way a screen reader reads them), axe-core finds no
// serious violation, status and errors are announced through live regions, focus follows the app
// and the app follows focus, and an applicant applies with the keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openApp, clickWidget, waitForValue } from './lib/browser.mjs';
import { startFixture } from './lib/fixture.mjs';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let fixture;
before(async () => {
  fixture = await startFixture({ extraArgs: ['--now', '2027-02-10T10:00:00Z', '--today', '2027-02-10', '--demo-login', 'yes'] });
});
after(async () => { if (fixture) await fixture.stop(); });

// Each main screen: how to reach it, and controls its accessibility tree must name.
const SCREENS = [
  { nav: 'nav.home', expect: ['heading "Optagelse" [level=1]', 'button "English"', 'radio "Forside" [checked]',
                              'heading "Søg ind på en ungdomsuddannelse"', 'button "Søg optagelse"', 'button "Underskriv som forælder"',
                              'button "Privatliv"', 'button "Tilgængelighed"'] },
  { nav: 'nav.school', expect: ['heading "Elevindberetning (Elevdatabasen)"', 'textbox "Institutionsnummer"',
                                'button "Log ind"'] },
  { nav: 'nav.apply', expect: ['heading "Ansøgning til ungdomsuddannelse"', 'textbox "CPR-nummer"', 'button "Log ind"',
                               'radio "Ansøgning" [checked]'] },
  { nav: 'nav.inbox', expect: ['radio "Institution" [checked]', 'radio "Vejleder (KUI)"', 'button "Log ind"',
                               'textbox "Institutionsnummer (fx 101001)"'] },
  { nav: 'nav.upv', expect: ['heading "Uddannelsesparathedsvurdering (UPV)"', 'textbox "CPR-nummer"',
                             'button "Nyt scenarie"'] },
  { nav: 'nav.allocation', expect: ['button "Indlæs datasæt"', 'radio "Fordeling" [checked]'] },
];

async function showScreen(page, nav) {
  await clickWidget(page, nav);
  await page.waitForFunction(id => window.optagelse.find(id).value === 'true', nav);
  // The mirror has caught up with the frame that drew the screen.
  await page.waitForFunction(id => document.querySelector(`[data-widget-id="${id}"]`)?.getAttribute('aria-checked') === 'true', nav);
}

test('each main screen\'s accessibility tree names its headings, fields, buttons and choices', async () => {
  const { page, context, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  for (const screen of SCREENS) {
    await showScreen(page, screen.nav);
    const tree = await page.locator('#a11y-mirror').ariaSnapshot();
    for (const line of screen.expect) assert.ok(tree.includes(line), `${screen.nav}: no ${line} in\n${tree}`);
    // Every control has a name, and every button the app draws is one a screen reader can press.
    const unnamed = await page.evaluate(() => [...document.querySelectorAll('#a11y-mirror button, #a11y-mirror input')]
      .filter(el => !(el.textContent.trim() || el.getAttribute('aria-label'))).map(el => el.dataset.widgetId));
    assert.deepEqual(unnamed, [], `${screen.nav}: unnamed controls`);
    const drawnButtons = await page.evaluate(() => window.optagelse.widgets.filter(w => w.role === 'button').map(w => w.id));
    for (const id of drawnButtons) {
      assert.equal(await page.locator(`#a11y-mirror button[data-widget-id="${id}"]`).count(), 1, `${screen.nav}: ${id} not mirrored`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('axe-core finds no serious or critical WCAG 2.1 A/AA violation on any main screen', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  await page.evaluate(axeSource);
  for (const screen of SCREENS) {
    await showScreen(page, screen.nav);
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    const serious = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => `${v.id}: ${v.help} (${v.nodes.map(n => n.target.join(' ')).join(', ')})`);
    assert.deepEqual(serious, [], `${screen.nav}`);
    assert.ok(result.passes.length > 5, `${screen.nav}: axe checked almost nothing (${result.passes.length} passes)`);
  }
  // The public pages behind the footer.
  for (const [link, heading] of [['footer.privacy', 'privacy.heading'], ['footer.accessibility', 'accessibility.heading'],
                                 ['footer.help', 'help.heading'], ['footer.about', 'about.heading']]) {
    await clickWidget(page, link);
    await page.waitForFunction(id => !!window.optagelse.find(id) &&
                                     !!document.querySelector(`[data-widget-id="${id}"]`), heading);
    const result = await page.evaluate(() => window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    }));
    const serious = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.help}`);
    assert.deepEqual(serious, [], link);
  }
  await context.close();
});

test('a status line is announced politely and an error at once, through live regions', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url + '?screen=about');
  await clickWidget(page, 'Tjek forbindelse');
  await waitForValue(page, 'health.result', 'database ok');
  await page.waitForFunction(() => /database ok/.test(document.getElementById('a11y-status').textContent));
  await clickWidget(page, 'nav.school');
  // A screen reader moves the DOM focus onto the mirrored field; the app makes it the active one.
  const field = page.locator('#a11y-mirror input[data-widget-id="login.id"]');
  await field.focus();
  await page.waitForFunction(() => window.optagelse.find('login.id').active);
  await page.keyboard.type('999999');
  await clickWidget(page, 'login.submit');
  const alert = await page.waitForFunction(() => document.getElementById('a11y-alert').textContent);
  assert.ok((await alert.jsonValue()).length > 10);
  await context.close();
});

// Presses Tab until the DOM focus is on the mirrored control of the widget (at most 150 presses).
async function tabTo(page, id) {
  for (let presses = 0; presses < 150; ++presses) {
    if (await page.evaluate(key => document.activeElement?.dataset?.widgetId === key, id)) return;
    await page.keyboard.press('Tab');
  }
  const widgets = await page.evaluate(() => window.optagelse.widgets.map(w => w.id).join(' '));
  throw new Error(`Tab never reached ${id}; drawn: ${widgets}`);
}

// Tabs to a text field, waits until the app has given it the keyboard, and types.
async function typeByKeyboard(page, id, text) {
  await tabTo(page, id);
  await page.waitForFunction(key => window.optagelse.find(key).active, id);
  await page.keyboard.type(text);
  await waitForValue(page, id, text);
}

test('keyboard only: an applicant logs in, finds a programme, adds it and sends the application', async () => {
  const minor = fixture.demo.persons.find(p => p.guardians && p.guardians.length > 0 && !p.name_protected &&
    Number(p.cpr.slice(4, 6)) === 10 && p.municipality_code === 101);
  const { page, context, errors } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  await tabTo(page, 'nav.apply');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.optagelse.find('nav.apply').value === 'true');
  await typeByKeyboard(page, 'login.id', minor.cpr);
  await tabTo(page, 'login.submit');
  await page.keyboard.press('Enter');
  await waitForValue(page, 'apply.status', 'Kladde');

  await typeByKeyboard(page, 'apply.search', 'København Gymnasium');
  await page.waitForFunction(() => /min\. \(anslået\)$/.test((window.optagelse.find('apply.add.101001.stx') || {}).label || ''));
  await tabTo(page, 'apply.add.101001.stx');
  await page.keyboard.press('Enter');
  await waitForValue(page, 'apply.wish.1', 'København Gymnasium - stx');
  // The keyboard's way to reorder is the arrow buttons; the drag handle is left out of the tree.
  assert.equal(await page.locator('#a11y-mirror [data-widget-id="apply.wish.1.drag"]').count(), 0);

  await typeByKeyboard(page, 'apply.email', 'ung@example.dk');
  await tabTo(page, 'apply.submit');
  // The app follows the DOM focus, and so draws its focus outline on the button (WCAG 2.4.7).
  await page.waitForFunction(() => window.optagelse.find('apply.submit').focused);
  await page.keyboard.press('Enter');
  await waitForValue(page, 'apply.status', 'Venter på underskrift');
  await page.screenshot({ path: path.join(fixture.screenshots, 'keyboard-only-submitted.png') });
  assert.deepEqual(errors, []);
  await context.close();
});

test('Escape closes the draft-deletion question, and a click on the canvas moves the DOM focus with the app', async () => {
  const person = fixture.demo.persons.filter(p => !p.name_protected && Number(p.cpr.slice(4, 6)) === 10 &&
    p.municipality_code === 147)[0];
  const { page, context } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1600 } });
  await showScreen(page, 'nav.apply');
  await typeByKeyboard(page, 'login.id', person.cpr);
  await tabTo(page, 'login.submit');
  await page.keyboard.press('Enter');
  await waitForValue(page, 'apply.status', 'Kladde');
  await typeByKeyboard(page, 'apply.email', 'kladde@example.dk');
  await tabTo(page, 'apply.save');
  await page.keyboard.press('Enter');
  await waitForValue(page, 'apply.message', 'Kladden er gemt.');
  await tabTo(page, 'apply.rights.erase');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !!window.optagelse.find('apply.rights.erase.confirm'));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !window.optagelse.find('apply.rights.erase.confirm') && !!window.optagelse.find('apply.rights.erase'));

  // A click on a field drawn in the canvas: the app activates it and the DOM focus follows.
  await clickWidget(page, 'apply.search');
  await page.waitForFunction(() => document.activeElement?.dataset?.widgetId === 'apply.search');
  await context.close();
});
