import { PositionView } from "@/components/position/position-view";
import { BeforeAfter } from "@/components/recommendations/before-after";
import { ZDay } from "@/lib/schemas/primitives";

export const metadata = { title: "Position" };

export default async function PositionPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string | string[] }>;
}) {
  const [{ id }, { asOf }] = await Promise.all([params, searchParams]);
  const day = ZDay.safeParse(asOf);
  return (
    <div className="flex flex-col gap-6">
      <PositionView key={id} positionId={id} asOf={day.success ? day.data : null} />
      <BeforeAfter key={`before-after-${id}`} positionId={id} />
    </div>
  );
}
