// The page numbers a list shows: a handful around the current page, the first and the last, never
// one link per page (at 10,000 releases the news list has a thousand pages).
import { describe, expect, it } from '@jest/globals'
import { GAP, pageWindow } from '@/components/pageWindow'

describe('the page numbers a list shows', () => {
  it('shows every page of a short list', () => {
    expect(pageWindow(1, 1)).toEqual([1])
    expect(pageWindow(3, 5)).toEqual([1, 2, 3, 4, 5])
  })

  it('shows the first, the last and two on each side of the current page, with gaps', () => {
    expect(pageWindow(500, 1000)).toEqual([1, GAP, 498, 499, 500, 501, 502, GAP, 1000])
    expect(pageWindow(1, 1000)).toEqual([1, 2, 3, GAP, 1000])
    expect(pageWindow(1000, 1000)).toEqual([1, GAP, 998, 999, 1000])
  })

  it('shows a single left-out number instead of a gap', () => {
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, GAP, 10])
    expect(pageWindow(4, 7)).toEqual([1, 2, 3, 4, 5, 6, 7])
  })

  it('keeps the number of links the same however long the list is', () => {
    for (const total of [100, 1_000, 10_000])
      expect(pageWindow(Math.floor(total / 2), total).length).toBe(9)
  })
})
