import { SelectField } from "@/components/ui/field";
import { chainName, KNOWN_CHAINS } from "@/lib/chains";

type ChainSelectProps = {
  value: string;
  /** The chosen venue's chains; empty (an exchange, a wallet, an unlisted venue): every chain. */
  venueChains: readonly string[];
  venueName: string | null;
  onChange: (chain: string) => void;
  onBlur: () => void;
  error?: string;
};

/** The chain by name, narrowed to the chosen venue's chains; a chain saved earlier stays on offer. */
export function ChainSelect({ value, venueChains, venueName, onChange, onBlur, error }: ChainSelectProps) {
  const narrowed = venueChains.length > 0;
  const chains: string[] = narrowed ? [...venueChains] : [...KNOWN_CHAINS];
  if (value !== "" && !chains.includes(value)) chains.push(value);
  const hint = narrowed && venueName ? `The chains ${venueName} runs on` : "Every chain CoverDesk knows";
  return (
    <SelectField label="Chain" name="chain" value={value} error={error} hint={hint}
      onChange={(e) => onChange(e.target.value)} onBlur={onBlur}>
      <option value="">Choose…</option>
      {chains.map((c) => <option key={c} value={c}>{chainName(c)}</option>)}
    </SelectField>
  );
}
