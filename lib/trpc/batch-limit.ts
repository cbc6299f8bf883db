/** tRPC calls one HTTP request may batch: the server refuses more (400), the client's link never sends more. */
export const MAX_BATCH_CALLS = 10;
