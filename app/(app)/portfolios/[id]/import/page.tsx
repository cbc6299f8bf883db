import { ExportPanel } from "@/components/import/export-panel";
import { ImportPanel } from "@/components/import/import-panel";
import { PortfolioCounts } from "@/components/import/portfolio-counts";
import { TemplatesCard } from "@/components/import/templates-card";

export const metadata = { title: "Import / export" };

export default async function ImportExportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div className="flex flex-col gap-4">
      <PortfolioCounts portfolioId={id} />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr] lg:items-start">
        <ImportPanel portfolioId={id} />
        <div className="flex min-w-0 flex-col gap-4">
          <ExportPanel portfolioId={id} />
          <TemplatesCard />
        </div>
      </div>
    </div>
  );
}
