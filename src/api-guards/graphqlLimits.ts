import {
  type ExecutionArgs,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import type { PayloadRequest } from 'payload'
import { isLocale } from '@/i18n/locales'
import { ceilings, type Ceilings } from './ceilings'
import { apiText, type ApiMessageKey, type ApiMessageValues } from './messages'

type Shape = { depth: number; rootFields: number; limits: number[]; unpaginated: boolean; fields: number }

/**
 * How deep an operation's selections go, how many root fields it asks for, every `limit` it passes,
 * and how many fields it selects with its fragments spread out: its cost. The walk stops once the
 * cost passes `maxFields`, so fragments that spread each other many times cannot make it long.
 */
const shapeOf = (
  operation: OperationDefinitionNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  maxFields: number,
): Shape => {
  const rootKeys = new Set<string>()
  const limits: number[] = []
  let unpaginated = false
  let deepest = 0
  let fields = 0
  // A stack, not recursion: a long chain of fragments must not overflow the call stack. A fragment is
  // followed once per path depth, so a cycle (which GraphQL refuses anyway) ends.
  const pending: { set: SelectionSetNode; depth: number; seen: ReadonlySet<string> }[] = [{ set: operation.selectionSet, depth: 1, seen: new Set() }]
  for (let item = pending.pop(); item && fields <= maxFields; item = pending.pop()) {
    const { set, depth, seen } = item
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1
        deepest = Math.max(deepest, depth)
        if (depth === 1) rootKeys.add((selection.alias ?? selection.name).value)
        for (const { name, value } of selection.arguments ?? []) {
          const given = value.kind === Kind.VARIABLE ? variables[value.name.value] : 'value' in value ? value.value : undefined
          if (name.value === 'limit' && given !== undefined) limits.push(Number(given))
          // Without pagination Payload returns every document in one answer.
          if (name.value === 'pagination' && (given === false || given === 'false')) unpaginated = true
        }
        if (selection.selectionSet) pending.push({ set: selection.selectionSet, depth: depth + 1, seen })
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push({ set: selection.selectionSet, depth, seen })
      } else {
        const fragment = fragments.get(selection.name.value)
        if (fragment && !seen.has(fragment.name.value)) pending.push({ set: fragment.selectionSet, depth, seen: new Set([...seen, fragment.name.value]) })
      }
    }
  }
  return { depth: deepest, rootFields: rootKeys.size, limits, unpaginated, fields }
}

const shapeRule =
  (allowed: Ceilings, text: (key: ApiMessageKey, values: ApiMessageValues) => string, variables: Record<string, unknown>): ValidationRule =>
  (context: ValidationContext) => {
    const document = context.getDocument()
    const fragments = new Map<string, FragmentDefinitionNode>()
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition)
    }
    const refuse = (key: ApiMessageKey, values: ApiMessageValues) => context.reportError(new GraphQLError(text(key, values)))
    return {
      OperationDefinition(operation) {
        const shape = shapeOf(operation, fragments, variables, allowed.graphqlFields)
        if (shape.fields > allowed.graphqlFields) {
          refuse('graphqlTooComplex', { actual: `${allowed.graphqlFields}+`, max: allowed.graphqlFields })
          return false
        }
        if (shape.depth > allowed.graphqlDepth) refuse('graphqlTooDeep', { depth: shape.depth, max: allowed.graphqlDepth })
        if (shape.rootFields > allowed.graphqlRootFields) refuse('graphqlTooManyRootFields', { count: shape.rootFields, max: allowed.graphqlRootFields })
        const limit = shape.limits.find((value) => !(value >= 1 && value <= allowed.limit))
        if (limit !== undefined) refuse('graphqlLimit', { value: limit, max: allowed.limit })
        if (shape.unpaginated) refuse('paginationOff', { max: allowed.limit })
        return false
      },
    }
  }

/**
 * GraphQL's ceilings, as validation rules (config.graphQL.validationRules), checked before anything
 * runs: how deep a query nests, how many root fields (aliases included) and fields in all it asks
 * for, and every `limit`. Payload's own cost rule (config.graphQL.maxComplexity, which weighs each
 * linked document as 10 fields) applies staff's ceiling to everyone. Messages follow the client's
 * language as Payload read it.
 */
export const graphqlLimits = (args: ExecutionArgs): ValidationRule[] => {
  const req = (args.contextValue as { req?: PayloadRequest } | undefined)?.req
  const language = req?.i18n?.language
  const text = (key: ApiMessageKey, values: ApiMessageValues) => apiText(isLocale(language) ? language : 'en', key, values)
  return [shapeRule(req?.user ? ceilings.staff : ceilings.anonymous, text, (args.variableValues ?? {}) as Record<string, unknown>)]
}
