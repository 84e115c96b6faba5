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
    server, browser, demo, screenshots,
    async stop() { await browser.close(); await server.stop(); },
  };
}
