// Junk languages, ranges and validators, and Next's own internal headers.
import { type FuzzRequest } from '../types'
import { send, withHeaders } from './request'

export const negotiation = (): FuzzRequest[] => [
  withHeaders('/', [['Accept-Language', '*;q=abc, xx-YY;q=2, ;;;']]),
  withHeaders('/', [['Accept-Language', 'ja;q=1e999, es;q=-1']]),
  withHeaders('/', [['Accept-Language', '']]),
  withHeaders(
    '/',
    [['Accept-Language', Array.from({ length: 1_500 }, (_, i) => `x${i}`).join(',')]],
    '10 KB Accept-Language',
  ),
  withHeaders(
    '/api/news-releases?locale=xx',
    [['Accept-Language', 'ja'.repeat(5_000)]],
    '10 KB Accept-Language',
  ),
  withHeaders(
    '/en',
    [
      ['Accept', 'text/x-component'],
      ['RSC', '1'],
    ],
    'RSC request',
  ),
  withHeaders('/en', [
    ['RSC', '1'],
    ['Next-Router-State-Tree', 'garbage'],
  ]),
  withHeaders('/en', [
    ['RSC', '1'],
    ['Next-Router-State-Tree', '%E0%A4%A'],
  ]),
  withHeaders('/en', [
    ['RSC', '1'],
    [
      'Next-Router-State-Tree',
      encodeURIComponent(JSON.stringify(['', { children: ['__PAGE__', {}] }, null, null, true])),
    ],
  ]),
  withHeaders('/en', [
    ['Next-Router-Prefetch', '1'],
    ['Next-Router-Segment-Prefetch', '/_tree'],
  ]),
  send('POST', '/en', {
    headers: [
      ['Next-Action', 'garbage'],
      ['Content-Type', 'text/plain'],
    ],
    body: '[]',
    note: 'unknown server action',
  }),
  send('POST', '/en', {
    headers: [
      ['Next-Action', '0'.repeat(42)],
      ['Content-Type', 'multipart/form-data; boundary=x'],
    ],
    body: '--x--',
    note: 'unknown server action, multipart',
  }),
  withHeaders('/en', [['Range', 'bytes=abc']]),
  withHeaders(
    '/en',
    [['Range', `bytes=${Array.from({ length: 1_000 }, () => '0-0').join(',')}`]],
    '1,000 ranges',
  ),
  withHeaders('/sitemap.xml', [['Range', 'bytes=999999999-']]),
  withHeaders('/icon.svg', [['Range', 'bytes=5-1']]),
  withHeaders('/en', [['If-None-Match', '"*", W/", junk']]),
  withHeaders('/en', [['If-None-Match', `"${'a'.repeat(10 * 1024)}"`]], '10 KB If-None-Match'),
  withHeaders('/en', [['If-Modified-Since', 'yesterday']]),
  withHeaders('/en', [['Expect', 'garbage']]),
  withHeaders('/en', [['Accept-Encoding', 'gzip;q=abc, br;q=2, x'.repeat(100)]]),
  withHeaders('/en', [['Content-Type', 'application/json']], 'GET with a content type'),
]
