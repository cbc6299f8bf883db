// Runs in the browser before the app's modules: see lib/zod-jitless.ts (zod must not probe eval under our CSP).
import "@/lib/zod-jitless";
