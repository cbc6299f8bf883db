import { formatUsd } from "@/lib/format/money";
import { normalizeMoney } from "./money-input";

const LOOKS_LIKE_AMOUNT = /^\$?\d[\d,\s_]*(\.\d+)?$/;

/** Echoes a typed amount formatted ("= $100,000.00") so a missing or extra zero is caught before saving. */
export function amountHint(raw: string, fallback: string): string {
  return LOOKS_LIKE_AMOUNT.test(raw.trim()) ? `= ${formatUsd(normalizeMoney(raw))}` : fallback;
}
