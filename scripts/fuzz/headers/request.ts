import { type Header, requestsIn } from '../types'

export const { get, send, json } = requestsIn('headers')

export const withHeaders = (path: string, headers: Header[], note?: string) =>
  get(path, {
    headers,
    note: note ?? headers.map(([name, value]) => `${name}: ${value.slice(0, 40)}`).join('; '),
  })
