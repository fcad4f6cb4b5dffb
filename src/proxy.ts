import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but Payload (/admin, /api), Next's own files and anything with a file extension.
  matcher: '/((?!api|admin|_next|_vercel|.*\\..*).*)',
}
