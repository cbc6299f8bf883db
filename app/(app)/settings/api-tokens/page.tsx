import Link from "next/link";
import { ApiTokensView } from "@/components/api-tokens/api-tokens-view";

export const metadata = { title: "API tokens" };

export default function ApiTokensPage() {
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/settings" className="underline">Settings</Link> <span aria-hidden="true">/</span> API tokens
      </nav>
      <div className="flex flex-col gap-1">
        <h1 className="text-2xl font-semibold">API tokens</h1>
        <p className="text-[var(--muted)]">
          A token lets a script, a spreadsheet or another system read your portfolios (and, with a read-write token, change positions and covers)
          through the REST API at <code>/api/v1</code>, without your password: send it as <code className="[overflow-wrap:anywhere]">Authorization: Bearer cdk_…</code>.
          {/* Plain links: both are whole documents, not pages of the app's router. */}
          {" "}See the <a href="/api-docs" className="underline">API reference</a> and its <a href="/api/openapi.json" className="underline">OpenAPI document</a>.
        </p>
      </div>
      <ApiTokensView />
    </div>
  );
}
