// The pages the bench loads on Beacon, and the peer's (Payload's website template) for the same roles.
import { pressQueries, pressQueryPath } from './generateContacts'

export const PEER_URL = process.env.BENCH_PEER_URL
// Payload's website template's pages for the same roles.
export const peerPages: Record<string, string> = Object.fromEntries(
  (process.env.BENCH_PEER_PAGES ?? 'home=/,news list=/posts,release=/posts/digital-horizons')
    .split(',')
    .map((pair) => pair.split('=')),
)
// A page each server renders on request rather than from its cache. Node 20's AsyncLocalStorage
// turns promise hooks on at a server's first render and never off, which costs every later response
// (5 to 7% of a cached page's CPU, profiled). The template prerenders its pages at build, Beacon on first
// request, so without this only Beacon would pay; a server in production renders something sooner
// or later (search, a revalidated page, the admin), so both are measured in that state.
export const renderedPage = '/en/search?q=migrant'
export const peerRenderedPage = process.env.BENCH_PEER_RENDERED ?? '/search?q=migrant'
export const pages = {
  home: '/en',
  'focus area': '/en/focus-areas/human-trafficking-and-exploitative-migration',
  'news list': '/en/news',
  release: '/ja/news/imadr-welcomes-call-to-address-demand-side-of-trafficking',
  'press room': '/en/press',
}
// Measured after the generated contacts are added: the press page with combined filters.
export const pressPages = Object.fromEntries(
  pressQueries.map((query) => [`press: ${query.name}`, pressQueryPath(query)]),
)
