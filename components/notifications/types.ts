import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/api/root";

type Outputs = inferRouterOutputs<AppRouter>;

export type Preferences = Outputs["notification"]["preferences"];
export type Webhook = Outputs["webhook"]["list"][number];
export type WebhookDelivery = Outputs["webhook"]["test"];
export type EmailMessage = Outputs["notification"]["outbox"]["items"][number];
