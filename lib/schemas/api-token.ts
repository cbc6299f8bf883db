import { z } from "zod";
import { ZId } from "./primitives";
import { ZShareExpiry } from "./share";

/** DESIGN §14: tokens for the REST API. */
export const ZApiTokenScope = z.enum(["read", "read-write"]);

export const ZApiTokenCreateInput = z.object({
  name: z.string().trim().min(1, "Give the token a name, e.g. the script that uses it").max(80, "At most 80 characters"),
  scope: ZApiTokenScope,
  /** Absent or null: every portfolio the owner is a member of. */
  portfolioId: ZId.nullish(),
  /** "YYYY-MM-DD" (through the end of that day, UTC) or a date-time with a zone; absent or null: no expiry. */
  expiresAt: ZShareExpiry.nullish(),
});
export type TApiTokenCreateInput = z.infer<typeof ZApiTokenCreateInput>;

export const ZApiTokenRevokeInput = z.object({ id: ZId });

export const ZApiToken = z.object({
  id: z.string(),
  name: z.string(),
  scope: ZApiTokenScope,
  /** The token's first characters, e.g. "cdk_AbCdEf". */
  prefix: z.string(),
  portfolio: z.object({ id: z.string(), name: z.string() }).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  status: z.enum(["active", "expired"]),
});
export type TApiToken = z.infer<typeof ZApiToken>;

/** What apiToken.create returns: the only time the token itself is ever shown. */
export const ZApiTokenCreated = ZApiToken.extend({ token: z.string() });
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;
