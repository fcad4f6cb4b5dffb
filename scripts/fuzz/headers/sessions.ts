// Oversized and too many headers and cookies; forged sessions and tokens.
import { type FuzzRequest, type Header } from '../types'
import { json, withHeaders } from './request'

// A JWT with "alg": "none" and an admin claim: must never be taken as a session.
const unsignedJwt = `${Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')}.${Buffer.from('{"id":1,"collection":"users","email":"admin@example.org"}').toString('base64url')}.`

export const sizes = (): FuzzRequest[] => [
  withHeaders('/en', [['X-Long', 'a'.repeat(64 * 1024)]], '64 KB header'),
  withHeaders('/api/news-releases', [['X-Long', 'a'.repeat(64 * 1024)]], '64 KB header'),
  withHeaders(
    '/en',
    Array.from({ length: 200 }, (_, i): Header => [`X-Fuzz-${i}`, String(i)]),
    '200 headers',
  ),
  withHeaders('/en', [['Cookie', `a=${'b'.repeat(16 * 1024)}`]], '16 KB cookie'),
  withHeaders('/en', [['Cookie', `a=${'b'.repeat(64 * 1024)}`]], '64 KB cookie'),
  withHeaders(
    '/en',
    Array.from({ length: 100 }, (_, i): Header => ['Cookie', `c${i}=${i}`]),
    '100 Cookie headers',
  ),
]

export const sessions = (): FuzzRequest[] => [
  withHeaders('/en', [['Cookie', '=;;; ===; payload-token']]),
  withHeaders('/en', [['Cookie', 'payload-token="unterminated']]),
  withHeaders('/en', [['Cookie', 'NEXT_LOCALE=%E0%A4%A; a=%ZZ']]),
  withHeaders('/en/news', [['Cookie', '__prerender_bypass=garbage']], 'forged draft-mode cookie'),
  withHeaders('/en/news', [['Cookie', '__prerender_bypass=garbage; __next_preview_data=garbage']]),
  ...[
    '/api/users/me',
    '/api/news-releases?draft=true',
    '/api/contacts?where[personalMobile][exists]=true',
    '/admin',
    '/en',
  ].flatMap((path) => [
    withHeaders(path, [['Cookie', 'payload-token=garbage']]),
    withHeaders(path, [['Cookie', `payload-token=${unsignedJwt}`]], 'unsigned JWT cookie'),
    withHeaders(path, [['Authorization', 'JWT garbage']]),
    withHeaders(path, [['Authorization', `JWT ${unsignedJwt}`]], 'unsigned JWT'),
    withHeaders(path, [['Authorization', 'Bearer x']]),
  ]),
  withHeaders('/api/users/me', [['Authorization', 'Basic Og==']]),
  withHeaders('/api/users/me', [['Authorization', 'users API-Key garbage']]),
  withHeaders('/api/users/me', [['Authorization', 'x'.repeat(8 * 1024)]], '8 KB Authorization'),
  json('POST', '/api/graphql', '{"query":"{ meUser { user { id email } } }"}', {
    headers: [['Authorization', `JWT ${unsignedJwt}`]],
    note: 'unsigned JWT',
  }),
]
