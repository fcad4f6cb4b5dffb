// Hostile headers and cookies: oversized and too many, forged sessions and tokens, foreign hosts,
// forged forwarding, junk languages, ranges and validators, Next's own internal headers, and
// Content-Length that disagrees with the body. A 4xx (or the ordinary page), never a 500.
import { slugs } from './site'
import { type FuzzRequest, type Header, requestsIn } from './types'

const { get, send, json } = requestsIn('headers')

const withHeaders = (path: string, headers: Header[], note?: string) => get(path, { headers, note: note ?? headers.map(([name, value]) => `${name}: ${value.slice(0, 40)}`).join('; ') })

// A JWT with "alg": "none" and an admin claim: must never be taken as a session.
const unsignedJwt = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"id":1,"collection":"users","email":"admin@example.org"}').toString('base64url')}.`

const sizes = (): FuzzRequest[] => [
  withHeaders('/en', [['X-Long', 'a'.repeat(64 * 1024)]], '64 KB header'),
  withHeaders('/api/news-releases', [['X-Long', 'a'.repeat(64 * 1024)]], '64 KB header'),
  withHeaders('/en', Array.from({ length: 200 }, (_, i): Header => [`X-Fuzz-${i}`, String(i)]), '200 headers'),
  withHeaders('/en', [['Cookie', `a=${'b'.repeat(16 * 1024)}`]], '16 KB cookie'),
  withHeaders('/en', [['Cookie', `a=${'b'.repeat(64 * 1024)}`]], '64 KB cookie'),
  withHeaders('/en', Array.from({ length: 100 }, (_, i): Header => ['Cookie', `c${i}=${i}`]), '100 Cookie headers'),
]

const sessions = (): FuzzRequest[] => [
  withHeaders('/en', [['Cookie', '=;;; ===; payload-token']]),
  withHeaders('/en', [['Cookie', 'payload-token="unterminated']]),
  withHeaders('/en', [['Cookie', 'NEXT_LOCALE=%E0%A4%A; a=%ZZ']]),
  withHeaders('/en/news', [['Cookie', '__prerender_bypass=garbage']], 'forged draft-mode cookie'),
  withHeaders('/en/news', [['Cookie', '__prerender_bypass=garbage; __next_preview_data=garbage']]),
  ...['/api/users/me', '/api/news-releases?draft=true', '/api/contacts?where[personalMobile][exists]=true', '/admin', '/en'].flatMap((path) => [
    withHeaders(path, [['Cookie', 'payload-token=garbage']]),
    withHeaders(path, [['Cookie', `payload-token=${unsignedJwt}`]], 'unsigned JWT cookie'),
    withHeaders(path, [['Authorization', 'JWT garbage']]),
    withHeaders(path, [['Authorization', `JWT ${unsignedJwt}`]], 'unsigned JWT'),
    withHeaders(path, [['Authorization', 'Bearer x']]),
  ]),
  withHeaders('/api/users/me', [['Authorization', 'Basic Og==']]),
  withHeaders('/api/users/me', [['Authorization', 'users API-Key garbage']]),
  withHeaders('/api/users/me', [['Authorization', 'x'.repeat(8 * 1024)]], '8 KB Authorization'),
  json('POST', '/api/graphql', '{"query":"{ meUser { user { id email } } }"}', { headers: [['Authorization', `JWT ${unsignedJwt}`]], note: 'unsigned JWT' }),
]

