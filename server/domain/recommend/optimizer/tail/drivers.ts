import { displayName } from "../../names";
import type { RiskType } from "../../types";
import type { LpModel } from "../variables";

/** What one loss event takes down: a venue (exploit), an asset (depeg), an exchange or custodian. */
export type DriverKind = "venue" | "asset" | "custody";

/** A loss event that hits every gap it drives at once (DESIGN §10). */
export type RiskDriver = {
  /** `${kind}:${key}`, unique within a model. */
  id: string;
  kind: DriverKind;
  /** The venue slug, or the asset symbol upper-cased. */
  key: string;
  /** For explanations: the venue's display name, or the asset symbol as the portfolio writes it. */
  label: string;
  /** Indices into `model.gaps`, ascending. */
  gaps: number[];
};

/** A driver with the share (0–1) of the worst 5 % of years it is hit in, before new cover. */
export type TailDriver = RiskDriver & { worstYearsShare: number };

const KIND: Record<RiskType, DriverKind> = {
  protocol_exploit: "venue",
  bridge: "venue",
  oracle: "venue",
  slashing: "venue",
  audit_bundled: "venue",
  parametric_other: "venue",
  fund_portfolio: "venue",
  depeg: "asset",
  exchange_halt: "custody",
  custody_theft: "custody",
};

/**
 * Groups every gap of the model (coverable or not: all of them lose money in a bad year) under
 * exactly one driver. A venue's exploit hits its positions on every chain; a stablecoin's or
 * LST's depeg hits it on every venue; an exchange or custodian failing hits every balance there.
 * Drivers come in the order their first gap appears; a venue's name is taken from any gap there.
 */
export function riskDrivers(model: LpModel): RiskDriver[] {
  const venueNames = new Map<string, string>();
  for (const { gap } of model.gaps) {
    if (gap.venueName && !venueNames.has(gap.venue)) venueNames.set(gap.venue, gap.venueName);
  }
  const byId = new Map<string, RiskDriver>();
  model.gaps.forEach(({ gap }, index) => {
    const kind = KIND[gap.risk];
    const key = kind === "asset" ? gap.asset.trim().toUpperCase() : gap.venue;
    const id = `${kind}:${key}`;
    let driver = byId.get(id);
    if (!driver) {
      const label = kind === "asset" ? gap.asset.trim() : venueNames.get(key) ?? displayName(key);
      driver = { id, kind, key, label, gaps: [] };
      byId.set(id, driver);
    }
    driver.gaps.push(index);
  });
  return [...byId.values()];
}
