import { Dashboard } from "@/components/dashboard/dashboard";
import { ZDay } from "@/lib/schemas/primitives";

export const metadata = { title: "Dashboard" };

export default async function PortfolioDashboardPage({ params, searchParams }: {
  params: Promise<{ id: string }>; searchParams: Promise<{ asOf?: string | string[] }>;
}) {
  const [{ id }, { asOf }] = await Promise.all([params, searchParams]);
  const day = ZDay.safeParse(asOf);
  return <Dashboard key={id} portfolioId={id} initialAsOf={day.success ? day.data : null} />;
}
