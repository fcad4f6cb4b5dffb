/**
 * How much one API request may ask for. Releases, contacts, focus areas and committees link to each
 * other in cycles, so each level of depth multiplies a response: these keep every answer small.
 * The anonymous get what a reader of the public API needs (a document with what it links to);
 * staff get what the admin asks for (its lists page by 100 at most). README: "Request ceilings".
 */
export const ceilings = {
  anonymous: { depth: 1, limit: 50, graphqlDepth: 6, graphqlRootFields: 10, graphqlFields: 300 },
  staff: { depth: 2, limit: 100, graphqlDepth: 8, graphqlRootFields: 20, graphqlFields: 1000 },
  /** Payload's weighted cost of a GraphQL query (a linked document counts 10), for everyone. */
  graphqlComplexity: 1000,
  /** Past this page nobody is reading; deep offsets only cost the database. */
  page: 10_000,
  /** A `where` filter: conditions in all, and and/or levels. */
  whereConditions: 50,
  whereDepth: 5,
  /** Any JSON answer of the API, in megabytes. */
  responseMegabytes: 10,
} as const

export type Ceilings = (typeof ceilings)['anonymous' | 'staff']
