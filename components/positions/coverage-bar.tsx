/**
 * Insured vs uninsured share of a position's primary exposure, from the server's ratio.
 * Decorative: the figures sit in the neighbouring cells.
 */
export function CoverageBar({ ratio }: { ratio: number }) {
  const insured = Math.min(100, Math.max(0, ratio * 100));
  return (
    <span aria-hidden="true" className="block h-2 w-16 overflow-hidden rounded-full bg-uninsured">
      <span className="block h-full bg-insured" style={{ width: `${insured}%` }} />
    </span>
  );
}
