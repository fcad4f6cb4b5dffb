import { rawRequest as rawRequestTo, type RawResponse } from '../../helpers/rawRequest'
import { baseUrl } from './browser'

export type { RawResponse }

/** A raw request (see tests/helpers/rawRequest.ts) to the site the browser tests serve, unless `base` says another. */
export const rawRequest = (
  path: string,
  options: Omit<Parameters<typeof rawRequestTo>[1], 'base'> & { base?: string } = {},
) => rawRequestTo(path, { ...options, base: options.base ?? baseUrl() })
