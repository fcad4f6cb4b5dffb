/** A URL path segment decoded; a malformed escape is kept as it came, to be refused as a bad value. */
export const decodeSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
