import { createHttpContext } from "@/server/api/http-context";
import { isDatabaseUnavailable } from "@/server/db/unavailable";
import { coverIcs } from "@/server/services/calendar-service";

export const dynamic = "force-dynamic";

const plain = (status: number, text: string, extra: Record<string, string> = {}) =>
  new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra } });

/**
 * GET /api/covers/<coverId>/ics: one cover's dates as a file to import, for its owner. Anyone
 * else, signed in or not, gets the same 404 as for a cover that does not exist.
 */
export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const ctx = createHttpContext(req);
  const unavailable = () => plain(503, "The database is briefly unavailable. Please retry in a few seconds.", { "Retry-After": "2" });
  // A session check that failed (database down) is a 503 to retry, as on /api/trpc, not "not found".
  const user = await ctx.getSessionUser().catch(() => undefined);
  if (user === undefined) return unavailable();
  let file: Awaited<ReturnType<typeof coverIcs>> = null;
  try {
    if (user) file = await coverIcs(ctx.db, user.id, id);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    return unavailable();
  }
  if (!file) return plain(404, "Not found");
  return new Response(file.ics, {
    status: 200,
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
