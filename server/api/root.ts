import { createCallerFactory, createTRPCRouter } from "./trpc";
import { authRouter } from "./routers/auth";
import { coverRouter } from "./routers/cover";
import { portfolioRouter } from "./routers/portfolio";
import { positionRouter } from "./routers/position";
import { providerRouter } from "./routers/provider";
import { settingsRouter } from "./routers/settings";

export const appRouter = createTRPCRouter({
  auth: authRouter,
  portfolio: portfolioRouter,
  position: positionRouter,
  cover: coverRouter,
  provider: providerRouter,
  settings: settingsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
