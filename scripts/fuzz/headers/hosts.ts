// Foreign hosts and forged forwarding.
import { slugs } from '../site'
import { type FuzzRequest } from '../types'
import { get, withHeaders } from './request'

export const hosts = (): FuzzRequest[] => [
  withHeaders('/en', [['Host', 'evil.example']]),
  withHeaders('/', [['Host', 'evil.example']]),
  withHeaders('/en/news', [['Host', 'evil.example']]),
  withHeaders('/sitemap.xml', [['Host', 'evil.example']]),
  withHeaders('/en/feed.xml', [['Host', 'evil.example']]),
  withHeaders('/en', [['Host', '']]),
  withHeaders('/en', [['Host', 'localhost:99999']]),
  withHeaders('/en', [['Host', '[::1']]),
  withHeaders('/en', [['Host', 'a'.repeat(4096)]], '4 KB Host'),
  get('/en', {
    exactHeaders: true,
    headers: [
      ['Host', 'localhost'],
      ['Host', 'evil.example'],
      ['Connection', 'close'],
    ],
    note: 'two Host headers',
  }),
  get('/en', { exactHeaders: true, headers: [['Connection', 'close']], note: 'no Host header' }),
  withHeaders('/', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/en', [
    ['X-Forwarded-Host', 'evil.example'],
    ['X-Forwarded-Proto', 'https'],
  ]),
  withHeaders('/sitemap.xml', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/next/preview?path=/en', [['X-Forwarded-Host', 'evil.example']]),
  withHeaders('/en', [['X-Forwarded-Proto', 'javascript']]),
  withHeaders('/en', [['X-Forwarded-Port', 'abc']]),
  withHeaders('/en', [['Forwarded', 'for=evil;host=evil.example;proto=gopher']]),
]

export const forwarding = (): FuzzRequest[] => [
  ...['/en', `/en/press/${slugs.pressContact}`, '/api/contacts'].flatMap((path) => [
    withHeaders(path, [['X-Forwarded-For', '1.2.3.4']]),
    withHeaders(path, [['X-Forwarded-For', "' OR 1=1 --"]]),
    withHeaders(path, [['X-Forwarded-For', 'unknown, , ,::1,[::1]:80, 999.999.999.999']]),
    withHeaders(
      path,
      [
        [
          'X-Forwarded-For',
          Array.from({ length: 1_000 }, (_, i) => `10.0.${i >> 8}.${i & 255}`).join(', '),
        ],
      ],
      '1,000 hops',
    ),
  ]),
  withHeaders('/en', [['X-Forwarded-For', 'a'.repeat(10 * 1024)]], '10 KB X-Forwarded-For'),
  withHeaders('/en', [['X-Real-IP', 'garbage']]),
  withHeaders(
    `/en/press/${slugs.pressContact}`,
    [['x-middleware-subrequest', 'middleware:middleware:middleware:middleware:middleware']],
    'proxy bypass header (CVE-2025-29927)',
  ),
  withHeaders(
    `/en/press/${slugs.pressContact}`,
    [['x-middleware-subrequest', 'src/proxy:src/proxy:src/proxy:src/proxy:src/proxy']],
    'proxy bypass header (CVE-2025-29927)',
  ),
]
