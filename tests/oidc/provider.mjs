// A real OpenID provider for the sign-in tests: the OpenID-certified `oidc-provider` package with
// its own login page (any password), two clients of the Optagelse server (RS256 and ES256 ID
// tokens, client_secret_basic, PKCE required) and the test persons from --accounts. It prints
// {"issuer": "..."} once it listens on a loopback port. For the tests that a well-behaved provider
// cannot stage, /__test/ lets a test make the token endpoint hand out a forged token (bad
// signature, another audience or issuer, expired, another nonce, an unpublished key) or rotate
// the signing keys, and /__test/drive walks the provider's login page as a browser would.
//   node provider.mjs --redirect-uri URL [--post-logout-uri URL] --client-secret S --accounts FILE
//                     [--tls-cert FILE --tls-key FILE]
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { parseArgs } from 'node:util';

import Provider from 'oidc-provider';

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'redirect-uri': { type: 'string', multiple: true, default: [] },
    'post-logout-uri': { type: 'string', multiple: true, default: [] },
    'client-secret': { type: 'string' },
    accounts: { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
});
const accounts = JSON.parse(fs.readFileSync(args.accounts, 'utf8'));

function newKeys(suffix) {
  const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return {
    RS256: { kid: `rsa-${suffix}`, privateKey: rsa.privateKey, publicJwk: rsa.publicKey.export({ format: 'jwk' }) },
    ES256: { kid: `ec-${suffix}`, privateKey: ec.privateKey, publicJwk: ec.publicKey.export({ format: 'jwk' }) },
  };
}
const asJwk = (key, alg) => ({ ...key.privateKey.export({ format: 'jwk' }), kid: key.kid, alg, use: 'sig' });
const asPublicJwk = (key, alg) => ({ ...key.publicJwk, kid: key.kid, alg, use: 'sig' });

const original = newKeys('1');
const unpublished = newKeys('unpublished');
let rotated = null;  // after /__test/rotate: the keys tokens are signed with, published beside the originals
let tamper = 'none';

const b64 = (value) => Buffer.from(value).toString('base64url');
function sign(header, payload, key) {
  const input = `${b64(JSON.stringify(header))}.${b64(JSON.stringify(payload))}`;
  const options = header.alg === 'ES256' ? { key: key.privateKey, dsaEncoding: 'ieee-p1363' } : key.privateKey;
  return `${input}.${crypto.sign('sha256', Buffer.from(input), options).toString('base64url')}`;
}

// The ID token as the token endpoint hands it out under the current tamper mode.
function tampered(idToken) {
  const [h, p, s] = idToken.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url'));
  const payload = JSON.parse(Buffer.from(p, 'base64url'));
  const now = Math.floor(Date.now() / 1000);
  const resign = (changes, keys = original) => {
    const key = keys[header.alg];
    return sign({ ...header, kid: key.kid }, { ...payload, ...changes }, key);
  };
  switch (tamper) {
    case 'bad_signature': {
      const signature = Buffer.from(s, 'base64url');
      signature[signature.length - 1] ^= 1;
      return `${h}.${p}.${signature.toString('base64url')}`;
    }
    case 'wrong_aud': return resign({ aud: 'another-client' });
    case 'wrong_iss': return resign({ iss: 'https://impostor.invalid' });
    case 'expired': return resign({ iat: now - 7200, exp: now - 3600 });
    case 'wrong_nonce': return resign({ nonce: 'not-the-nonce-we-sent' });
    case 'unknown_kid': return resign({}, unpublished);
    case 'alg_none': return `${b64(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${p}.`;
    default: return rotated ? resign({}, rotated) : idToken;
  }
}

// HTTPS with --tls-cert/--tls-key (the server must then trust that certificate), else plain HTTP.
const tls = Boolean(args['tls-cert']);
const server = tls ? https.createServer({ cert: fs.readFileSync(args['tls-cert']), key: fs.readFileSync(args['tls-key']) })
                   : http.createServer();
await new Promise((resolve) => server.listen(Number(args.port), '127.0.0.1', resolve));
const issuer = `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`;

const client = (id, alg) => ({
  client_id: id,
  client_secret: args['client-secret'],
  redirect_uris: args['redirect-uri'],
  post_logout_redirect_uris: args['post-logout-uri'],
  response_types: ['code'],
  grant_types: ['authorization_code'],
  token_endpoint_auth_method: 'client_secret_basic',
  id_token_signed_response_alg: alg,
});

const provider = new Provider(issuer, {
  clients: [client('optagelse', 'RS256'), client('optagelse-es', 'ES256')],
  jwks: { keys: [asJwk(original.RS256, 'RS256'), asJwk(original.ES256, 'ES256')] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  pkce: { required: () => true, methods: ['S256'] },
  claims: { openid: ['sub', 'cpr', 'role', 'organisation'] },
  conformIdTokenClaims: false,  // the claims go into the ID token itself, as MitID brokers do
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  async findAccount(ctx, id) {
    if (!Object.hasOwn(accounts, id)) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, ...accounts[id] }) };
  },
  // The test persons have agreed already: no consent page between login and the return.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid');
    grant.addOIDCClaims(['sub', 'cpr', 'role', 'organisation']);
    await grant.save();
    return grant;
  },
});
provider.on('server_error', (ctx, error) => console.error('provider error:', error));
provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && ctx.status === 200 && ctx.body?.id_token) ctx.body.id_token = tampered(ctx.body.id_token);
  if (ctx.path === '/jwks' && rotated) {
    ctx.body = { keys: [asPublicJwk(rotated.RS256, 'RS256'), asPublicJwk(rotated.ES256, 'ES256'), ...ctx.body.keys] };
  }
});

// Walks the provider's pages from the authorization URL as a browser would (cookies, redirects,
// the login form with any password), and answers where the provider finally sends the browser.
async function drive(url, login) {
  const jar = new Map();
  let next = url;
  let form = null;
  for (let step = 0; step < 12; step += 1) {
    if (!next.startsWith(issuer)) return { location: next };
    const response = await fetch(next, {
      method: form ? 'POST' : 'GET',
      body: form ? new URLSearchParams(form).toString() : undefined,
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const pair = cookie.split(';')[0];
      jar.set(pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1));
    }
    form = null;
    if (response.status >= 300 && response.status < 400) {
      next = new URL(response.headers.get('location'), next).href;
      continue;
    }
    const page = await response.text();
    const action = page.match(/<form[^>]*action="([^"]+)"/);
    const prompt = page.match(/name="prompt" value="([^"]+)"/);
    if (response.status !== 200 || !action) return { status: response.status, page };
    next = new URL(action[1].replaceAll('&amp;', '&'), next).href;
    form = prompt && prompt[1] === 'login' ? { prompt: 'login', login, password: 'any' } : { prompt: prompt ? prompt[1] : 'consent' };
  }
  return { error: 'too many steps' };
}

async function readBody(request) {
  let text = '';
  for await (const chunk of request) text += chunk;
  return text ? JSON.parse(text) : {};
}

const providerHandler = provider.callback();
server.on('request', async (request, response) => {
  if (!request.url.startsWith('/__test/')) return providerHandler(request, response);
  const body = await readBody(request);
  let answer = { ok: true };
  if (request.url === '/__test/tamper') tamper = body.mode;
  else if (request.url === '/__test/rotate') rotated = newKeys(`${Date.now()}`);
  else if (request.url === '/__test/drive') answer = await drive(body.url, body.login);
  else answer = { error: 'unknown test route' };
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify(answer));
});

console.log(JSON.stringify({ issuer }));
