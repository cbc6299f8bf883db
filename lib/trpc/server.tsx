import "server-only";
import { dehydrate, HydrationBoundary } from "@tanstack/react-query";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import { headers } from "next/headers";
import { cache, type ReactNode } from "react";
import { appRouter } from "@/server/api/root";
import { createHeadersContext } from "@/server/api/http-context";
import { makeQueryClient } from "./query-client";

/** One query client per server request: what a page prefetches is what it hands to the browser. */
export const getQueryClient = cache(() => makeQueryClient({ server: true }));

/** Procedures called in-process from server components, with the same context (session, IP) as over HTTP. */
export const trpc = createTRPCOptionsProxy({
  ctx: async () => createHeadersContext(await headers()),
  router: appRouter,
  queryClient: getQueryClient,
});

/** Hands the queries prefetched on the server to the browser's query client, so the first render has the figures. */
export function HydrateClient({ children }: { children: ReactNode }) {
  return <HydrationBoundary state={dehydrate(getQueryClient())}>{children}</HydrationBoundary>;
}
