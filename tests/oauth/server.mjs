// The test world's authorization server: oidc-provider (a certified
// OpenID Provider) on https, as a mail provider that publishes the open
// profile would run one: RFC 8414 metadata, RFC 7591 dynamic registration
// for native clients, PKCE (S256) required, `iss` in every authorization
// response (RFC 9207), and token introspection for Dovecot.
//
// The sign-in page is a form: a person (or tests/oauth/person.py standing
// in for one) types the address and password of an account of
// tests/oauth's USERS; consent is given at once.
//
// Every access token it issues is written to TOKENS_LOG, so that tests can
// prove no token reaches an output.
//
// A second issuer on CLOSED_ADDRESS is the same provider's sign-in with
// registration closed, as most providers run theirs: only the client IDs
// it knows (an administrator's) sign in. Both keep their tokens in the
// process's one store, so Dovecot's introspection at the first answers
// for tokens of the second.
//
//   node server.mjs ISSUER CERT KEY ADDRESS INTROSPECTION_SECRET PASSWORD TOKENS_LOG CLOSED_ISSUER CLOSED_ADDRESS
import fs from 'node:fs';
import https from 'node:https';
import { URLSearchParams } from 'node:url';
import Provider from 'oidc-provider';
import MemoryAdapter from 'oidc-provider/lib/adapters/memory_adapter.js';
import LRU from 'oidc-provider/lib/helpers/lru.js';

const [issuer, cert, key, address, introspectionSecret, password, tokensLog, closedIssuer, closedAddress] =
  process.argv.slice(2);
// Bob may sign in too: his token is not Alice's, and her server says so.
const users = new Set([
  'alice@oauthmail.test', 'bob@oauthmail.test', 'alice@closedmail.test', 'alice@bearermail.test',
]);

// The one store of both issuers' grants and tokens.
const store = new LRU({ maxSize: 1000 });

const configuration = (registration) => ({
  adapter: (model) => new MemoryAdapter(model, store),
  clients: [{
    client_id: 'dovecot',
    client_secret: introspectionSecret,
    grant_types: [],
    response_types: [],
    redirect_uris: [],
    token_endpoint_auth_method: 'client_secret_basic',
  }, {
    // A client ID an administrator would hand out: a native public client
    // for any loopback port (RFC 8252 §7.3).
    client_id: 'mailsetup-given-client',
    application_type: 'native',
    grant_types: ['authorization_code'],
    response_types: ['code'],
    redirect_uris: ['http://127.0.0.1/'],
    token_endpoint_auth_method: 'none',
  }],
  features: {
    devInteractions: { enabled: false },
    registration: { enabled: registration },
    introspection: { enabled: true },
    revocation: { enabled: true },
  },
  pkce: { required: () => true },
  scopes: ['openid', 'email', 'offline_access', 'mail'],
  claims: { email: ['email'] },
  findAccount: async (ctx, id) => ({ accountId: id, claims: async () => ({ sub: id, email: id }) }),
  extraTokenClaims: async (ctx, token) => ({ email: token.accountId }),
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  cookies: { keys: ['mailsetup-test-world'] },
  ttl: { AccessToken: 600, AuthorizationCode: 60, Grant: 600, Interaction: 600, Session: 600 },
});

const page = (body) => `<!doctype html><meta charset="utf-8"><title>OAuth Mail sign-in</title>
<body style="font-family:sans-serif;margin:3em"><h1>Sign in to OAuth Mail</h1>${body}</body>`;

async function interaction(provider, req, res) {
  const details = await provider.interactionDetails(req, res);
  const { uid, prompt, params, session } = details;
  if (prompt.name === 'consent') {
    const grant = new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    grant.addOIDCScope(String(params.scope || ''));
    grant.addOIDCClaims(['email']);
    const grantId = await grant.save();
    return provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  if (req.method === 'POST') {
    const form = new URLSearchParams(await new Promise((resolve) => {
      let data = '';
      req.on('data', (chunk) => { data += chunk; });
      req.on('end', () => resolve(data));
    }));
    const login = form.get('login') || '';
    if (users.has(login) && form.get('password') === password) {
      return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
    }
    res.writeHead(200, { 'content-type': 'text/html' });
    return res.end(page(`<p id="error">Wrong address or password.</p>${form_html(uid, login)}`));
  }
  res.writeHead(200, { 'content-type': 'text/html' });
  // The address the program passed as login_hint is filled in, as
  // providers do.
  return res.end(page(form_html(uid, String(params.login_hint || ''))));
}

const attribute = (text) => text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

function form_html(uid, login) {
  return `<form method="post" action="/interaction/${uid}">
<p><label>Email address<br><input name="login" autocomplete="username" value="${attribute(login)}"></label></p>
<p><label>Password<br><input name="password" type="password"></label></p>
<p><button>Sign in</button></p></form>`;
}

function serve(at, where, registration) {
  const provider = new Provider(at, configuration(registration));
  provider.on('access_token.saved', (token) => fs.appendFileSync(tokensLog, `${token.jti}\n`));
  const app = provider.callback();
  return new Promise((resolve) => {
    https.createServer({ cert: fs.readFileSync(cert), key: fs.readFileSync(key) }, (req, res) => {
      if (req.url.startsWith('/interaction/')) {
        interaction(provider, req, res).catch((error) => {
          res.writeHead(500, { 'content-type': 'text/plain' });
          res.end(String(error));
        });
        return;
      }
      app(req, res);
    }).listen(443, where, resolve);
  });
}

await serve(issuer, address, true);
await serve(closedIssuer, closedAddress, false);
console.log('ready');
