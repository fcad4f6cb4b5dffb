/** This server's own address (Next records the -H and -p it was started with), for calls to itself. */
export const serverOrigin = (): string => process.env.__NEXT_PRIVATE_ORIGIN || `http://localhost:${process.env.PORT || 3000}`
