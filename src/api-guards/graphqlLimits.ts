import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type SelectionSetNode,
} from 'graphql'
import type { Ceilings } from './ceilings'
import type { ApiMessageKey, ApiMessageValues } from './messages'

// Tokens in one query document: parsing stops past these (graphql-js's own guard).
const MAX_TOKENS = 20_000

type Refusal = { key: ApiMessageKey; values?: ApiMessageValues }

type Shape = {
  depth: number
  rootFields: number
  limits: number[]
  unpaginated: boolean
  visits: number
  cycle: boolean
}

/**
 * How deep an operation's selections go, how many root fields it asks for, every `limit` it passes,
 * and how many selections it visits with its fragments spread out: its cost. The walk stops once
 * the cost passes `maxVisits`, so fragments that spread each other many times cannot make it long.
 */
const shapeOf = (
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxVisits: number,
): Shape => {
  const rootKeys = new Set<string>()
  const shape: Shape = {
    depth: 0,
    rootFields: 0,
    limits: [],
    unpaginated: false,
    visits: 0,
    cycle: false,
  }
  // A stack, not recursion: a long chain of fragments must not overflow the call stack.
  const pending: { set: SelectionSetNode; depth: number; path: ReadonlySet<string> }[] = [
    { set: selectionSet, depth: 1, path: new Set() },
  ]
  for (let item = pending.pop(); item && shape.visits <= maxVisits; item = pending.pop()) {
    const { set, depth, path } = item
    for (const selection of set.selections) {
      shape.visits += 1
      if (selection.kind === Kind.FIELD) {
        shape.depth = Math.max(shape.depth, depth)
        if (depth === 1) rootKeys.add((selection.alias ?? selection.name).value)
        for (const { name, value } of selection.arguments ?? []) {
          const given =
            value.kind === Kind.VARIABLE
              ? variables[value.name.value]
              : 'value' in value
                ? value.value
                : undefined
          if (name.value === 'limit' && given !== undefined) shape.limits.push(Number(given))
          // Without pagination Payload returns every document in one answer.
          if (name.value === 'pagination' && (given === false || given === 'false'))
            shape.unpaginated = true
        }
        if (selection.selectionSet)
          pending.push({ set: selection.selectionSet, depth: depth + 1, path })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push({ set: selection.selectionSet, depth, path })
      } else {
        const name = selection.name.value
        if (path.has(name)) shape.cycle = true
        const fragment = fragments.get(name)
        if (fragment && !path.has(name))
          pending.push({ set: fragment.selectionSet, depth, path: new Set([...path, name]) })
      }
    }
  }
  shape.rootFields = rootKeys.size
  return shape
}

const refusalFor = (
  document: DocumentNode,
  allowed: Ceilings,
  variables: Record<string, unknown>,
): Refusal | null => {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition)
  }
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue
    if (definition.operation === 'subscription') return { key: 'graphqlSubscription' }
    const shape = shapeOf(definition.selectionSet, fragments, variables, allowed.graphqlFields)
    if (shape.cycle) return { key: 'graphqlFragmentCycle' }
    if (shape.visits > allowed.graphqlFields)
      return {
        key: 'graphqlTooComplex',
        values: { actual: `${allowed.graphqlFields}+`, max: allowed.graphqlFields },
      }
    if (shape.depth > allowed.graphqlDepth)
      return { key: 'graphqlTooDeep', values: { depth: shape.depth, max: allowed.graphqlDepth } }
    if (shape.rootFields > allowed.graphqlRootFields)
      return {
        key: 'graphqlTooManyRootFields',
        values: { count: shape.rootFields, max: allowed.graphqlRootFields },
      }
    const limit = shape.limits.find((value) => !(value >= 1 && value <= allowed.limit))
    if (limit !== undefined)
      return { key: 'graphqlLimit', values: { value: limit, max: allowed.limit } }
    if (shape.unpaginated) return { key: 'paginationOff', values: { max: allowed.limit } }
  }
  return null
}

/**
 * GraphQL's ceilings, checked on the query document before Payload sees it (graphql-js's own
 * validation can take exponential time on fragments that fan out, and Payload's cost rule recurses
 * without end on a fragment cycle): its size in tokens, subscriptions (there are none), fragment
 * cycles, how deep it nests, how many root fields (aliases included) and selections in all it asks
 * for, and every `limit`. `allowedFor` is asked only when the query is past the anonymous ceilings.
 * A query that does not parse is left to Payload, which answers 400.
 */
export const graphqlRefusal = async (
  body: unknown,
  anonymous: Ceilings,
  allowedFor: () => Promise<Ceilings>,
): Promise<Refusal | null> => {
  const { query, variables } = (body ?? {}) as { query?: unknown; variables?: unknown }
  if (typeof query !== 'string') return null
  let document: DocumentNode
  try {
    document = parse(query, { maxTokens: MAX_TOKENS })
  } catch (error) {
    return {
      key: 'graphqlUnreadable',
      values: { detail: String((error as Error).message).slice(0, 200) },
    }
  }
  const values = (variables && typeof variables === 'object' ? variables : {}) as Record<
    string,
    unknown
  >
  const refusal = refusalFor(document, anonymous, values)
  return refusal ? refusalFor(document, await allowedFor(), values) : null
}
