/**
 * Connections per app process (DATABASE_POOL_SIZE overrides it). The embedded database's socket
 * server accepts more than this (scripts/start.ts), since a Next build may run several processes.
 */
export const DEFAULT_POOL_SIZE = 10;