const hosts = (): FuzzRequest[] => [
  withHeaders('/en', [['Host', 'evil.example']]),
  withHeaders('/', [['Host', 'evil.example']]),
  withHeaders('/en/news', [['Host', 'evil.example']]),
  withHeaders('/sitemap.xml', [['Host', 'evil.example']]),
  withHeaders('/en/feed.xml', [['Host', 'evil.example']]),
  withHeaders('/en', [['Host', '']]),
  withHeaders('/en', [['Host', 'localhost:99999']]),
  withHeaders('/en', [['Host', '[::1']]),
  withHeaders('/en', [['Host', 'a'.repeat(4096)]], '4 KB Host'),
  get('/en', { exactHeaders: true, headers: [['Host', 'localhost'], ['Host', 'evil.example'], ['Connection', 'close']], note: 'two Host headers' }),
  get('/en', { exactHeaders: true, headers: [['Connection', 'close']], note: 'no Host header' }),
  withHeaders('/', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/en', [['X-Forwarded-Host', 'evil.example'], ['X-Forwarded-Proto', 'https']]),
  withHeaders('/sitemap.xml', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/next/preview?path=/en', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/en', [['X-Forwarded-Proto', 'javascript']]),
  withHeaders('/en', [['X-Forwarded-Port', 'abc']]),
  withHeaders('/en', [['Forwarded', 'for=evil;host=evil.example;proto=gopher']]),
]

const forwarding = (): FuzzRequest[] => [
  ...['/en', `/en/press/${slugs.pressContact}`, '/api/contacts'].flatMap((path) => [
    withHeaders(path, [['X-Forwarded-For', '1.2.3.4']]),
    withHeaders(path, [['X-Forwarded-For', "' OR 1=1 --"]]),
    withHeaders(path, [['X-Forwarded-For', 'unknown, , ,::1,[::1]:80, 999.999.999.999']]),
    withHeaders(path, [['X-Forwarded-For', Array.from({ length: 1_000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`).join(', ')]], '1,000 hops'),
  ]),
  withHeaders('/en', [['X-Forwarded-For', 'a'.repeat(10 * 1024)]], '10 KB X-Forwarded-For'),
  withHeaders('/en', [['X-Real-IP', 'garbage']]),
  withHeaders(`/en/press/${slugs.pressContact}`, [['x-middleware-subrequest', 'middleware:middleware:middleware:middleware:middleware']], 'proxy bypass header (CVE-2025-29927)'),
  withHeaders(`/en/press/${slugs.pressContact}`, [['x-middleware-subrequest', 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy']], 'proxy bypass header (CVE-2025-29927)'),
]

const negotiation = (): FuzzRequest[] => [
  withHeaders('/', [['Accept-Language', '*;q=abc, xx-YY;q=2, ;;;']]),
  withHeaders('/', [['Accept-Language', 'ja;q=1e999, es;q=-1']]),
  withHeaders('/', [['Accept-Language', '']]),
  withHeaders('/', [['Accept-Language', Array.from({ length: 1_500 }, (_, i) => `x${i}`).join(',')]], '10 KB Accept-Language'),
  withHeaders('/api/news-releases?locale=xx', [['Accept-Language', 'ja'.repeat(5_000)]], '10 KB Accept-Language'),
  withHeaders('/en', [['Accept', 'text/x-component'], ['RSC', '1']], 'RSC request'),
  withHeaders('/en', [['RSC', '1'], ['Next-Router-State-Tree', 'garbage']]),
  withHeaders('/en', [['RSC', '1'], ['Next-Router-State-Tree', '%E0%A4%A']]),
  withHeaders('/en', [['RSC', '1'], ['Next-Router-State-Tree', encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true]))]]),
  withHeaders('/en', [['Next-Router-Prefetch', '1'], ['Next-Router-Segment-Prefetch', '/_tree']]),
  send('POST', '/en', { headers: [['Next-Action', 'garbage'], ['Content-Type', 'text/plain']], body: '[]', note: 'unknown server action' }),
  send('POST', '/en', { headers: [['Next-Action', '0'.repeat(42)], ['Content-Type', 'multipart/form-data; boundary=x']], body: '--x--', note: 'unknown server action, multipart' }),
  withHeaders('/en', [['Range', 'bytes=abc']]),
  withHeaders('/en', [['Range', `bytes=${Array.from({ length: 1_000 }, () => '0-0').join(',')}`]], '1,000 ranges'),
  withHeaders('/sitemap.xml', [['Range', 'bytes=999999999-']]),
  withHeaders('/icon.svg', [['Range', 'bytes=5-1']]),
  withHeaders('/en', [['If-None-Match', '"*", W/", junk']]),
  withHeaders('/en', [['If-None-Match', `"${'a'.repeat(10 * 1024)}"`]], '10 KB If-None-Match'),
  withHeaders('/en', [['If-Modified-Since', 'yesterday']]),
  withHeaders('/en', [['Expect', 'garbage']]),
  withHeaders('/en', [['Accept-Encoding', 'gzip;q=abc, br;q=2, x'.repeat(100)]]),
  withHeaders('/en', [['Content-Type', 'application/json']], 'GET with a content type'),
]

/** Framing the server cannot trust: every one is sent exactly as written. */
const framing = (): FuzzRequest[] => {
  const exact = (method: string, path: string, headers: Header[], body: string, note: string, halfClose = false) =>
    send(method, path, { exactHeaders: true, headers: [['Host', 'localhost'], ['Connection', 'close'], ...headers], body, note, halfClose })
  return [
    exact('GET', '/en', [['Content-Length', '10']], '', 'GET promising 10 bytes, sending none', true),
    exact('POST', '/api/users/login', [['Content-Type', 'application/json'], ['Content-Length', '100']], '{"email":"', 'body shorter than Content-Length', true),
    exact('POST', '/api/users/login', [['Content-Type', 'application/json'], ['Content-Length', '5']], '{"email":"x","password":"y"}', 'body longer than Content-Length'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Content-Length', '-1']], '{}', 'negative Content-Length'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Content-Length', 'abc']], '{}', 'Content-Length abc'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Content-Length', '2'], ['Content-Length', '3']], '{}', 'two Content-Lengths'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Content-Length', '2'], ['Transfer-Encoding', 'chunked']], '0\r\n\r\n', 'Content-Length and chunked'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Transfer-Encoding', 'chunked']], 'zz\r\n{}\r\n0\r\n\r\n', 'bad chunk size'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Transfer-Encoding', 'gzip, chunked']], '2\r\n{}\r\n0\r\n\r\n', 'gzip, chunked'),
    exact('POST', '/api/graphql', [['Content-Type', 'application/json'], ['Transfer-Encoding', 'garbage']], '{}', 'Transfer-Encoding garbage', true),
    exact('POST', '/api/news-releases', [['Content-Type', 'application/json'], ['Content-Length', '99999999999999999999']], '{}', 'Content-Length 10^20', true),
  ]
}

export const headerRequests = (): FuzzRequest[] => [...sizes(), ...sessions(), ...hosts(), ...forwarding(), ...negotiation(), ...framing()]
