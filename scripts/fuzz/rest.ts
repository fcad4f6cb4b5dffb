// Query-parameter abuse on every REST collection and the site settings global: depth, limit, page,
// where, sort, select, populate, locale, drafts, and ids of the wrong shape. A bad parameter is a
// 400, a staff-only field is neither readable nor usable to filter or sort, and no query may pin the
// server: the costliest ones (depth) come last, since the server may not recover from them.
import { collections, restBases } from './site'
import { type FuzzRequest, requestsIn } from './types'

const { get, send } = requestsIn('rest-abuse')

/** where[or][0][and][0][or][0]…[id][equals]=1, `levels` deep. */
const nestedWhere = (levels: number) =>
  `where${Array.from({ length: levels }, (_, i) => (i % 2 === 0 ? '[or][0]' : '[and][0]')).join('')}[id][equals]=1`

const queries = [
  'limit=0',
  'limit=100000',
  'limit=-5',
  'limit=1e3',
  'page=999999999',
  'page=0',
  'page=-1',
  'pagination=false',
  'pagination=false&limit=0',
  'where[id][in]=1,2,abc',
  'where[id][in]=',
  'where[id][equals]=abc',
  'where[id][equals][0]=1',
  'where[id][greater_than]=abc',
  'where[nonexistent][equals]=1',
  'where[personalMobile][exists]=true',
  'where[personalMobile][like]=555',
  'where[internalNotes][exists]=true',
  'where[or][0][personalMobile][exists]=true',
  'where[email][like]=admin',
  'where[hash][exists]=true',
  'where[title][like]=%',
  'where[title][like]=%25',
  'where[title][near]=1,2,3',
  'where[_status][equals]=draft',
  'where=x',
  'where[and]=1',
  nestedWhere(20),
  nestedWhere(200),
  // Under common URL limits (nginx: 8 KB a request line, Node: 16 KB of head), then over them.
  `where[id][in]=${Array.from({ length: 1_000 }, (_, i) => i + 1).join(',')}`,
  `where[id][in]=${Array.from({ length: 1_000 }, (_, i) => `abc${i}`).join(',')}`,
  `where[id][in]=${Array.from({ length: 5_000 }, (_, i) => i + 1).join(',')}`,
  'sort=nonexistent',
  'sort=-personalMobile',
  'sort=internalNotes',
  'sort=hash',
  `sort=${Array.from({ length: 200 }, (_, i) => `f${i}`).join(',')}`,
  'select[personalMobile]=true',
  'select[internalNotes]=true&select[title]=true',
  'select[nonexistent]=true',
  'select=x',
  'populate[contacts][personalMobile]=true',
  'populate[focus-areas][nonexistent]=true',
  'populate=x',
  'locale=xx',
  'locale=all&fallback-locale=xx',
  'fallback-locale=xx',
  'fallbackLocale=%2e%2e',
  'draft=true',
  'draft=true&where[_status][equals]=draft',
  'trash=true',
  'joins[x][limit]=100000',
]

/** Depth last: on a server that does not bound it, one such request can pin the CPU for minutes. */
const depths = [
  'depth=-1',
  'depth=abc',
  'depth=1.5',
  'depth=10',
  'depth=100',
  'depth=10&limit=100000',
]

const badIds = [
  '1abc',
  '-1',
  '1.5',
  '99999999999999999999',
  '0x10',
  '1e3',
  '%20',
  'null',
  'undefined',
  '[object%20Object]',
]

const others = (): FuzzRequest[] => [
  ...collections.flatMap((collection) => badIds.map((id) => get(`/api/${collection}/${id}`))),
  get('/api/news-releases/versions?where[version.title][like]=%'),
  get('/api/contacts/versions'),
  get('/api/contacts/versions?where[version.personalMobile][exists]=true'),
  get('/api/news-releases/count?where[id][in]=abc'),
  get('/api/contacts/count?where[personalMobile][exists]=true'),
  get('/api/globals/site-settings/versions'),
]

export const restRequests = (): FuzzRequest[] => [
  ...queries.flatMap((query) => restBases.map((base) => get(`${base}?${query}`))),
  ...others(),
  ...depths.flatMap((query) => restBases.map((base) => get(`${base}?${query}`))),
  // The same GET as a POST with Payload's method override: the query in the body, not the URL.
  send('POST', '/api/news-releases', {
    headers: [
      ['X-Payload-HTTP-Method-Override', 'GET'],
      ['Content-Type', 'application/x-www-form-urlencoded'],
    ],
    body: 'depth=10',
    note: 'depth=10 in an overridden POST',
  }),
]
