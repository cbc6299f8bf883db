// The seed catalog: 18 providers researched in shared/data/providers.json (see providers_meta.json).
import type { ProviderSeed } from "../types";
import { nexusMutual } from "./nexus-mutual";
import { insurace } from "./insurace";
import { opencover } from "./opencover";
import { sherlock } from "./sherlock";
import { chainproof } from "./chainproof";
import { nayms } from "./nayms";
import { etherisc } from "./etherisc";
import { tidalFinance } from "./tidal-finance";
import { subseaRiskHarbor } from "./subsea-risk-harbor";
import { bitgoCustody } from "./bitgo-custody";
import { neptuneMutual } from "./neptune-mutual";
import { amuletProtocol } from "./amulet-protocol";
import { arbol } from "./arbol";
import { geminiCustody } from "./gemini-custody";
import { anchorageDigital } from "./anchorage-digital";
import { coinbaseCustody } from "./coinbase-custody";
import { unslashedFinance } from "./unslashed-finance";
import { bridgeMutual } from "./bridge-mutual";

export const PROVIDERS: readonly ProviderSeed[] = [
  nexusMutual,
  insurace,
  opencover,
  sherlock,
  chainproof,
  nayms,
  etherisc,
  tidalFinance,
  subseaRiskHarbor,
  bitgoCustody,
  neptuneMutual,
  amuletProtocol,
  arbol,
  geminiCustody,
  anchorageDigital,
  coinbaseCustody,
  unslashedFinance,
  bridgeMutual,
];
