// Real sign-in in the browser: the server runs without the login simulator, against a real OpenID
// provider (tests/oidc/provider.mjs, the npm oidc-provider) on loopback. A young person and a school's
// staff member press "Log ind", type into the provider's own login page, and land back in the app on
// the screen they came from, logged in; a reload keeps them logged in; "Log ud" ends the provider's
// session too and leaves a clean page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { clickWidget, openApp, waitForValue, widget } from './lib/browser.mjs';
import { requiredEnv, startFixture } from './lib/fixture.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
let fixture;
let provider;
let publicUrl;
let young;

async function freePort() {
  const probe = net.createServer();
  await new Promise(resolve => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise(resolve => probe.close(resolve));
  return port;
}

async function startProvider(args) {
  const child = spawn('node', [path.join(here, '..', 'oidc', 'provider.mjs'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const issuer = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('provider did not start: ' + out)), 20000);
    child.stdout.on('data', chunk => {
      out += chunk;
      const match = out.match(/\{"issuer":"([^"]+)"\}/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', code => { clearTimeout(timer); reject(new Error('provider exited with ' + code + ': ' + out)); });
  });
  return { issuer, stop() { child.kill('SIGTERM'); } };
}

before(async () => {
  const demo = JSON.parse(execFileSync(requiredEnv('OPTAGELSE_CLI_BINARY'), ['demo', '--seed', '11', '--pupils', '30']).toString());
  young = demo.persons.find(p => p.guardians && p.guardians.length > 0 && !p.name_protected && Number(p.cpr.slice(4, 6)) === 10);
  const dir = mkdtempSync(path.join(tmpdir(), 'optagelse-sign-in-'));
  const secret = 'a-client-secret-for-the-browser-test';
  const secretFile = path.join(dir, 'client-secret');
  writeFileSync(secretFile, secret, { mode: 0o600 });
  writeFileSync(path.join(dir, 'accounts.json'), JSON.stringify({
    young: { cpr: young.cpr },
    staff: { role: 'school', organisation: '101002' },
  }));
  const port = await freePort();
  publicUrl = `http://127.0.0.1:${port}`;
  provider = await startProvider(['--redirect-uri', `${publicUrl}/api/v1/session/oidc/callback`, '--post-logout-uri', `${publicUrl}/`,
                                  '--client-secret', secret, '--accounts', path.join(dir, 'accounts.json')]);
  fixture = await startFixture({ extraArgs: ['--port', String(port), '--now', '2027-02-10T10:00:00Z', '--today', '2027-02-10',
                                             '--oidc-issuer', provider.issuer, '--oidc-client-id', 'optagelse',
                                             '--oidc-client-secret-file', secretFile, '--public-url', publicUrl] });
});
after(async () => {
  if (fixture) await fixture.stop();
  if (provider) provider.stop();
});

// The provider's own login page (its development login: any password).
async function logInAtProvider(page, login) {
  await page.waitForURL(url => url.href.startsWith(provider.issuer), { timeout: 15000 });
  await page.fill('input[name="login"]', login);
  await page.fill('input[name="password"]', 'any password');
  await page.click('button[type="submit"]');
  await page.waitForURL(url => url.href.startsWith(publicUrl), { timeout: 15000 });
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
}

test('a young person logs in with MitID at the provider, lands on the application, stays logged in on reload, and logs out', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1400 } });
  // The app's own errors (the provider's development pages ask the internet for a web font, in vain).
  const errors = [];
  page.on('console', m => { if (m.type() === 'error' && m.location().url.startsWith(publicUrl)) errors.push(m.text()); });
  page.on('pageerror', e => { if (page.url().startsWith(publicUrl)) errors.push(String(e)); });
  await clickWidget(page, 'nav.apply');
  await widget(page, 'login.mitid');
  // No simulator on this server: nobody can pick who they are.
  assert.equal(await page.evaluate(() => window.optagelse.widgets.some(w => w.id.startsWith('login.demo') || w.id === 'login.id')), false);
  await clickWidget(page, 'login.mitid');
  await logInAtProvider(page, 'young');
  // Back where they were, logged in as themselves, with a clean address.
  await waitForValue(page, 'apply.status', 'Kladde');
  assert.equal((await widget(page, 'nav.apply')).value, 'true');
  assert.equal((await widget(page, 'apply.me.name')).value, young.name);
  await waitForValue(page, 'nav.who', `Logget ind som ${young.name}`);
  assert.equal(new URL(page.url()).search, '');
  await page.screenshot({ path: path.join(fixture.screenshots, 'sign-in-returned.png') });

  await page.reload();
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
  await clickWidget(page, 'nav.apply');
  await waitForValue(page, 'apply.status', 'Kladde');

  // Logging out ends the provider's session too: its sign-out page, then back to the app's start.
  await clickWidget(page, 'nav.logout');
  await page.waitForURL(url => url.href.startsWith(provider.issuer), { timeout: 15000 });
  await page.click('button[name="logout"]');
  await page.waitForURL(url => url.href.startsWith(publicUrl), { timeout: 15000 });
  await page.waitForFunction(() => window.optagelse && window.optagelse.ready, null, { timeout: 30000 });
  await widget(page, 'nav.login');
  assert.equal(await page.evaluate(async () => (await fetch('/api/v1/session')).status), 401);
  assert.deepEqual(errors.filter(e => !e.includes('status of 401')), []);
  await context.close();
});

test('school staff log in through the staff login and land on the pupil report as their school', async () => {
  const { page, context } = await openApp(fixture.browser, fixture.server.url, { viewport: { width: 1100, height: 1000 } });
  await clickWidget(page, 'nav.school');
  await clickWidget(page, 'login.staff');
  await logInAtProvider(page, 'staff');
  await waitForValue(page, 'school.logged_in', 'Logget ind som skole 101002');
  assert.equal((await widget(page, 'nav.who')).value, 'Logget ind som skole 101002');
  await context.close();
});
