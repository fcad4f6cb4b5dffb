// The news list's query parameters become path segments inside the app, so each view can be cached.
import { describe, expect, it } from '@jest/globals'
import { newsListPath } from '@/i18n/newsListPath'

describe('newsListPath', () => {
  it('maps the list, its page and filters to one internal path per view', () => {
    expect(newsListPath('/en/news', new URLSearchParams())).toBe('/en/news/list/1/all/all')
    expect(
      newsListPath(
        '/es/news/',
        new URLSearchParams('page=3&scope=regional&focusArea=human-trafficking'),
      ),
    ).toBe('/es/news/list/3/regional/human-trafficking')
  })
  it('passes odd values on, encoded, for the page to reject with a 404', () => {
    expect(newsListPath('/ja/news', new URLSearchParams('page=a/b'))).toBe(
      '/ja/news/list/a%2Fb/all/all',
    )
  })
  it('leaves every other path alone', () => {
    for (const path of ['/en/news/some-release', '/fr/news', '/en', '/en/newsroom']) {
      expect(newsListPath(path, new URLSearchParams('page=2'))).toBeNull()
    }
  })
})
