// Over-long query strings and paths: a 45 KB search, long filters, thousands of parameters or
// segments. A 414/431/400 or an ordinary page, never a 500 or a pinned CPU.
import { locales, pathOf } from './site'
import { type FuzzRequest, requestsIn } from './types'

const { get } = requestsIn('long')

const kb45 = 45 * 1024
const japanese = encodeURIComponent('人身取引と搾取的な移住')

export const longRequests = (): FuzzRequest[] => [
  ...locales.map((locale) =>
    get(`${pathOf('/search', locale)}?q=${'a'.repeat(kb45)}`, { note: '45 KB search' }),
  ),
  get(`/ja/search?q=${japanese.repeat(Math.ceil(kb45 / japanese.length))}`, {
    note: '45 KB Japanese search',
  }),
  get(`/en/search?q=${Array.from({ length: 5_000 }, (_, i) => `w${i}`).join('+')}`, {
    note: '5,000 search words',
  }),
  get(`/en/search?${Array.from({ length: 3_000 }, () => 'q=a').join('&')}`, {
    note: '3,000 q parameters',
  }),
  get(`/en/press?q=${'a'.repeat(kb45)}`, { note: '45 KB press filter' }),
  get(
    `/en/press?topic=${'a'.repeat(8_000)}&region=${'b'.repeat(8_000)}&office=${'c'.repeat(8_000)}`,
    { note: 'long press filters' },
  ),
  get(`/en/news?${Array.from({ length: 1_000 }, (_, i) => `focusArea=f${i}`).join('&')}`, {
    note: '1,000 focusArea parameters',
  }),
  get(`/en/news?page=${'9'.repeat(5_000)}`, { note: '5,000-digit page' }),
  get(`/en/news/${'a'.repeat(kb45)}`, { note: '45 KB slug' }),
  get(`/en/${'a/'.repeat(2_000)}`, { note: '2,000 segments' }),
  get(`/en${'/'.repeat(2_000)}news`, { note: '2,000 slashes' }),
  get(`/${'a'.repeat(kb45)}`, { note: '45 KB first segment' }),
  get(`/api/news-releases?where[title][like]=${'a'.repeat(kb45)}`, { note: '45 KB where value' }),
  get(`/api/news-releases?${Array.from({ length: 3_000 }, (_, i) => `x${i}=1`).join('&')}`, {
    note: '3,000 query parameters',
  }),
  get(`/api/news-releases/${'1'.repeat(kb45)}`, { note: '45 KB id' }),
  get(`/sitemap.xml?${'a'.repeat(kb45)}`, { note: '45 KB query' }),
  get(`/en/search?q=${'a'.repeat(200 * 1024)}`, { note: '200 KB search' }),
]
