/**
 * The buyer's checklist of DESIGN §5 as data: shown beside recommendations, and the source of
 * every suggestion warning (each warning names the entry it comes from).
 */

export type ChecklistItemId =
  | "eligibility" | "coverage_match" | "capacity_record" | "premium_deductible"
  | "claims_process" | "security" | "docs_support";
export type RedFlagId = "vague_wording" | "fdic_like";
export type MistakeId =
  | "all_losses_covered" | "after_incident" | "chain_app_constraints" | "lapse_during_upgrade"
  | "custodial_equals_fdic";
export type ChecklistId = ChecklistItemId | RedFlagId | MistakeId;

export type ChecklistEntry<Id extends string> = { id: Id; title: string; detail: string };

export const CHECKLIST_ITEMS: readonly ChecklistEntry<ChecklistItemId>[] = [
  { id: "eligibility", title: "Eligibility and region, KYC",
    detail: "Can you buy it where you live, and will you do the KYC it asks for — before you need to claim?" },
  { id: "coverage_match", title: "The coverage type really matches the risk",
    detail: "Protocol cover does not pay for a depeg; custody cover does not pay for a smart-contract bug." },
  { id: "capacity_record", title: "Capacity and payout record",
    detail: "Can it write the amount you need, and has it paid claims before, and how much?" },
  { id: "premium_deductible", title: "Premium vs amount and deductible",
    detail: "Compare the yearly cost per dollar covered, and what the deductible leaves you to carry." },
  { id: "claims_process", title: "Claims process",
    detail: "Who decides: a member vote, a parametric trigger, automated rules or an insurer's adjuster?" },
  { id: "security", title: "Security posture",
    detail: "Audits of the cover protocol itself, and monitoring of the risks it insures." },
  { id: "docs_support", title: "Docs and support",
    detail: "Is the wording public and clear, and can you reach someone when a claim is contested?" },
];

export const RED_FLAGS: readonly ChecklistEntry<RedFlagId>[] = [
  { id: "vague_wording", title: "Vague wordings",
    detail: "A scope of \"any protocol\" or a wording that lists no exclusions is not a promise to pay." },
  { id: "fdic_like", title: "Promises of \"FDIC-like\" protection",
    detail: "No crypto cover is a government deposit guarantee." },
];

export const MISTAKES: readonly ChecklistEntry<MistakeId>[] = [
  { id: "all_losses_covered", title: "Assuming all losses are covered",
    detail: "Read the wording: exclusions, deductibles and proof-of-loss rules decide what is paid." },
  { id: "after_incident", title: "Buying after an incident is known",
    detail: "Cover bought after an incident does not pay for it, and may be refused outright." },
  { id: "chain_app_constraints", title: "Ignoring chain and app constraints",
    detail: "Cover for a protocol on one chain does not extend to its deployment on another." },
  { id: "lapse_during_upgrade", title: "Letting cover lapse during upgrades or migrations",
    detail: "Renew before expiry, and check that a migrated contract is still in scope." },
  { id: "custodial_equals_fdic", title: "Believing custodial insurance equals FDIC/SIPC protection",
    detail: "A custodian's crime policy is limited, shared by all its clients, and pays the custodian." },
];

export const BUYERS_CHECKLIST = { items: CHECKLIST_ITEMS, redFlags: RED_FLAGS, mistakes: MISTAKES } as const;
