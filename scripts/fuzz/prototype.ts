// Object-prototype keys wherever a name becomes a property lookup: collection and global names,
// ids, query keys (qs turns ?a[b]=1 into objects), JSON bodies and GraphQL variables. Each must be
// an ordinary 4xx (or a 404 page), never a 500 nor a changed object prototype.
import { slugs } from './site'
import { type FuzzRequest, requestsIn } from './types'

const { get, json } = requestsIn('prototype')

const keys = [
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'toString',
  '__defineGetter__',
]

export const prototypeRequests = (): FuzzRequest[] => [
  ...keys.map((key) => get(`/api/${key}`)),
  ...keys.map((key) => get(`/api/news-releases/${key}`)),
  ...keys.map((key) => get(`/api/globals/${key}`)),
  get('/api/__proto__/constructor'),
  get('/api/constructor/prototype'),
  get('/api/users/__proto__'),
  get('/api/contacts/constructor'),
  get('/api/news-releases?__proto__[x]=1'),
  get('/api/news-releases?__proto__[depth]=10'),
  get('/api/news-releases?where[__proto__][equals]=1'),
  get('/api/contacts?where[__proto__][personalMobile][exists]=true'),
  get('/api/news-releases?constructor[prototype][x]=1'),
  get('/api/news-releases?where[constructor][prototype][x]=1'),
  get('/api/news-releases?sort=__proto__'),
  get('/api/news-releases?select[__proto__]=true'),
  get('/api/news-releases?populate[__proto__][x]=true'),
  get('/api/news-releases?locale=__proto__'),
  get('/api/news-releases?depth=__proto__'),
  get('/api/globals/site-settings?__proto__[x]=1'),
  get('/__proto__'),
  get('/constructor'),
  get('/en/__proto__'),
  get('/en/news/__proto__'),
  get('/en/press/constructor'),
  get('/en/press?topic=__proto__&region=constructor&language=toString'),
  get('/en/search?q=__proto__'),
  get(`/en/press/${slugs.pressContact}?__proto__[x]=1`),
  get('/admin/collections/__proto__'),
  json('POST', '/api/news-releases', '{"__proto__":{"x":1},"title":"x"}'),
  json('POST', '/api/news-releases', '{"constructor":{"prototype":{"x":1}},"title":"x"}'),
  json(
    'POST',
    '/api/users/login',
    '{"__proto__":{"roles":["admin"]},"email":"nobody@example.org","password":"x"}',
  ),
  json(
    'POST',
    '/api/users',
    '{"__proto__":{"roles":["admin"]},"email":"proto@example.org","password":"x"}',
  ),
  json('PATCH', '/api/news-releases/1', '{"__proto__":{"_status":"published"}}'),
  json('POST', '/api/graphql', '{"query":"{ __typename }","variables":{"__proto__":{"x":1}}}'),
  json('POST', '/api/graphql', '{"query":"{ __typename }","operationName":"__proto__"}'),
  json('POST', '/api/graphql', '{"__proto__":{"query":"{ __typename }"}}'),
  json('POST', '/next/revalidate', '{"__proto__":{"tags":["x"]}}'),
]
