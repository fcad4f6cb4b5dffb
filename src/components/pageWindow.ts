/** A gap between page numbers that are not next to each other. */
export const GAP = 'gap'

/**
 * The page numbers a list's navigation shows: the first, the last, and those around the current
 * one, with a gap where numbers are left out. However many pages a list has (a thousand at 10,000
 * releases), a page carries a handful of links, not one per page.
 */
export const pageWindow = (
  page: number,
  totalPages: number,
  around = 2,
): (number | typeof GAP)[] => {
  const shown = [1, totalPages]
  for (let n = page - around; n <= page + around; n++) shown.push(n)
  const numbers = [...new Set(shown)].filter((n) => n >= 1 && n <= totalPages).sort((a, b) => a - b)
  return numbers.flatMap((n, i) => {
    const previous = numbers[i - 1]
    if (previous === undefined || n === previous + 1) return [n]
    // A single missing number is shown itself: a gap mark would take as much room.
    return n === previous + 2 ? [previous + 1, n] : [GAP, n]
  })
}
