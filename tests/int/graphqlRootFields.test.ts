// Which root fields a GraphQL query selects, as the contact lookups' rate limit counts them.
import { describe, expect, it } from '@jest/globals'
import { rootFieldCount } from '@/api-guards/graphqlRootFields'

const contacts = new Set(['Contact', 'Contacts'])

describe('rootFieldCount', () => {
  it('counts the named root fields, by response key', () => {
    expect(rootFieldCount('{ Contacts { docs { name } } }', contacts)).toBe(1)
    expect(
      rootFieldCount(
        'query Q { a: Contacts { totalDocs } b: Contact(id: 1) { name } Partners { totalDocs } }',
        contacts,
      ),
    ).toBe(2)
    expect(rootFieldCount('{ Contacts { totalDocs } Contacts { docs { name } } }', contacts)).toBe(
      1,
    )
    expect(
      rootFieldCount(
        '{ Partners { docs { contacts: name } } NewsReleases { docs { Contacts: title } } }',
        contacts,
      ),
    ).toBe(0)
  })

  it('follows fragments and inline fragments, and survives cycles and long chains', () => {
    expect(
      rootFieldCount(
        '{ ...F } fragment F on Query { x: Contacts { totalDocs } ... on Query { y: Contact(id: 1) { name } } }',
        contacts,
      ),
    ).toBe(2)
    expect(
      rootFieldCount(
        '{ ...A } fragment A on Query { ...B Contacts { totalDocs } } fragment B on Query { ...A }',
        contacts,
      ),
    ).toBe(1)
    const chain = Array.from(
      { length: 20_000 },
      (_, i) => `fragment F${i} on Query { ...F${i + 1} }`,
    ).join(' ')
    expect(
      rootFieldCount(
        `{ ...F0 } ${chain} fragment F20000 on Query { Contacts { totalDocs } }`,
        contacts,
      ),
    ).toBe(1)
  })

  it('takes the costliest operation of a document, and null for a query that does not parse', () => {
    expect(
      rootFieldCount(
        'query A { Partners { totalDocs } } query B { a: Contacts { totalDocs } b: Contacts { totalDocs } }',
        contacts,
      ),
    ).toBe(2)
    expect(rootFieldCount('{ Contacts { docs { name }', contacts)).toBeNull()
    expect(rootFieldCount('', contacts)).toBeNull()
  })
})
