// Request lines no HTTP client writes: the server (or the proxy in front) must answer them with a
// 400-class status or close, never a 500 nor a hang.
import { type FuzzRequest, requestsIn } from './types'

const { raw } = requestsIn('request-line')

const close = 'Host: localhost\r\nConnection: close\r\n\r\n'

export const requestLineRequests = (): FuzzRequest[] => [
  raw('lower-case method', `get /en HTTP/1.1\r\n${close}`),
  raw('double space', `GET  /en HTTP/1.1\r\n${close}`),
  raw('HTTP/9.9', `GET /en HTTP/9.9\r\n${close}`),
  raw('HTTP/1.0 without Host', 'GET /en HTTP/1.0\r\n\r\n'),
  raw('no version', `GET /en\r\n${close}`),
  raw('HTTP/0.9', 'GET /en\r\n\r\n'),
  raw('absolute URI', `GET http://evil.example/en HTTP/1.1\r\n${close}`),
  raw('asterisk', `GET * HTTP/1.1\r\n${close}`),
  raw('CONNECT', `CONNECT evil.example:443 HTTP/1.1\r\n${close}`),
  raw('unknown method', `BREW /en HTTP/1.1\r\n${close}`),
  raw('LF line endings', 'GET /en HTTP/1.1\nHost: localhost\nConnection: close\n\n'),
  raw('raw space in path', `GET /en/search?q=a b HTTP/1.1\r\n${close}`),
  raw(
    'raw 0xff in path',
    Buffer.concat([
      Buffer.from('GET /en/'),
      Buffer.from([0xff, 0xc0, 0xaf]),
      Buffer.from(` HTTP/1.1\r\n${close}`),
    ]),
  ),
  raw('raw NUL in path', `GET /en/\0 HTTP/1.1\r\n${close}`),
  raw('raw CR in path', `GET /en/\rx HTTP/1.1\r\n${close}`),
  raw(
    'header without colon',
    `GET /en HTTP/1.1\r\nHost: localhost\r\nNoColon\r\nConnection: close\r\n\r\n`,
  ),
  raw(
    'header folding',
    `GET /en HTTP/1.1\r\nHost: localhost\r\nX-A: a\r\n b\r\nConnection: close\r\n\r\n`,
  ),
  raw('space before colon', `GET /en HTTP/1.1\r\nHost : localhost\r\nConnection: close\r\n\r\n`),
  raw('binary garbage', Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 37 + 11) % 256))),
  raw(
    'TLS hello to plain HTTP',
    Buffer.from('160301002a010000260303' + '00'.repeat(32) + '0000020035010000', 'hex'),
  ),
  // Half-closed: a server rightly waits for a request after blank lines, until the client leaves.
  raw('empty lines only', '\r\n\r\n\r\n\r\n', { halfClose: true }),
]
