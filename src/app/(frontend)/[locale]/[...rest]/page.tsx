import { notFound } from 'next/navigation'

// Any path under a locale that no page claims gets the localized 404 page; calling notFound() in
// generateMetadata too gives it the 404 page's title rather than the site's name.
export function generateMetadata(): never {
  notFound()
}

export default function CatchAll() {
  notFound()
}
