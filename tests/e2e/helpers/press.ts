import type { Page } from 'playwright-core'

/** The names on the press cards of a page, in order. */
export const cardNames = async (page: Page) => page.locator('.press-card__name').allInnerTexts()
