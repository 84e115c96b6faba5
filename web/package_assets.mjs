// Packs the browser app for a fast first screen: every asset the page loads gets a
// content-hashed name (served with a one-year immutable cache lifetime), index.html and the
// service worker are rewritten to name those, and each of them gets a gzip and a brotli copy
// beside it, so the server sends precompressed bytes and never compresses per request.
// Usage: node package_assets.mjs <web build dir> <source index.html> <source sw.js>
// Runs after every link of the web target (web/CMakeLists.txt); the plain names stay for tools.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const [outDir, indexSource, swSource] = process.argv.slice(2);
if (!outDir || !indexSource || !swSource) {
  console.error('usage: node package_assets.mjs <web build dir> <index.html> <sw.js>');
  process.exit(2);
}

// In the order the page needs them; optagelse.wasm is named to the page by a data attribute.
const ASSETS = ['shell.css', 'accessibility_mirror.js', 'shell.js', 'optagelse.js', 'optagelse.wasm'];
const HASHED = /\.[0-9a-f]{12}\.(js|css|wasm)(\.gz|\.br)?$/;

function compressCopies(file, bytes) {
  writeFileSync(file + '.gz', zlib.gzipSync(bytes, { level: 9 }));
  writeFileSync(file + '.br', zlib.brotliCompressSync(bytes, {
    params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }));
}

// Yesterday's hashed names and compressed copies go, so the folder holds one build only.
for (const name of readdirSync(outDir)) {
  if (HASHED.test(name) || name.endsWith('.gz') || name.endsWith('.br')) unlinkSync(path.join(outDir, name));
}

const hashedName = {};
for (const name of ASSETS) {
  const bytes = readFileSync(path.join(outDir, name));
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 12);
  const ext = path.extname(name);
  const hashed = `${path.basename(name, ext)}.${hash}${ext}`;
  writeFileSync(path.join(outDir, hashed), bytes);
  compressCopies(path.join(outDir, hashed), bytes);
  hashedName[name] = hashed;
}

// index.html: each src/href of an asset becomes its hashed name; the app's script also carries the
// WebAssembly file's name (shell.js hands it to Emscripten's locateFile).
let index = readFileSync(indexSource, 'utf8');
for (const [name, hashed] of Object.entries(hashedName)) {
  const reference = new RegExp(`(src|href)="${name.replace('.', '\\.')}"`, 'g');
  if (name !== 'optagelse.wasm' && !reference.test(index)) throw new Error(`index.html does not load ${name}`);
  index = index.replace(reference, `$1="${hashed}"`);
}
index = index.replace(`src="${hashedName['optagelse.js']}"`,
                      `src="${hashedName['optagelse.js']}" data-wasm="${hashedName['optagelse.wasm']}"`);
// The WebAssembly download starts with the page, not after the app's script has run (the fetch
// that instantiates it then takes the preloaded response: same URL, same credentials mode).
const preload = `<link rel="preload" href="${hashedName['optagelse.wasm']}" as="fetch" type="application/wasm" crossorigin>`;
if (!index.includes('</head>')) throw new Error('index.html has no </head> for the preload');
index = index.replace('</head>', preload + '\n</head>');
writeFileSync(path.join(outDir, 'index.html'), index);
compressCopies(path.join(outDir, 'index.html'), Buffer.from(index));

// The service worker keeps exactly this build's files, in a cache named after them.
const files = ['/', ...ASSETS.map(name => '/' + hashedName[name])];
const cacheName = 'optagelse-app-' + createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
let sw = readFileSync(swSource, 'utf8');
const before = sw;
sw = sw.replace(/^const CACHE = .*$/m, `const CACHE = '${cacheName}';`)
       .replace(/^const APP_FILES = .*$/m, `const APP_FILES = ${JSON.stringify(files)};`);
if (sw === before) throw new Error('sw.js has no CACHE and APP_FILES lines to fill in');
writeFileSync(path.join(outDir, 'sw.js'), sw);
compressCopies(path.join(outDir, 'sw.js'), Buffer.from(sw));
