import { QueryClient, defaultShouldDehydrateQuery } from "@tanstack/react-query";

/** On the server a failed prefetch is not retried: the page renders at once and the browser asks again. */
export function makeQueryClient({ server = false }: { server?: boolean } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 30_000, retry: server ? false : (count, error) => count < 2 && !isClientError(error) },
      dehydrate: { shouldDehydrateQuery: (q) => defaultShouldDehydrateQuery(q) || q.state.status === "pending" },
    },
  });
}

function isClientError(error: unknown): boolean {
  const status = (error as { data?: { httpStatus?: number } } | null)?.data?.httpStatus;
  return typeof status === "number" && status >= 400 && status < 500;
}
