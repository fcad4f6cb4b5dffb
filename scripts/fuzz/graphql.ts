// GraphQL abuse: relation chains many levels deep (the schema's relations form cycles), many
// aliases of one root field, huge limits, introspection, fragment cycles and fragment fan-out, huge
// and invalid queries, batches, GET, staff-only fields. Each must be refused (400/429) or answered
// within bounds, never a 500 nor minutes of work.
import { getIntrospectionQuery } from 'graphql'
import { type FuzzRequest, requestsIn } from './types'

const { json, get } = requestsIn('graphql')

/** A POST of `text`, shown in the report by its note, else by its first 60 characters. */
const query = (
  text: string,
  note = text.length > 60 ? `${text.slice(0, 60)}…` : text,
  extra: Record<string, unknown> = {},
) => json('POST', '/api/graphql', JSON.stringify({ query: text, ...extra }), { note })

// Relations walked in a cycle: focus area → activity's committee → its contacts → their topics
// (focus areas again), or focus area → partners → their focus areas.
const committeeCycle = ['activities { committee {', 'contacts {', 'topics {']
const partnerCycle = ['partners {', 'focusAreas {']

/** NewsReleases → focusAreas → … `hops` relations deep, every level asking for its id. */
const chain = (cycle: string[], hops: number, limit = 100) => {
  const steps = Array.from({ length: hops }, (_, i) => cycle[i % cycle.length])
  const open = steps.map((step) => `${step} id `).join('')
  const close = steps.map((step) => '}'.repeat(step.split('{').length - 1)).join(' ')
  return `{ NewsReleases(limit: ${limit}) { docs { id focusAreas { id ${open} } ${close} } } }`
}

const aliases = (count: number, field: string) =>
  `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`

/** Fragments that each use the one before twice under two aliases: 2^levels copies of the first. */
const fanOut = (levels: number) => {
  const fragments = Array.from({ length: levels }, (_, i) =>
    i === 0
      ? 'fragment F0 on FocusArea { id title }'
      : `fragment F${i} on FocusArea { x: partners { focusAreas { ...F${i - 1} } } y: partners { focusAreas { ...F${i - 1} } } }`,
  )
  return `{ FocusAreas(limit: 100) { docs { ...F${levels - 1} } } } ${fragments.join(' ')}`
}

/** Introspection's type → fields → type … `levels` deep. */
const deepIntrospection = (levels: number) =>
  `{ __schema { types { ${'fields { type { '.repeat(levels)}name${' } }'.repeat(levels)} } } }`

export const graphqlRequests = (): FuzzRequest[] => [
  query('{ __typename }', 'baseline'),
  query('{'),
  query('query {'),
  query('}}}}'),
  query('{ nope }'),
  query('{ NewsReleases(limit: "x") { docs { id } } }'),
  query('{ NewsReleases(where: { id: { in: ["abc"] } }) { docs { id } } }'),
  query('{ NewsReleases(where: { nonexistent: { equals: 1 } }) { docs { id } } }'),
  query('{ NewsReleases(sort: "nonexistent") { docs { id } } }'),
  query('{ NewsReleases(locale: xx) { docs { id } } }'),
  query('{ NewsReleases(draft: true) { docs { id title _status } } }'),
  query('query A { __typename } query B { __typename }', 'two operations, none named'),
  query('{ __typename }', 'unknown operationName', { operationName: 'nope' }),
  query('{ __typename }', 'variables as a string', { variables: 'x' }),
  query('subscription { x }'),
  query('mutation { createNewsRelease(data: { title: "defaced" }) { id } }'),
  query('mutation { updateSiteSetting(data: { tagline: "defaced" }) { tagline } }'),
  json('POST', '/api/graphql', '{"query":5}', { note: 'query a number' }),
  json('POST', '/api/graphql', '{"query":null}', { note: 'query null' }),
  json('POST', '/api/graphql', '{"query":"{ __typename }"}', {
    headers: [['Content-Type', 'application/graphql']],
    note: 'two content types',
  }),
  get('/api/graphql?query={__typename}'),
  get('/api/graphql?query=%7B%20Contacts%20%7B%20docs%20%7B%20id%20%7D%20%7D%20%7D'),
  query('{ Contacts { docs { id personalMobile internalNotes } } }', 'staff-only fields'),
  query(
    '{ Contacts(where: { personalMobile: { exists: true } }) { totalDocs } }',
    'filter on a staff-only field',
  ),
  query('{ Contacts(sort: "personalMobile") { docs { id } } }', 'sort on a staff-only field'),
  query('{ versionsContacts { docs { version { personalMobile } } } }'),
  query('{ Users { docs { id email } } }'),
  query('{ EmbargoLinks { docs { id token } } }'),
  query(
    'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    'fragment cycle',
  ),
  query('query { ...A } fragment A on Query { __typename ...A }', 'fragment spreading itself'),
  json(
    'POST',
    '/api/graphql',
    JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    { note: 'batch of 2' },
  ),
  json(
    'POST',
    '/api/graphql',
    JSON.stringify(Array.from({ length: 100 }, () => ({ query: '{ Contacts { docs { id } } }' }))),
    { note: 'batch of 100 contact lookups' },
  ),
  query(`{ ${'__typename '.repeat(10_000)}}`, '10,000 repeats of one field'),
  query(`{ __typename } #${'x'.repeat(1024 * 1024)}`, '1 MB comment'),
  query(`{ ${'a { '.repeat(5_000)}b${' }'.repeat(5_000)} }`, 'selections 5,000 deep'),
  query(getIntrospectionQuery(), 'introspection'),
  query(deepIntrospection(10), 'introspection 10 levels deep'),
  query(deepIntrospection(40), 'introspection 40 levels deep'),
  query(
    '{ NewsReleases(limit: 100000) { docs { id } } Media(limit: 100000) { docs { id } } }',
    'limit 100000',
  ),
  query('{ NewsReleases(limit: -1, page: 999999999) { docs { id } } }'),
  query(aliases(100, 'Contacts { docs { id } }'), '100 aliases of Contacts'),
  query(aliases(100, 'NewsReleases(limit: 100) { docs { id title } }'), '100 aliases'),
  query(aliases(1_000, 'NewsReleases(limit: 100) { docs { id title } }'), '1,000 aliases'),
  query(aliases(10_000, '__typename'), '10,000 aliases of __typename'),
  // The costliest last: on a server without bounds these can pin the CPU for minutes.
  query(chain(committeeCycle, 6), 'relations 6 deep'),
  query(chain(committeeCycle, 12), 'relations 12 deep'),
  query(chain(partnerCycle, 12), 'relations 12 deep via partners'),
  query(chain(committeeCycle, 30, 100_000), 'relations 30 deep, limit 100000'),
  query(fanOut(12), 'fragment fan-out 2^12'),
  query(fanOut(24), 'fragment fan-out 2^24'),
]
