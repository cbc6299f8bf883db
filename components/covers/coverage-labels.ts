import type { COVERAGE_TYPES, DEDUCTIBLE_KINDS } from "@/lib/schemas/primitives";

export const COVERAGE_LABELS: Record<(typeof COVERAGE_TYPES)[number], string> = {
  protocol_exploit: "Protocol exploit",
  depeg: "Stablecoin / LST depeg",
  custody_theft: "Custody theft",
  exchange_halt: "Exchange halt",
  slashing: "Slashing",
  bridge: "Bridge",
  oracle: "Oracle failure",
  parametric_other: "Parametric (other)",
  fund_portfolio: "Fund portfolio",
  audit_bundled: "Bundled with an audit",
};

export const DEDUCTIBLE_LABELS: Record<(typeof DEDUCTIBLE_KINDS)[number], string> = {
  pct_of_loss: "% of the loss",
  pct_of_cover: "% of the cover amount",
  fixed_usd: "Fixed amount (USD)",
};
