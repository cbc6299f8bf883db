import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { SharedPortfolio, SharedTooManyViews } from "@/components/share/shared-portfolio";
import { clientIpFrom } from "@/lib/client-ip";
import { getPrisma } from "@/server/db/client";
import { rateLimitStore } from "@/server/rate-limit/auth-limits";
import { sharedPortfolioView } from "@/server/services/shared-portfolio-view";

// DESIGN §13: a share link's read-only page, outside the (app) group: no sign-in, no app navigation.
// next.config.ts also sends X-Robots-Tag: noindex for /s/*.
export const metadata: Metadata = {
  title: "Shared portfolio",
  robots: { index: false, follow: false, nocache: true },
  referrer: "no-referrer",
};

export default async function SharedPortfolioPage({ params }: { params: Promise<{ token: string }> }) {
  const [{ token }, requestHeaders] = await Promise.all([params, headers()]);
  const result = await sharedPortfolioView(getPrisma(), token, { store: rateLimitStore(), ip: clientIpFrom(requestHeaders) });
  if (result.kind === "rate_limited") return <SharedTooManyViews retryAfterSec={result.retryAfterSec} />;
  if (result.kind === "not_found") notFound();
  return <SharedPortfolio view={result.view} />;
}
