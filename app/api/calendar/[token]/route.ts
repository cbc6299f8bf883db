import { getPrisma } from "@/server/db/client";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { calendarForToken } from "@/server/services/calendar-service";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * GET /api/calendar/<token>.ics: the secret calendar feed (no session: calendar apps fetch it).
 * Unknown, rotated or disabled tokens are a plain 404, whatever their shape.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }): Promise<Response> {
  const { token: segment } = await params;
  const token = segment.endsWith(".ics") ? segment.slice(0, -".ics".length) : segment;
  let ics: string | null;
  try {
    ics = await calendarForToken(getPrisma(), token);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return new Response("The calendar is briefly unavailable. Please retry.\n", {
      status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "30", "Cache-Control": "no-store" },
    });
  }
  if (ics === null) return notFound();
  return new Response(ics, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, max-age=300",
      "Content-Disposition": 'inline; filename="coverdesk-covers.ics"',
      "X-Robots-Tag": "noindex",
    },
  });
}
