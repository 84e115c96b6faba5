// Shared set-up for browser tests: demo data from the real CLI, the real server serving the real
// WebAssembly build, and Debian's Chromium. Paths come from ctest's environment.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';

export function requiredEnv(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (run the browser tests through ctest)`);
  return value;
}

export async function startFixture({ pupils = 30, extraArgs = [] } = {}) {
  const cli = requiredEnv('OPTAGELSE_CLI_BINARY');
  const demoDir = mkdtempSync(path.join(tmpdir(), 'optagelse-demo-'));
  const demoPath = path.join(demoDir, 'demo.json');
  writeFileSync(demoPath, execFileSync(cli, ['demo', '--seed', '11', '--pupils', String(pupils)]));
  const demo = JSON.parse(execFileSync(cli, ['demo', '--seed', '11', '--pupils', String(pupils)]).toString());
  const server = await startServer({
    serverBinary: requiredEnv('OPTAGELSE_SERVER_BINARY'),
    webRoot: requiredEnv('OPTAGELSE_WEB_ROOT'),
    demoData: demoPath,
    extraArgs,
  });
  const browser = await launchBrowser();
  const screenshots = process.env.OPTAGELSE_SCREENSHOT_DIR || path.join(tmpdir(), 'optagelse-screenshots');
  mkdirSync(screenshots, { recursive: true });
  return {
    server, browser, demo, demoPath, screenshots,
    async stop() { await browser.close(); await server.stop(); },
  };
}

// Logs in through the API (role and organisation, or a citizen's CPR) and returns a small client
// that sends the session cookie and CSRF token with every call.
export async function apiSession(url, login) {
  const answer = await fetch(url + 'api/v1/session', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(login) });
  if (answer.status !== 200) throw new Error(`login ${JSON.stringify(login)} failed: ${answer.status} ${await answer.text()}`);
  const session = await answer.json();
  const headers = { Cookie: answer.headers.get('set-cookie').split(';')[0], 'X-CSRF-Token': session.csrf_token };
  async function call(method, path, body, contentType = 'application/json') {
    const sent = await fetch(url + path, { method, headers: { ...headers, 'Content-Type': contentType },
                                           body: body === undefined ? undefined : contentType === 'application/json' ? JSON.stringify(body) : body });
    const text = await sent.text();
    return { status: sent.status, json: text.startsWith('{') ? JSON.parse(text) : null };
  }
  return { headers, call };
}
