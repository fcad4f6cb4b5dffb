// Bad percent-encoding in every kind of route: pages in each language, feeds, sitemap, robots,
// vCards, preview, Payload's API and admin, Next's own files, and in query values. A URL that cannot
// be decoded is the client's mistake: a 400 (or 404), never a 500.
import { locales, pathOf, siteRoutes } from './site'
import { type FuzzRequest, requestsIn } from './types'

const { get } = requestsIn('encoding')

/** A lone %, a truncated 3-byte sequence, an overlong "/" (%C0%AF) and a NUL: in every route. */
const everywhere = ['%', '%E0%A4%A', '%C0%AF', '%00']
/** Non-hex digits, a lone 0xFF byte, an encoded UTF-16 surrogate: once per route, in English. */
const englishOnly = ['%ZZ', '%FF', '%ED%A0%80']

const inRoute = (path: string, slug: string | undefined, bad: string) =>
  // Inside the slug where there is one (/en/news/<slug>%E0%A4%A), else as a segment of its own.
  slug ? path.replace(slug, `${slug}${bad}`) : `${path}/${bad}`

const routeVariants = (): FuzzRequest[] =>
  siteRoutes().flatMap(({ path, slug, locale }) =>
    [...everywhere, ...(locale === 'en' ? englishOnly : [])].map((bad) =>
      get(inRoute(path, slug, bad)),
    ),
  )

// Segments appended after a document's own page: /en/news/<slug>/%E0%A4%A.
const afterDocument = (): FuzzRequest[] =>
  siteRoutes()
    .filter(({ slug, template }) => slug && !template.endsWith('/vcard'))
    .filter(({ locale }) => locale === 'en')
    .map(({ path }) => get(`${path}/%E0%A4%A`))

const queryValues = (): FuzzRequest[] =>
  locales.flatMap((locale) => {
    const route = (template: string) => pathOf(template, locale)
    return [
      get(`${route('/search')}?q=%E0%A4%A`),
      get(`${route('/search')}?q=%`),
      get(`${route('/search')}?q=%00`),
      get(`${route('/search')}?q=%C0%AF&page=%`),
      get(`${route('/news')}?page=%`),
      get(`${route('/news')}?page=%E0%A4%A`),
      get(`${route('/news')}?scope=%ZZ&focusArea=%C0%AF`),
      get(`${route('/press')}?q=%E0%A4%A`),
      get(`${route('/press')}?topic=%&region=%00&office=%C0%AF&language=%ZZ`),
      get(`${route('/press')}?page=%`),
      get(`/${locale}/feed.xml?%=%`),
      // A malformed key rather than value.
      get(`${route('/')}?%E0%A4%A=1`),
    ]
  })

const elsewhere = (): FuzzRequest[] => [
  get('/%'),
  get('/%ZZ'),
  get('/%00'),
  get('/%C0%AF'),
  get('/%E0%A4%A'),
  get('/%E0%A4%A/news'),
  get('/e%ZZn/news'),
  get('/sitemap.xml%'),
  get('/sitemap.xml?x=%'),
  get('/robots.txt%00'),
  get('/robots%ZZ.txt'),
  get('/robots.txt?%E0%A4%A'),
  get('/icon.svg%'),
  get('/api/%'),
  get('/api/%E0%A4%A'),
  get('/api/%C0%AF'),
  get('/api/news-releases/%'),
  get('/api/news-releases/%E0%A4%A'),
  get('/api/news-releases/%C0%AF'),
  get('/api/news-releases/%00'),
  get('/api/news-releases?where[title][equals]=%E0%A4%A'),
  get('/api/news-releases?locale=%'),
  get('/api/contacts?where[slug][like]=%'),
  get('/api/globals/%'),
  get('/api/globals/site-settings%E0%A4%A'),
  get('/api/graphql%'),
  get('/api/graphql?query=%'),
  get('/api/media/file/%'),
  get('/api/media/file/%C0%AF%C0%AFpackage.json'),
  get('/next/preview?secret=%&path=%E0%A4%A'),
  get('/next/preview/%'),
  get('/next/revalidate%'),
  get('/next/revalidate?%=%'),
  get('/next/exit-preview?path=%E0%A4%A'),
  get('/admin/%'),
  get('/admin/%E0%A4%A'),
  get('/admin/collections/%C0%AF'),
  get('/admin/collections/news-releases/%'),
  get('/admin?redirect=%'),
  get('/_next/%'),
  get('/_next/static/%E0%A4%A'),
  get('/_next/image?url=%&w=64&q=75'),
  get('/_next/data/%/en.json'),
]

export const encodingRequests = (): FuzzRequest[] => [
  ...routeVariants(),
  ...afterDocument(),
  ...queryValues(),
  ...elsewhere(),
]
