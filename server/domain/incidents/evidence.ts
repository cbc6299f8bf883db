import type { ClaimsModel } from "@/server/domain/recommend/types";

/** What to gather before filing, by who decides the claim (DESIGN §11). */
const COMMON = [
  "The affected addresses and the chain they are on",
  "The transactions: your deposits, and the exploit's or the loss's own transactions",
  "The loss amount in USD on the incident day, with how you valued it",
  "A description of the incident in your own words, with its date",
  "Links: the protocol's post-mortem, security researchers' write-ups, news",
] as const;

const BY_MODEL: Record<ClaimsModel, readonly string[]> = {
  discretionary_vote: [
    "Proof that you held the position before the incident (a snapshot or block number)",
    "Answers ready for the claim assessors' questions: the vote can ask for more",
  ],
  parametric: [
    "Check the trigger: the payout follows the oracle or index named in the wording, not your loss",
  ],
  automated_rules: [
    "Check the on-chain rule the wording names and the block range it reads",
  ],
  insurer_adjusted: [
    "The policy number and the insurer's claim form",
    "Proof of ownership and of the loss the adjuster will ask for (statements, custody reports)",
  ],
  custodian_policy: [
    "Your account statements at the custodian on and before the incident day",
    "The custodian's own incident notice: its policy pays the custodian, so the claim goes through it",
  ],
};

/** The evidence checklist for a cover's claims model; an unknown model gets the common items only. */
export function evidenceChecklist(model: ClaimsModel | null): string[] {
  return [...COMMON, ...(model ? BY_MODEL[model] : [])];
}
