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
  /** For explanations: the venue's display name, or the asset symbol. */
  label: string;
  /** Indices into `model.gaps`, ascending. */
  gaps: number[];
};

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
 * Drivers come in the order their first gap appears.
 */
export function riskDrivers(model: LpModel): RiskDriver[] {
  const byId = new Map<string, RiskDriver & { named: boolean }>();
  model.gaps.forEach(({ gap }, index) => {
    const kind = KIND[gap.risk];
    const key = kind === "asset" ? gap.asset.trim().toUpperCase() : gap.venue;
    const id = `${kind}:${key}`;
    let driver = byId.get(id);
    if (!driver) {
      driver = { id, kind, key, label: kind === "asset" ? key : displayName(key), gaps: [], named: false };
      byId.set(id, driver);
    }
    if (kind !== "asset" && !driver.named && gap.venueName) {
      driver.label = gap.venueName;
      driver.named = true;
    }
    driver.gaps.push(index);
  });
  return [...byId.values()].map(({ named: _, ...driver }) => driver);
}
