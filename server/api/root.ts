import { createCallerFactory, createTRPCRouter } from "./trpc";
import { alertRouter } from "./routers/alert";
import { authRouter } from "./routers/auth";
import { coverRouter } from "./routers/cover";
import { portfolioRouter } from "./routers/portfolio";
import { positionRouter } from "./routers/position";
import { providerRouter } from "./routers/provider";
import { recommendationRouter } from "./routers/recommendation";
import { settingsRouter } from "./routers/settings";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  portfolio: portfolioRouter,
  position: positionRouter,
  cover: coverRouter,
  provider: providerRouter,
  settings: settingsRouter,
  alert: alertRouter,
  recommendation: recommendationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
