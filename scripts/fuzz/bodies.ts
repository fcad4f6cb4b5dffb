// Broken, mislabelled and huge request bodies on the endpoints that read one: collections (create
// and update), login, user creation and GraphQL. Unreadable input is a 400 (or 401/403/413), never a 500.
import { type FuzzRequest, requestsIn } from './types'

const { send } = requestsIn('json-bodies')

const targets: [method: string, path: string][] = [
  ['POST', '/api/news-releases'],
  ['PATCH', '/api/news-releases/1'],
  ['POST', '/api/contacts'],
  ['POST', '/api/users'],
  ['POST', '/api/users/login'],
  ['POST', '/api/graphql'],
  ['POST', '/api/media'],
]

const boundary = 'fuzzboundary'
const twoMegabytes = 2 * 1024 * 1024

type Body = { label: string; body: string; type?: string }

const bodies = (): Body[] => [
  { label: 'empty', body: '' },
  { label: '{', body: '{' },
  { label: '[]', body: '[]' },
  { label: 'null', body: 'null' },
  { label: '"x"', body: '"x"' },
  { label: 'number', body: '1e999' },
  { label: 'trailing garbage', body: '{"title":"x"}}}}' },
  { label: 'lone surrogate', body: '{"title":"\\ud800","email":"\\ud800","query":"\\ud800"}' },
  { label: 'wrong types', body: '{"title":[],"email":{},"password":1,"query":[],"variables":"x"}' },
  {
    label: '2 MB string',
    body: JSON.stringify({
      title: 'a'.repeat(twoMegabytes),
      email: 'a@example.org',
      password: 'x',
      query: `{ __typename }#${'a'.repeat(twoMegabytes)}`,
    }),
  },
  {
    label: '100,000 keys',
    body: `{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(',')}}`,
  },
  { label: 'arrays 10,000 deep', body: `${'['.repeat(10_000)}${']'.repeat(10_000)}` },
  { label: 'objects 10,000 deep', body: `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}` },
  {
    label: 'JSON as text/plain',
    body: '{"title":"x","email":"a@example.org","password":"x","query":"{ __typename }"}',
    type: 'text/plain',
  },
  {
    label: 'form data as JSON',
    body: 'title=x&email=a%40example.org&password=x',
    type: 'application/json',
  },
  { label: 'JSON as UTF-16', body: '{"title":"x"}', type: 'application/json; charset=utf-16' },
  { label: 'JSON as form', body: '{"title":"x"}', type: 'application/x-www-form-urlencoded' },
  {
    label: 'multipart without boundary',
    body: '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}\r\n--x--\r\n',
    type: 'multipart/form-data',
  },
  {
    label: 'multipart with broken boundary',
    body: `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{"title":"x"}\r\n--other--\r\n`,
    type: `multipart/form-data; boundary=${boundary}`,
  },
  {
    label: 'multipart never closed',
    body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../x.png"\r\nContent-Type: image/png\r\n\r\n\x89PNG`,
    type: `multipart/form-data; boundary=${boundary}`,
  },
]

export const bodyRequests = (): FuzzRequest[] =>
  bodies().flatMap(({ label, body, type = 'application/json' }) =>
    targets.map(([method, path]) =>
      send(method, path, { body, headers: [['Content-Type', type]], note: label }),
    ),
  )
