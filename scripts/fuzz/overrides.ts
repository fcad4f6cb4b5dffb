// Method overrides: Payload runs a POST carrying X-Payload-HTTP-Method-Override: GET as that GET
// (its way round long URLs), so the override must not become a way to write anonymously, nor to
// read what a GET may not (staff-only contact fields, drafts), nor past the contacts' rate limit.
import { type FuzzRequest, type Header, requestsIn } from './types'

const { send } = requestsIn('method-override')

const form: Header = ['Content-Type', 'application/x-www-form-urlencoded']

const override = (path: string, header: string, method: string, body = '') =>
  send('POST', path, {
    headers: [[header, method], form],
    body,
    note: `${header}: ${method}${body ? `, body ${body.slice(0, 40)}` : ''}`,
  })

export const overrideRequests = (): FuzzRequest[] => [
  ...['X-HTTP-Method-Override', 'X-Payload-HTTP-Method-Override', 'X-Method-Override'].flatMap(
    (header) => [
      override('/api/news-releases/1', header, 'DELETE'),
      override('/api/news-releases/1', header, 'PATCH', 'title=defaced'),
      override('/api/news-releases', header, 'GET', 'where[_status][equals]=draft&draft=true'),
      override('/api/contacts', header, 'GET', 'where[personalMobile][exists]=true'),
      override('/api/contacts', header, 'GET', 'select[personalMobile]=true&limit=100000'),
      override('/api/users', header, 'GET', 'where[email][like]=a'),
      override('/api/news-releases', header, 'GET', '{"where":'),
      override('/api/news-releases', header, 'TRACE'),
      override('/en', header, 'DELETE'),
    ],
  ),
  // The query in the body escapes checks that read only the URL, and any URL length limit.
  ...[
    'limit=-5',
    'locale=xx',
    'depth=abc',
    'where[id][in]=1,2,abc',
    'where=x',
    `where[id][in]=${Array.from({ length: 10_000 }, (_, i) => i + 1).join(',')}`,
  ].map((body) => override('/api/news-releases', 'X-Payload-HTTP-Method-Override', 'GET', body)),
  override(
    '/api/contacts',
    'X-Payload-HTTP-Method-Override',
    'GET',
    `where[id][in]=${Array.from({ length: 10_000 }, (_, i) => `abc${i}`).join(',')}`,
  ),
  send('GET', '/api/news-releases/1', {
    headers: [['X-HTTP-Method-Override', 'DELETE']],
    note: 'GET overridden to DELETE',
  }),
  send('GET', '/api/news-releases', {
    headers: [['X-Payload-HTTP-Method-Override', 'PATCH']],
    note: 'GET overridden to PATCH',
  }),
  send('POST', '/api/news-releases/1?_method=DELETE', { headers: [form], body: '' }),
  send('POST', '/api/news-releases/1', {
    headers: [form],
    body: '_method=DELETE',
    note: 'body _method=DELETE',
  }),
  send('POST', '/api/news-releases?_method=PATCH', {
    headers: [['Content-Type', 'application/json']],
    body: '{"title":"defaced"}',
  }),
  send('POST', '/api/globals/site-settings?_method=PATCH', {
    headers: [['Content-Type', 'application/json']],
    body: '{"tagline":"defaced"}',
  }),
]
