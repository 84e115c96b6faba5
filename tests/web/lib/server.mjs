// Starts the real server binary on a free loopback port with a fresh SQLite file, for browser tests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// `dir`: a directory whose database to use and keep (a restart at another --now); else a fresh one,
// removed on stop.
export async function startServer({ serverBinary, webRoot, demoData, extraArgs = [], dir: keptDir }) {
  const dir = keptDir || mkdtempSync(path.join(tmpdir(), 'optagelse-browser-'));
  const removeDir = () => { if (!keptDir) rmSync(dir, { recursive: true, force: true }); };
  const args = ['--port', '0', '--db', path.join(dir, 'test.db'), '--web-root', webRoot];
  if (demoData) args.push('--demo-data', demoData);
  args.push(...extraArgs);
  // The login simulator, unless the test signs in through an OpenID provider or says otherwise.
  if (!extraArgs.includes('--demo-login') && !extraArgs.includes('--oidc-issuer')) args.push('--demo-login', 'yes');
  const child = spawn(serverBinary, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('server did not start: ' + out)), 15000);
    child.stdout.on('data', chunk => {
      out += chunk;
      const match = out.match(/listening on (http:\/\/[^\s]+)/);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    });
    child.on('exit', code => { clearTimeout(timer); reject(new Error('server exited with ' + code + ': ' + out)); });
  });
  return {
    url,
    dir,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return removeDir();
      const exited = new Promise(resolve => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      removeDir();
    },
  };
}
