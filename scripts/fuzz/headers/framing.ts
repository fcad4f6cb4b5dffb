import { type FuzzRequest, type Header } from '../types'
import { send } from './request'

/** Framing the server cannot trust: every one is sent exactly as written. */
export const framing = (): FuzzRequest[] => {
  const exact = (
    method: string,
    path: string,
    headers: Header[],
    body: string,
    note: string,
    halfClose = false,
  ) =>
    send(method, path, {
      exactHeaders: true,
      headers: [['Host', 'localhost'], ['Connection', 'close'], ...headers],
      body,
      note,
      halfClose,
    })
  return [
    exact(
      'GET',
      '/en',
      [['Content-Length', '10']],
      '',
      'GET promising 10 bytes, sending none',
      true,
    ),
    exact(
      'POST',
      '/api/users/login',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '100'],
      ],
      '{"email":"',
      'body shorter than Content-Length',
      true,
    ),
    exact(
      'POST',
      '/api/users/login',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '5'],
      ],
      '{"email":"x","password":"y"}',
      'body longer than Content-Length',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '-1'],
      ],
      '{}',
      'negative Content-Length',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', 'abc'],
      ],
      '{}',
      'Content-Length abc',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '2'],
        ['Content-Length', '3'],
      ],
      '{}',
      'two Content-Lengths',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '2'],
        ['Transfer-Encoding', 'chunked'],
      ],
      '0\r\n\r\n',
      'Content-Length and chunked',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Transfer-Encoding', 'chunked'],
      ],
      'zz\r\n{}\r\n0\r\n\r\n',
      'bad chunk size',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Transfer-Encoding', 'gzip, chunked'],
      ],
      '2\r\n{}\r\n0\r\n\r\n',
      'gzip, chunked',
    ),
    exact(
      'POST',
      '/api/graphql',
      [
        ['Content-Type', 'application/json'],
        ['Transfer-Encoding', 'garbage'],
      ],
      '{}',
      'Transfer-Encoding garbage',
      true,
    ),
    exact(
      'POST',
      '/api/news-releases',
      [
        ['Content-Type', 'application/json'],
        ['Content-Length', '99999999999999999999'],
      ],
      '{}',
      'Content-Length 10^20',
      true,
    ),
  ]
}
