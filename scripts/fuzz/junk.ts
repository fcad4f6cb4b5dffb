// Languages the site does not have and slugs no document has: too long, climbing out with "..",
// non-Latin, markup, NUL bytes. Each should be a 404 page (or a redirect), never a 500.
import { siteRoutes, slugs } from './site'
import { type FuzzRequest, requestsIn } from './types'

const { get } = requestsIn('junk-locale-slug')

const junkLocales = (): FuzzRequest[] => [
  get('/xx'),
  get('/EN'),
  get('/En/news'),
  get('/en-US/news'),
  get('/en_US/news'),
  get('/ja-JP/press'),
  get('/zz/press'),
  get(`/zz/press/${slugs.pressContact}`),
  get('/xx/news/x'),
  get('/xx/feed.xml'),
  get('/xxx-yyyy-zzzzzzzzz'),
  get('/es/news'), // an English path under the Spanish prefix
  get('/en/noticias'), // and the reverse
  get('/ja/prensa'),
  get(`/${'a'.repeat(200)}`),
  get('/../en'),
  get('/./en/./news'),
  get('/en//news'),
  get('//en'),
  get('//evil.example/en'), // must not become an open redirect
  get('/en/news/'),
  get('/en/news?locale=xx'),
  get('/', { headers: [['Cookie', 'NEXT_LOCALE=xx']] }),
  get('/', { headers: [['Cookie', 'NEXT_LOCALE=../../admin']] }),
]

const badSlugs: [label: string, slug: string][] = [
  ['long', 'a'.repeat(2_000)],
  ['very long', `${'trafficking-'.repeat(700)}x`],
  ['dot-dot', '..'],
  ['dot-dot encoded', '%2e%2e'],
  ['climb', '..%2f..%2f..%2fpackage.json'],
  ['unicode', '%E4%BA%BA%E8%BA%AB%E5%8F%96%E5%BC%95'],
  ['raw unicode', '人身取引'],
  ['script', '<script>alert(1)</script>'],
  ['script encoded', '%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  ['quote', `x'%22OR%221%22=%221`],
  ['NUL encoded', 'x%00y'],
  ['NUL raw', 'x\u0000y'],
  ['spaces', 'a%20b%09c'],
  ['emoji', '%F0%9F%92%A9'],
  ['json', '%7B%22a%22:1%7D'],
]

// Each kind of document page (and its vCard) in English with every bad slug; the Japanese and
// Spanish pages with a few.
const slugPaths = (): FuzzRequest[] =>
  siteRoutes()
    .filter((route) => route.slug)
    .flatMap(({ path, slug, locale }) =>
      badSlugs
        .filter((_, index) => locale === 'en' || index % 5 === 0)
        .map(([label, bad]) => get(path.replace(slug!, bad), { note: `${label} slug` })),
    )

export const junkRequests = (): FuzzRequest[] => [...junkLocales(), ...slugPaths()]
