import type { z } from "zod";
import { ZCreateCoverInput, type TCover } from "@/lib/schemas/cover";
import type { COVERAGE_TYPES, DEDUCTIBLE_KINDS } from "@/lib/schemas/primitives";
import { ZPercent } from "@/lib/schemas/primitives";
import type { TCoverProduct } from "@/lib/schemas/provider";
import { issuesByPath, normalizeMoney } from "@/components/positions/money-input";

export type CoverSource = "catalog" | "elsewhere";

/** What the inputs hold: strings, "" for an unchosen select or an empty optional field. */
export type CoverFormValues = {
  source: CoverSource;
  providerSlug: string;
  productId: string;
  productName: string;
  coverageType: (typeof COVERAGE_TYPES)[number] | "";
  amountUsd: string;
  premiumUsd: string;
  deductibleKind: (typeof DEDUCTIBLE_KINDS)[number] | "";
  deductibleValue: string;
  startsAt: string;
  expiresAt: string;
  claimWindowDays: string;
  status: "held" | "draft";
  positionIds: string[];
};

type CoverFieldsInput = Omit<z.input<typeof ZCreateCoverInput>, "portfolioId">;

export function emptyCover(positionIds: string[] = []): CoverFormValues {
  return {
    source: "catalog", providerSlug: "", productId: "", productName: "", coverageType: "", amountUsd: "", premiumUsd: "",
    deductibleKind: "", deductibleValue: "", startsAt: "", expiresAt: "", claimWindowDays: "", status: "held", positionIds,
  };
}

export function coverToValues(c: TCover): CoverFormValues {
  return {
    source: c.productId ? "catalog" : "elsewhere",
    providerSlug: c.providerSlug ?? "",
    productId: c.productId ?? "",
    productName: c.productId ? "" : c.productName,
    coverageType: c.coverageType,
    amountUsd: c.amountUsd,
    premiumUsd: c.premiumUsd ?? "",
    deductibleKind: c.deductible?.kind ?? "",
    deductibleValue: c.deductible?.value ?? "",
    startsAt: c.startsAt,
    expiresAt: c.expiresAt,
    claimWindowDays: c.claimWindowDays == null ? "" : String(c.claimWindowDays),
    status: c.status,
    positionIds: c.positionIds,
  };
}

/** Picking a catalog product brings its coverage type and deductible; the user can still change the deductible. */
export function applyProduct(v: CoverFormValues, product: TCoverProduct | undefined): CoverFormValues {
  if (!product) return { ...v, productId: "" };
  return {
    ...v,
    productId: product.id,
    coverageType: product.coverageType,
    deductibleKind: product.deductible?.kind ?? "",
    deductibleValue: product.deductible?.value ?? "",
  };
}

const WHOLE_DAYS = /^\d+$/;

/** The fields the server takes (ZCreateCoverInput without the portfolio). */
export function toCoverInput(v: CoverFormValues): CoverFieldsInput {
  const catalog = v.source === "catalog";
  const days = v.claimWindowDays.trim();
  return {
    productId: catalog ? v.productId || null : null,
    providerSlug: catalog ? null : v.providerSlug || null,
    productName: catalog ? null : v.productName.trim() || null,
    coverageType: v.coverageType as CoverFieldsInput["coverageType"],
    amountUsd: normalizeMoney(v.amountUsd),
    premiumUsd: v.premiumUsd.trim() === "" ? null : normalizeMoney(v.premiumUsd),
    deductible: v.deductibleKind === "" ? null : { kind: v.deductibleKind, value: normalizeMoney(v.deductibleValue) },
    startsAt: v.startsAt,
    expiresAt: v.expiresAt,
    claimWindowDays: days === "" ? null : WHOLE_DAYS.test(days) ? Number(days) : Number.NaN,
    status: v.status,
    positionIds: v.positionIds,
  };
}

/** Field → message with the server's rules (ZCreateCoverInput), keyed by the server's paths. */
export function validateCover(v: CoverFormValues): Record<string, string> {
  const parsed = ZCreateCoverInput.safeParse({ ...toCoverInput(v), portfolioId: "form" });
  const errors = parsed.success ? {} : issuesByPath(parsed.error.issues);
  if (v.source === "catalog" && !v.productId) {
    delete errors.productName;
    errors.productId = v.providerSlug ? "Choose the product you bought" : "Choose the provider, then the product";
  }
  if (v.coverageType === "") errors.coverageType = "Choose the risk this cover protects against";
  if (v.claimWindowDays.trim() !== "" && !WHOLE_DAYS.test(v.claimWindowDays.trim())) errors.claimWindowDays = "Enter whole days, e.g. 30";
  if (v.deductibleKind.startsWith("pct_")) {
    const pct = ZPercent.safeParse(normalizeMoney(v.deductibleValue));
    if (!pct.success) errors["deductible.value"] = pct.error.issues[0]?.message ?? "Enter a percentage between 0 and 100";
  }
  if (v.amountUsd.trim() === "") errors.amountUsd = "Enter the cover amount in USD, e.g. 80000";
  if (!v.startsAt) errors.startsAt = "Enter the first day of cover";
  if (!v.expiresAt) errors.expiresAt = "Enter the day the cover ends";
  return errors;
}

/** Server paths onto the fields that show them: "positionIds.3" → "positionIds", "deductible" → "deductible.value". */
export function coverServerFields(fields: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = { ...fields };
  for (const [key, message] of Object.entries(fields)) {
    if (key.startsWith("positionIds.")) out.positionIds ??= message;
    if (key === "deductible") out["deductible.value"] ??= message;
  }
  return out;
}
