import type { AnyProcedure } from "@trpc/server";
import { createCallerFactory, createTRPCRouter, type ProcedureMeta } from "./trpc";
import { accountRouter } from "./routers/account";
import { alertRouter } from "./routers/alert";
import { apiTokenRouter } from "./routers/api-token";
import { auditRouter } from "./routers/audit";
import { authRouter } from "./routers/auth";
import { coverRouter } from "./routers/cover";
import { incidentRouter } from "./routers/incident";
import { memberRouter } from "./routers/member";
import { shareRouter } from "./routers/share";
import { notificationRouter } from "./routers/notification";
import { portfolioRouter } from "./routers/portfolio";
import { positionRouter } from "./routers/position";
import { providerRouter } from "./routers/provider";
import { quoteRouter } from "./routers/quote";
import { recommendationRouter } from "./routers/recommendation";
import { settingsRouter } from "./routers/settings";
import { venueRouter } from "./routers/venue";
import { webhookRouter } from "./routers/webhook";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  account: accountRouter,
  portfolio: portfolioRouter,
  position: positionRouter,
  cover: coverRouter,
  provider: providerRouter,
  settings: settingsRouter,
  alert: alertRouter,
  recommendation: recommendationRouter,
  quote: quoteRouter,
  venue: venueRouter,
  incident: incidentRouter,
  member: memberRouter,
  share: shareRouter,
  audit: auditRouter,
  notification: notificationRouter,
  webhook: webhookRouter,
  apiToken: apiTokenRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

// At run time `_def.procedures` is flat ("portfolio.list" → procedure), whatever its static type says.
const flatProcedures = new Map<string, AnyProcedure>(Object.entries(appRouter._def.procedures as object));

/** The meta of the procedure at a dotted path, for the HTTP route's checks before tRPC runs. */
export function procedureMetaAt(path: string): ProcedureMeta | undefined {
  const procedure = flatProcedures.get(path);
  return procedure ? ((procedure._def.meta ?? {}) as ProcedureMeta) : undefined;
}
